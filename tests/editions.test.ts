import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editionJson } from '#adapters/formats/edition/edition-json.ts';
import { parseEdition, readEditionPath } from '#adapters/formats/edition/read-edition.ts';
import { formatEditionText } from '#adapters/terminal/format-edition-text.ts';
import { editionPage } from '#adapters/web/pages.ts';
import { positionRanges } from '#core/forecast/certainties.ts';
import { planForecast, ratedMatches, simulateRange, summarize } from '#core/forecast/forecast.ts';
import { whatClubNeeds } from '#core/forecast/needs.ts';
import { fitScoreModel } from '#core/forecast/score-model.ts';
import type { EditionFormat, StageFormat } from '#core/format/edition-format.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { ROOT, runTorneo } from './run-torneo.ts';

const example = (name: string) => join(ROOT, 'examples', name);

describe('torneo edition', () => {
  test('runs the 1993 Copa Perú: Aurich-Cañaña champion, promoted to the 1994 Torneo Descentralizado', async () => {
    const { stdout, code } = await runTorneo(['edition', example('copa-peru-1993'), '--json']);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    expect(state.champion).toBe('Aurich-Cañaña');
    expect(state.promoted).toEqual([{ club: 'Aurich-Cañaña', to: '1994 Torneo Descentralizado' }]);
    const final = state.stages.find((stage: { name: string }) => stage.name === 'Final Stage');
    expect(final.status).toBe('complete');
    expect(
      final.groups[0].table.map((row: { club: string; points: number }) => [row.club, row.points]),
    ).toEqual([
      ['Aurich-Cañaña', 9],
      ['Aurora', 7],
      ['Mariano Santos', 6],
      ['Unión Juventud', 4],
      ['Deportivo Garcilaso', 3],
      ['CNI', 1],
    ]);
    expect(state.stages[0].status).toBe('unknown');
    expect(state.teamChanges.map((change: { heading: string }) => change.heading)).toContain(
      'Relegated from 1992 Torneo Zonal (Zonal I)',
    );
    // The 24 departmental champions and CNI, relegated from the First Division, in the regional
    // stage; the article names five of those champions.
    const regional = state.stages.find(
      (stage: { name: string }) => stage.name === 'Regional Stage',
    );
    const entrants: string[] = regional.entrants;
    expect(entrants).toHaveLength(25);
    expect(entrants.filter((entrant) => !entrant.startsWith('('))).toEqual([
      'Unión Juventud',
      'Aurora',
      'Deportivo Garcilaso',
      'Mariano Santos',
      'Aurich-Cañaña',
      'CNI',
    ]);
    expect(state.teamChanges.at(-1)).toEqual({
      heading: 'Relegated from 1992 Torneo Descentralizado',
      clubs: ['CNI'],
    });
    // In the terminal, a stage that is over lists the entrants the record lacks on one line: they
    // are not open slots.
    const text = (await runTorneo(['edition', example('copa-peru-1993')])).stdout;
    expect(text).not.toContain('open slot');
    expect(text).toContain('Final Stage (league, complete, in Lima)');
    expect(text).toMatch(/^ {2}entrants not known: Winner of Amazonas, .*Winner of Ucayali$/m);
    expect(text.match(/Winner of Loreto/g)).toHaveLength(2);
  });

  test('runs a 2015–2019 edition from the Tabla Única to the Finalísima, each tie with the rule that decided it', async () => {
    const { stdout, code } = await runTorneo([
      'edition',
      example('copa-peru-2019-style'),
      '--json',
    ]);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    const knockout = state.stages.find((stage: { kind: string }) => stage.kind === 'knockout');
    const ways = knockout.ties.map((tie: { decidedBy: string }) => tie.decidedBy);
    expect(ways.some((way: string) => way.startsWith('on aggregate'))).toBe(true);
    expect(ways.some((way: string) => way.startsWith('on away goals'))).toBe(true);
    expect(ways.some((way: string) => way.startsWith('on penalties'))).toBe(true);
    expect(knockout.ties).toHaveLength(16 + 8 + 4);
    const finalisima = state.stages.at(-1);
    expect(finalisima.groups[0].table[0].status).toBe('champion');
    expect(
      finalisima.groups[0].table.some((row: { note?: string }) =>
        row.note?.includes('rank in the earlier table'),
      ),
    ).toBe(true);
    expect(state.champion).toBe(finalisima.groups[0].table[0].club);
    expect(state.promoted[0]).toEqual({ club: state.champion, to: '2020 Liga 1' });
  });

  test('tells the same edition in Spanish: how each tie was decided, the places, the tie-breaks', async () => {
    const { stdout, code } = await runTorneo([
      'edition',
      example('copa-peru-2019-style'),
      '--lang',
      'es',
      '--json',
    ]);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    const knockout = state.stages.find((stage: { kind: string }) => stage.kind === 'knockout');
    const ways: string[] = knockout.ties.map((tie: { decidedBy: string }) => tie.decidedBy);
    expect(ways.some((way) => /^en el global \d+-\d+$/.test(way))).toBe(true);
    expect(
      ways.some((way) => /^por goles de visitante \(\d+-\d+\), \d+-\d+ en el global$/.test(way)),
    ).toBe(true);
    expect(ways.some((way) => /^por penales \d+-\d+$/.test(way))).toBe(true);
    const finalisima = state.stages.at(-1);
    expect(
      finalisima.groups[0].table.some((row: { note?: string }) =>
        row.note?.includes('puesto en la tabla anterior'),
      ),
    ).toBe(true);
    // Nothing the engine writes itself is left in English (names come from the edition's data).
    expect(stdout).not.toMatch(
      /on aggregate|on away goals|on penalties|Winner of|Runner-up of|level on|ahead on/,
    );
  });

  test('prints an edition in Spanish in the terminal: stages, tables, ties, champion and promotion', async () => {
    const { stdout, code } = await runTorneo([
      'edition',
      example('copa-peru-1993'),
      '--lang',
      'es',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Etapa Final (todos contra todos, terminada, en Lima)');
    expect(stdout).toMatch(/^ {2}# {2}Club +PJ {2}PG {2}PE {2}PP {2}GF {2}GC {2}DG {2}Pts$/m);
    expect(stdout).toMatch(/^ {2}participantes no conocidos: Campeón de Amazonas, /m);
    expect(stdout).toContain('Campeón: Aurich-Cañaña\n');
    expect(stdout).toContain('Asciende: Aurich-Cañaña a 1994 ');
    expect(stdout).not.toMatch(/\b(league|complete|through|Champion|Promoted|entrants)\b/);
    const ties = (await runTorneo(['edition', example('copa-peru-2019-style'), '--lang', 'es']))
      .stdout;
    expect(ties).toMatch(/^ {4}\S.* vs\. .* {2}→ .* por penales \d+-\d+$/m);
    // The rules the edition adjusts are named in Spanish too.
    expect(ties).toContain('  copa-peru 2019, según la edición\n');
    expect(ties).not.toContain('as the edition sets it');
  });

  test('puts the club that lost the tie in the place of the winner a ruling removed', async () => {
    const { edition } = await readEditionPath(example('copa-peru-2019-style'));
    const replacement = edition.rulings.find((ruling) => ruling.kind === 'replacement');
    expect(replacement?.kind).toBe('replacement');
    const state = runEdition(edition);
    const r16 = state.stages[2]?.ties.filter((tie) => tie.round === 'Round of 16') ?? [];
    const clubs = r16.flatMap((tie) => [tie.home.club, tie.away.club]);
    if (replacement?.kind !== 'replacement') throw new Error('no replacement in the example');
    expect(clubs).toContain(replacement.in);
    expect(clubs).not.toContain(replacement.out);
    // Every view says why a club that lost its tie plays on: under the tie, beside it on the page,
    // and in the JSON.
    const name = (id: string) => edition.clubs.find((club) => club.id === id)?.name ?? id;
    const said = `${name(replacement.in)} in place of ${name(replacement.out)}, by ruling (2019-11-05): ${replacement.reason} (${replacement.authority})`;
    const lines = formatEditionText(edition, state).split('\n');
    const note = lines.indexOf(`      ${said}.`);
    expect(lines[note - 1]).toMatch(
      new RegExp(`^ {4}${name(replacement.in)} v .*→ Deportivo Ucayali on aggregate 3-1$`),
    );
    const page = String(editionPage('es', 'e', edition, runEdition(edition, { language: 'es' })));
    expect(page).toContain(
      `<small class="decided">${name(replacement.in)} en lugar de ${name(replacement.out)}, por resolución (2019-11-05): `,
    );
    const json = editionJson(edition, state) as {
      stages: { ties: { round: string; replacements?: unknown }[] }[];
    };
    expect(json.stages[2]?.ties.flatMap((each) => each.replacements ?? [])).toEqual([
      { club: name(replacement.in), inPlaceOf: name(replacement.out), ruling: said },
    ]);
    // Before the ruling, the winner on the pitch held the place.
    const before = runEdition(edition, { asOf: { date: '2019-11-04' } });
    const earlier = before.stages[2]?.ties
      .filter((tie) => tie.round === 'Round of 16')
      .flatMap((tie) => [tie.home.club, tie.away.club]);
    expect(earlier).toContain(replacement.out);
  });

  test('shows the edition as it stood on a date: later legs not played, later ties open', async () => {
    const { edition } = await readEditionPath(example('copa-peru-2019-style'));
    const state = runEdition(edition, { asOf: { date: '2019-11-12' } });
    const r16 = state.stages[2]?.ties.filter((tie) => tie.round === 'Round of 16') ?? [];
    expect(r16.every((tie) => tie.winner === null)).toBe(true);
    expect(
      r16.every((tie) => tie.legs[1]?.status === 'scheduled' && tie.legs[1]?.score === undefined),
    ).toBe(true);
    expect(state.stages[3]?.groups[0]?.entrants.every((slot) => slot.club === null)).toBe(true);
    expect(state.champion).toBeNull();
  });

  test('runs a 1998–2014 edition: regional groups, a points-first national knockout, two clubs promoted', async () => {
    const { stdout, code } = await runTorneo([
      'edition',
      example('copa-peru-2009-style'),
      '--json',
    ]);
    expect(code).toBe(0);
    const state = JSON.parse(stdout);
    expect(state.stages[0].groups).toHaveLength(8);
    expect(state.stages[1].ties[0].decidedBy).toBe('on goal difference (3-1 on aggregate)');
    expect(state.promoted.map((movement: { to: string }) => movement.to)).toEqual([
      '2010 Torneo Descentralizado',
      '2010 Segunda División',
    ]);
  });

  test('runs a plain league with promotion and relegation', async () => {
    const { stdout } = await runTorneo(['edition', example('league-double-round-robin'), '--json']);
    const state = JSON.parse(stdout);
    expect(state.champion).toEqual(expect.any(String));
    expect(state.relegated).toEqual([{ club: expect.any(String), to: '2025 Liga Distrital' }]);
    expect(state.stages[0].groups[0].table).toHaveLength(6);
  });

  test('plays a stage with a host at one venue, where it says; a blank host is refused', async () => {
    const document = (host: string) =>
      [
        'competition: Copa Perú',
        'edition: "2030"',
        'clubs: [{ id: aurora, name: Aurora }, { id: cni, name: CNI }]',
        'stages:',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        `    host: ${host}`,
        '    entrants: [Aurora, CNI]',
        '    rounds: [{ name: Round 1, matches: ["Aurora 1-0 CNI"] }]',
      ].join('\n');
    const [stage] = parseEdition(document('Arequipa'), 'final.yaml').stages;
    expect(stage?.host).toBe('Arequipa');
    // No home side at one venue: the host implies it, as `singleVenue: true` would.
    expect(stage?.singleVenue).toBe(true);
    expect(stage?.kind === 'league' && stage.rounds[0]?.matches[0]?.neutral).toBe(true);
    expect(() => parseEdition(document('" "'), 'final.yaml')).toThrow(
      /final\.yaml stages\[0\]\.host: expected a place: a city, a department or lat,lon/,
    );
  });

  test('a stage not started explains no shared place: every club is first until a match is played', async () => {
    const text = (score: string) =>
      [
        'competition: Copa Perú',
        'edition: "2030"',
        'clubs: [{ id: a, name: Aurora }, { id: c, name: CNI }, { id: g, name: Garcilaso }]',
        'stages:',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        '    entrants: [Aurora, CNI, Garcilaso]',
        '    rounds:',
        `      - { name: Round 1, matches: ["Aurora ${score} CNI"] }`,
        '      - { name: Round 2, matches: ["CNI v Garcilaso"] }',
      ].join('\n');
    const before = runEdition(parseEdition(text('v'), 'final.yaml')).stages[0]?.groups[0];
    expect(before?.table.map((row) => [row.position, row.shared, row.note])).toEqual([
      [1, true, undefined],
      [1, true, undefined],
      [1, true, undefined],
    ]);
    // Once Aurora and CNI have drawn, Garcilaso shares nothing; the drawn two share first place.
    const after = runEdition(parseEdition(text('1-1'), 'final.yaml')).stages[0]?.groups[0];
    expect(after?.table.filter((row) => row.note?.includes('shares the place'))).toHaveLength(2);
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), text('v'));
    const { stdout } = await runTorneo(['edition', folder]);
    expect(stdout).not.toContain('share place');
  });

  test('reads a club whose name ends in brackets as the away club, with notes after it', () => {
    const edition = parseEdition(
      [
        'competition: Copa Perú',
        'edition: "2030"',
        'clubs: [{ id: aurora, name: Aurora }, { id: pacucha, name: Deportivo Municipal (Pacucha) }]',
        'stages:',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        '    entrants: [Aurora, Deportivo Municipal (Pacucha)]',
        '    rounds:',
        '      - name: Round 1',
        '        matches: ["Aurora v Deportivo Municipal (Pacucha)"]',
        '      - name: Round 2',
        '        matches: ["Deportivo Municipal (Pacucha) 2-1 Aurora (a.e.t.)"]',
        '      - name: Round 3',
        '        matches: ["Aurora 1-0 Deportivo Municipal (Pacucha) (a.e.t.)"]',
      ].join('\n'),
      'final.yaml',
    );
    const [stage] = edition.stages;
    const matches = stage?.kind === 'league' ? stage.rounds.map((round) => round.matches[0]) : [];
    expect(matches.map((match) => [match?.home, match?.away, match?.extraTime])).toEqual([
      ['aurora', 'pacucha', undefined],
      ['pacucha', 'aurora', { home: 2, away: 1 }],
      ['aurora', 'pacucha', { home: 1, away: 0 }],
    ]);
  });

  test('a stage known only by its printed tables: their order sends clubs on, their figures as printed', async () => {
    const text = (matchesUnknown: string, third = 'Garcilaso', final = '"CNI 0-2 Melgar"') =>
      [
        'competition: Copa Perú',
        'edition: "1960"',
        'clubs: [{ id: a, name: Aurora }, { id: c, name: CNI }, { id: g, name: Garcilaso },',
        '  { id: m, name: Melgar }, { id: u, name: Unión Minas }, { id: t, name: Tumán }]',
        'stages:',
        '  - id: regional',
        '    name: Regional Stage',
        '    kind: groups',
        matchesUnknown,
        '    groups:',
        '      - id: north',
        '        name: North',
        '        entrants: [Aurora, CNI, Garcilaso]',
        '        printed:',
        '          - { club: CNI, played: 2, won: 1, drawn: 1, goalsFor: 3, goalsAgainst: 1, points: 3 }',
        `          - { club: ${third}, played: 2, won: 1, lost: 1, goalsFor: 2, goalsAgainst: 2, points: 2 }`,
        '          - { club: Aurora, played: 2, drawn: 1, lost: 1, goalsFor: 1, goalsAgainst: 3, points: 1, note: "-1" }',
        '      - id: south',
        '        name: South',
        '        entrants: [Melgar, Unión Minas, Tumán]',
        '        printed:',
        '          - { club: Melgar, points: 3 }',
        '          - { club: Unión Minas, shared: true, points: 3 }',
        '          - { club: Tumán, points: 0 }',
        '    outcomes: [{ position: 1, outcome: qualified, to: { stage: final } }]',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        '    entrants: [{ stage: regional, group: North, position: 1 }, { stage: regional, group: South, position: 1 }]',
        `    rounds: [{ name: Round 1, matches: [${final}] }]`,
        '    outcomes: [{ position: 1, outcome: champion }]',
      ].join('\n');
    const state = runEdition(parseEdition(text('    matchesUnknown: true'), 'e.yaml'));
    expect(state.stages.map((stage) => stage.status)).toEqual(['complete', 'complete']);
    const [north, south] = state.stages[0]?.groups ?? [];
    expect(north?.printed).toBe(true);
    expect(
      north?.table.map((row) => [row.position, row.club, row.goalDifference, row.points, row.note]),
    ).toEqual([
      [1, 'CNI', 2, 3, 'qualified for Final'],
      [2, 'Garcilaso', 0, 2, undefined],
      [3, 'Aurora', -2, 1, '-1'],
    ]);
    // A row printed without a position shares the place above; played from won, drawn and lost.
    expect(south?.table.map((row) => [row.position, row.shared, row.played])).toEqual([
      [1, false, 0],
      [1, true, 0],
      [3, false, 0],
    ]);
    expect(state.stages[1]?.groups[0]?.entrants.map((slot) => slot.club)).toEqual(['c', 'm']);
    expect(state.champion).toBe('m');
    expect(state.warnings).toEqual([]);
    // The terminal and the JSON say the tables are the source's.
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), text('    matchesUnknown: true'));
    const { stdout } = await runTorneo(['edition', folder]);
    expect(stdout).toContain('As the source prints it');
    expect(stdout).toMatch(/1\s+CNI\s+2\s+1\s+1\s+0\s+3\s+1\s+\+2\s+3/);
    const json = JSON.parse((await runTorneo(['edition', folder, '--json'])).stdout);
    expect(json.stages[0].groups.map((group: { printed?: boolean }) => group.printed)).toEqual([
      true,
      true,
    ]);
    // Before the final, what a club needs is read from seasons simulated after the printed stage
    // (a place the source prints as shared draws no lots there).
    await writeFile(
      join(folder, 'edition.yaml'),
      text('    matchesUnknown: true', 'Garcilaso', '"CNI v Melgar"'),
    );
    const needs = await runTorneo(['needs', folder, 'Melgar', 'champion']);
    expect(needs.stdout).toContain('- win at CNI');
    // A club printed that did not enter, and an entrant left out, are reported.
    const swapped = runEdition(parseEdition(text('    matchesUnknown: true', 'Tumán'), 'e.yaml'));
    expect(swapped.warnings).toEqual([
      'North: Garcilaso is not in the printed table',
      'North: Tumán is printed but did not enter',
    ]);
    // Where the matches are known, a table is computed from them: a printed one is refused.
    expect(() => parseEdition(text(''), 'e.yaml')).toThrow(
      'Invalid printed table at e.yaml stages[0].groups[0].printed: expected a stage with matchesUnknown: true',
    );
    expect(() => parseEdition(text('    matchesUnknown: true', 'Sporting'), 'e.yaml')).toThrow(
      `Invalid club at e.yaml stages[0].groups[0].printed[1].club: expected one of the edition's clubs`,
    );
  });

  test('refuses an invalid format file with one message per problem and its path', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const path = join(folder, 'bad.yaml');
    await writeFile(
      path,
      [
        'competition: Copa Perú',
        'edition: "2030"',
        'rules: copa-peruu',
        'clubs: [{ id: aurora, name: Aurora }, { id: cni, name: CNI }]',
        'stages:',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        '    entrants: [Aurora, Melgar, { stage: regional, position: 1 }]',
        '    rounds: [{ name: Round 1, matches: ["Aurora 1-x CNI"] }]',
      ].join('\n'),
    );
    const result = await runTorneo(['edition', path]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => /at \S+ (\S+):/.exec(line)?.[1])).toEqual([
      'rules',
      'stages[0].entrants[1]',
      'stages[0].entrants[2].stage',
      'stages[0].rounds[0].matches[0]',
    ]);
    expect(lines[1]).toBe(
      `torneo: Invalid club at ${path} stages[0].entrants[1]: expected one of the edition's clubs (Aurora, CNI), received "Melgar"`,
    );
  });

  test('refuses a stage host that is no place it can find, and says where', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const path = join(folder, 'hosted.yaml');
    const stage = (id: string, host: string) => [
      `  - { id: ${id}, name: ${id}, kind: league, host: "${host}", entrants: [Aurora, CNI],`,
      '      rounds: [{ name: Round 1, matches: ["Aurora 1-0 CNI"] }] }',
    ];
    const edition = (hosts: readonly string[]) =>
      [
        'competition: Copa Perú',
        'edition: "2030"',
        'rules: copa-peru',
        'clubs: [{ id: aurora, name: Aurora }, { id: cni, name: CNI }]',
        'stages:',
        ...hosts.flatMap((host, index) => stage(`s${index}`, host)),
      ].join('\n');
    await writeFile(path, edition(['Trujillo', 'Lmia', '-12.05,-77.04', 'Cusco']));
    const refused = await runTorneo(['edition', path]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd()).toBe(
      `torneo: Invalid place at ${path} stages[1].host: expected a department of Peru, a city the gazetteer knows, or lat,lon, received "Lmia"`,
    );
    await writeFile(path, edition(['Trujillo', 'Lima', '-12.05,-77.04', 'Cusco']));
    const read = await runTorneo(['edition', path]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('s0 (league, complete, in Trujillo)');
  });
});

describe('editions, whatever the order of their results', () => {
  test('give the same tables and outcomes when the matches of each round come in another order', async () => {
    const { edition } = await readEditionPath(example('copa-peru-2009-style'));
    const expected = runEdition(edition);
    const shuffle = (stage: StageFormat, seed: number): StageFormat =>
      stage.kind !== 'groups'
        ? stage
        : {
            ...stage,
            groups: stage.groups.map((group) => ({
              ...group,
              rounds: [...group.rounds]
                .reverse()
                .map((round) => ({ ...round, matches: rotate(round.matches, seed) })),
            })),
          };
    fc.assert(
      fc.property(fc.nat(10), (seed) => {
        const shuffled: EditionFormat = {
          ...edition,
          stages: edition.stages.map((stage) => shuffle(stage, seed)),
        };
        const state = runEdition(shuffled);
        expect(state.champion).toBe(expected.champion);
        expect(
          state.stages[0]?.groups.map((group) => group.table.map((row) => row.clubId)),
        ).toEqual(expected.stages[0]?.groups.map((group) => group.table.map((row) => row.clubId)));
      }),
      { numRuns: 10 },
    );
  });

  test('never put one club in two places of a stage', async () => {
    for (const name of [
      'copa-peru-1993',
      'copa-peru-2019-style',
      'copa-peru-2009-style',
      'league-double-round-robin',
    ]) {
      const { edition } = await readEditionPath(example(name));
      const state = runEdition(edition);
      for (const stage of state.stages) {
        for (const round of new Set(stage.ties.map((tie) => tie.round))) {
          const clubs = stage.ties
            .filter((tie) => tie.round === round)
            .flatMap((tie) => [tie.home.club, tie.away.club])
            .filter(Boolean);
          expect(new Set(clubs).size).toBe(clubs.length);
        }
        const entrants = [...stage.entrants, ...stage.groups.flatMap((group) => group.entrants)]
          .map((slot) => slot.club)
          .filter(Boolean);
        expect(new Set(entrants).size).toBe(entrants.length);
      }
    }
  });
});

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

describe('a table that sums other stages', () => {
  /** Apertura and Clausura of three clubs, and their aggregate, which names the champion. */
  const season = (clausura: string, sums = '[apertura, clausura]', aggregateRounds = '') =>
    [
      'competition: Liga de Ejemplo',
      'edition: "2040"',
      'clubs: [{ id: a, name: Alfa }, { id: b, name: Beta }, { id: g, name: Gama }]',
      'stages:',
      '  - id: apertura',
      '    name: Apertura',
      '    kind: league',
      '    entrants: [Alfa, Beta, Gama]',
      '    rounds:',
      '      - { name: Round 1, date: 2040-03-01, matches: ["Alfa 1-0 Beta"] }',
      '      - { name: Round 2, date: 2040-03-08, matches: ["Beta 2-2 Gama"] }',
      '      - { name: Round 3, date: 2040-03-15, matches: ["Gama 0-1 Alfa"] }',
      '  - id: clausura',
      '    name: Clausura',
      '    kind: league',
      '    entrants: [Alfa, Beta, Gama]',
      '    rounds:',
      '      - { name: Round 1, date: 2040-08-02, matches: ["Beta 3-1 Alfa"] }',
      '      - { name: Round 2, date: 2040-08-09, matches: ["Gama 1-1 Beta"] }',
      `      - { name: Round 3, date: 2040-08-16, matches: ["${clausura}"] }`,
      '  - id: aggregate',
      '    name: Aggregate Table',
      '    kind: league',
      '    entrants: [Alfa, Beta, Gama]',
      `    sums: ${sums}`,
      ...(aggregateRounds ? [`    rounds: ${aggregateRounds}`] : []),
      '    outcomes: [{ position: 1, outcome: champion }, { position: 3, outcome: relegated }]',
      'rulings:',
      // Decided at the table in the Apertura: it counts in the aggregate too. The deduction is the
      // Apertura table's alone.
      '  - { kind: awardedResult, stage: apertura, match: { home: Alfa, away: Beta }, score: { home: 0, away: 3 }, forfeitedBy: home, reason: an ineligible player }',
      '  - { kind: pointAdjustment, stage: apertura, club: Gama, points: -2, reason: unpaid fees }',
    ].join('\n');
  const rows = (state: ReturnType<typeof runEdition>, stage: number) =>
    state.stages[stage]?.groups[0]?.table.map((row) => [row.clubId, row.played, row.points]);

  test('counts the matches where they were played, with the results decided at the table', async () => {
    const state = runEdition(parseEdition(season('Alfa 2-0 Gama'), 'e.yaml'));
    expect(rows(state, 0)).toEqual([
      ['b', 2, 4],
      ['a', 2, 3],
      ['g', 2, -1],
    ]);
    // Beta's 3-0 at the table counts, Gama's deduction does not.
    expect(rows(state, 2)).toEqual([
      ['b', 4, 8],
      ['a', 4, 6],
      ['g', 4, 2],
    ]);
    expect(state.stages[2]?.status).toBe('complete');
    expect(state.champion).toBe('b');
    expect(state.relegated.map((movement) => movement.club)).toEqual(['g']);
    expect(state.warnings).toEqual([]);
    expect(state.stages[2]?.groups[0]?.sums).toEqual(['Apertura', 'Clausura']);
    // The terminal and the JSON say what the table adds up.
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), season('Alfa 2-0 Gama'));
    const { stdout } = await runTorneo(['edition', folder]);
    expect(stdout).toContain('Adds up the results between its clubs in Apertura, Clausura.');
    const json = JSON.parse((await runTorneo(['edition', folder, '--json'])).stdout);
    expect(json.stages[2].groups[0]).toMatchObject({
      sums: ['Apertura', 'Clausura'],
      sumsMatches: 'between',
    });
  });

  test('waits for the stages it sums, and a forecast plays their matches, not fixtures of its own', () => {
    const format = parseEdition(season('Alfa v Gama'), 'e.yaml');
    const state = runEdition(format);
    expect(state.stages.map((stage) => stage.status)).toEqual([
      'complete',
      'in progress',
      'in progress',
    ]);
    expect(state.stages[2]?.groups[0]?.pending).toBe(1);
    expect(state.champion).toBeNull();
    const { model } = fitScoreModel(ratedMatches(format));
    const plan = planForecast(format, model, { seed: 1 });
    expect(plan.remaining).toHaveLength(1);
    expect(plan.refill ?? []).toEqual([]);
    const result = summarize(plan, simulateRange(plan, 0, 2000), positionRanges(plan), {
      exact: false,
    });
    // Beta has 8 points with the Apertura's result decided at the table, Alfa 6 at most: Beta is
    // champion whatever the last match gives, and it decides who goes down.
    const outcome = (name: string) =>
      new Map(result.clubs.map((club) => [club.clubId, club.outcomes[name] ?? 0]));
    expect(Object.fromEntries(outcome('champion'))).toEqual({ a: 0, b: 1, g: 0 });
    const relegated = outcome('relegated');
    expect((relegated.get('a') ?? 0) + (relegated.get('g') ?? 0)).toBeCloseTo(1, 9);
    expect(relegated.get('a')).toBeGreaterThan(0);
    expect(relegated.get('g')).toBeGreaterThan(0);
    expect(relegated.get('b')).toBe(0);
    // The aggregate followed: the places still open come from the Clausura's match left.
    const aggregate = planForecast(format, model, { seed: 1, stage: 'aggregate' });
    const ranges = positionRanges(aggregate);
    expect([ranges.b, ranges.a, ranges.g].map((range) => [range?.best, range?.worst])).toEqual([
      [1, 1],
      [2, 3],
      [2, 3],
    ]);
    // And that match decides who goes down: Gama does unless it wins it.
    const needs = whatClubNeeds(aggregate, 'g', 'relegated');
    expect(needs.status).toBe('open');
    expect(needs.text).toEqual(['not win at Alfa']);
  });

  test('a final round adds its own rounds to what its clubs did against each other before', () => {
    const state = runEdition(
      parseEdition(
        season('Alfa 2-0 Gama', '[clausura]', '[{ name: Play-off, matches: ["Alfa 1-0 Beta"] }]'),
        'e.yaml',
      ),
    );
    // The Clausura's three matches and the play-off.
    expect(rows(state, 2)).toEqual([
      ['a', 3, 6],
      ['b', 3, 4],
      ['g', 2, 1],
    ]);
  });

  test('a second stage can carry over every result of its clubs, against any club', async () => {
    // Four clubs play each other once; then two Liguillas of two, each carrying over the whole
    // first stage of its clubs (the 2009–2013 Descentralizado's way), one match each.
    const text = (last: string) =>
      [
        'competition: Liga de Ejemplo',
        'edition: "2041"',
        'clubs: [{ id: a, name: Alfa }, { id: b, name: Beta }, { id: g, name: Gama }, { id: d, name: Delta }]',
        'stages:',
        '  - id: first',
        '    name: First Stage',
        '    kind: league',
        '    entrants: [Alfa, Beta, Gama, Delta]',
        '    rounds:',
        '      - { name: Round 1, matches: ["Alfa 2-0 Beta", "Gama 1-1 Delta"] }',
        '      - { name: Round 2, matches: ["Beta 1-0 Gama", "Delta 0-3 Alfa"] }',
        `      - { name: Round 3, matches: ["Alfa 0-1 Gama", "${last}"] }`,
        '  - id: liguillas',
        '    name: Liguillas',
        '    kind: groups',
        '    groups:',
        '      - { id: a, name: Liguilla A, entrants: [Alfa, Delta], sums: [first], sumsMatches: all, rounds: [{ name: Round 1, matches: ["Delta 1-1 Alfa"] }] }',
        '      - { id: b, name: Liguilla B, entrants: [Beta, Gama], sums: [first], sumsMatches: all, rounds: [{ name: Round 1, matches: ["Gama v Beta"] }] }',
        '    outcomes: [{ position: 1, outcome: qualified, to: { stage: final } }]',
        '  - id: final',
        '    name: Final',
        '    kind: league',
        '    entrants: [{ stage: liguillas, group: a, position: 1 }, { stage: liguillas, group: b, position: 1 }]',
      ].join('\n');
    const state = runEdition(parseEdition(text('Beta 2-2 Delta'), 'e.yaml'));
    const [a, b] = state.stages[1]?.groups ?? [];
    // Only its own clubs are ranked, with every match they played.
    expect(a?.table.map((row) => [row.clubId, row.played, row.points])).toEqual([
      ['a', 4, 7],
      ['d', 4, 3],
    ]);
    expect(b?.table.map((row) => [row.clubId, row.played, row.points])).toEqual([
      ['g', 3, 4],
      ['b', 3, 4],
    ]);
    expect(b?.pending).toBe(1);
    expect(a?.sumsMatches).toBe('all');
    // With a first-stage match against a club of the other Liguilla still to play, the
    // Liguillas' own fixtures are made once it is over. Alfa has 6, Delta 1: Delta can still pass
    // it by beating Beta (a match that counts though Beta is not in its Liguilla) and then Alfa.
    const open = parseEdition(text('Beta v Delta'), 'e.yaml');
    const { model } = fitScoreModel(ratedMatches(open));
    const plan = planForecast(open, model, { seed: 1, stage: 'liguillas' });
    expect(plan.refill).toContainEqual({ stage: 'liguillas', double: false });
    const ranges = positionRanges(plan);
    expect([ranges.a, ranges.d, ranges.g, ranges.b].map((r) => [r?.best, r?.worst])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    // The Liguillas' own fixtures are made once the first stage is over: nothing by match yet.
    expect(() => whatClubNeeds(plan, 'b', 'stage:final')).toThrow(
      'liguillas has no fixtures until the stage before it is over: ask for a forecast instead',
    );
  });

  test('a group sums the other groups of its own stage', () => {
    const text = [
      'competition: Liga de Ejemplo',
      'edition: "2040"',
      'clubs: [{ id: a, name: Alfa }, { id: b, name: Beta }]',
      'stages:',
      '  - id: season',
      '    name: Season',
      '    kind: groups',
      '    groups:',
      '      - { id: apertura, name: Apertura, entrants: [Alfa, Beta], rounds: [{ name: Round 1, matches: ["Alfa 1-0 Beta"] }] }',
      '      - { id: clausura, name: Clausura, entrants: [Alfa, Beta], rounds: [{ name: Round 1, matches: ["Beta 1-1 Alfa"] }] }',
      '      - { id: aggregate, name: Aggregate, entrants: [Alfa, Beta], sums: [season] }',
    ].join('\n');
    const state = runEdition(parseEdition(text, 'e.yaml'));
    expect(
      state.stages[0]?.groups[2]?.table.map((row) => [row.clubId, row.played, row.points]),
    ).toEqual([
      ['a', 2, 4],
      ['b', 2, 1],
    ]);
  });

  test('refuses a stage that is not earlier, has no matches, or is named twice, with its path', () => {
    expect(() => parseEdition(season('Alfa 2-0 Gama', '[aggregate]'), 'e.yaml')).toThrow(
      'Invalid summed stage at e.yaml stages[2].sums[0]: expected an earlier stage with matches (apertura, clausura), received "aggregate"',
    );
    expect(() => parseEdition(season('Alfa 2-0 Gama', '[apertura, apertura]'), 'e.yaml')).toThrow(
      'Invalid summed stage at e.yaml stages[2].sums[1]: expected each stage once: an earlier stage with matches (apertura, clausura), received "apertura"',
    );
    expect(() => parseEdition(season('Alfa 2-0 Gama', '[]'), 'e.yaml')).toThrow('stages[2].sums');
  });
});

describe('a forecast of a knockout', () => {
  /** Eight clubs, one leg a round; a quarter-final still to play. */
  const cup = (last: string) =>
    [
      'competition: Copa de Ejemplo',
      'edition: "2042"',
      'clubs:',
      ...['Alfa', 'Beta', 'Gama', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'].map(
        (name) => `  - { id: ${name.toLowerCase()}, name: ${name} }`,
      ),
      'stages:',
      '  - id: cup',
      '    name: Cup',
      '    kind: knockout',
      '    rounds:',
      '      - id: qf',
      '        name: Quarter-finals',
      '        legs: 1',
      '        ties:',
      '          - { home: Alfa, away: Beta, matches: ["Alfa 2-0 Beta"] }',
      '          - { home: Gama, away: Delta, matches: ["Gama 1-1 Delta (a.e.t.) (4-3 pen.)"] }',
      '          - { home: Epsilon, away: Zeta, matches: ["Epsilon 0-1 Zeta"] }',
      `          - { home: Eta, away: Theta, matches: ["${last}"] }`,
      '      - { id: sf, name: Semi-finals, legs: 1, pairing: bracket }',
      '      - { id: final, name: Final, legs: 1, pairing: bracket }',
      '    outcomes: [{ tieResult: winner, outcome: champion }]',
    ].join('\n');

  test('follows the rounds each club reaches, and the places it can still take', async () => {
    const format = parseEdition(cup('Eta v Theta'), 'e.yaml');
    const { model } = fitScoreModel(ratedMatches(format));
    // With no table in the edition, the knockout in play is followed.
    const plan = planForecast(format, model, { seed: 1 });
    expect(plan.stage).toBe('cup');
    expect(plan.outcomes).toEqual(['champion', 'round:sf', 'round:final']);
    const ranges = positionRanges(plan);
    // Places: 1 through the final, 2 out in it, 3 out in the semi-finals, 4 in the quarter-finals.
    expect(
      Object.fromEntries(
        Object.entries(ranges).map(([club, range]) => [club, [range.best, range.worst]]),
      ),
    ).toEqual({
      alfa: [1, 3],
      beta: [4, 4],
      gama: [1, 3],
      delta: [4, 4],
      epsilon: [4, 4],
      zeta: [1, 3],
      eta: [1, 4],
      theta: [1, 4],
    });
    const result = summarize(plan, simulateRange(plan, 0, 2000), ranges, { exact: false });
    const of = (club: string) => result.clubs.find((entry) => entry.clubId === club);
    expect(of('alfa')?.outcomes['round:sf']).toBe(1);
    expect(of('alfa')?.clinched).toContain('round:sf');
    expect(of('beta')?.eliminated).toEqual(['champion', 'round:sf', 'round:final']);
    expect((of('eta')?.outcomes['round:sf'] ?? 0) + (of('theta')?.outcomes['round:sf'] ?? 0)).toBe(
      1,
    );
    const champions = result.clubs.reduce((sum, club) => sum + (club.outcomes.champion ?? 0), 0);
    expect(champions).toBeCloseTo(1, 9);
    // A club's places add up to 1; one out has its place for sure.
    for (const club of result.clubs) {
      expect(club.positions.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 9);
    }
    expect(of('beta')?.positions).toEqual([0, 0, 0, 1]);
    expect(result.rounds?.map((round) => round.name)).toEqual([
      'Quarter-finals',
      'Semi-finals',
      'Final',
    ]);
    // Nothing to name by match in a knockout: a club needs to win its ties.
    expect(() => whatClubNeeds(plan, 'alfa', 'champion')).toThrow('needs to win its ties');
    // The terminal names the places.
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), cup('Eta v Theta'));
    const { stdout } = await runTorneo(['forecast', folder, '--simulations', '500']);
    expect(stdout).toContain('round:sf');
    expect(stdout).toMatch(/Beta\s+0\s+0\s+0\s+out in Quarter-finals/);
    expect(stdout).toMatch(/Alfa\s.*through–out in Semi-finals/);
    // Once the semi-finals are drawn, reaching them tells nothing: the final is followed.
    const drawn = parseEdition(cup('Eta 1-0 Theta'), 'e.yaml');
    expect(planForecast(drawn, fitScoreModel(ratedMatches(drawn)).model).outcomes).toEqual([
      'champion',
      'round:final',
    ]);
  });
});
