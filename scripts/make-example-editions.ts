/**
 * @module Writes the made-up example editions under examples/ (`npm run examples`): a 2015–2019
 * style Copa Perú, a 1998–2014 style Copa Perú and a plain double round robin league. Their clubs
 * and results are invented from a fixed seed, so that each era's format can be run end to end;
 * only the formats follow the real editions (see each file's sources). Running it again writes the
 * same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { parseEdition } from '#adapters/formats/edition/read-edition.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { PERU_DEPARTMENTS } from '#core/places/peru-departments.ts';

const DEPARTMENTS = PERU_DEPARTMENTS;

/** A small seeded generator: the same files every run. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Goals from a Poisson distribution, mean 1.3. */
function makeGoals(random: () => number): () => number {
  return () => {
    const limit = Math.exp(-1.3);
    let k = 0;
    let product = random();
    while (product > limit && k < 8) {
      k += 1;
      product *= random();
    }
    return k;
  };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Rounds of a round robin by the circle method, home and away alternating. */
function roundRobin<T>(clubs: readonly T[]): [T, T][][] {
  const list: (T | undefined)[] = [...clubs];
  if (list.length % 2 === 1) list.push(undefined);
  const rounds: [T, T][][] = [];
  const n = list.length;
  for (let r = 0; r < n - 1; r += 1) {
    const round: [T, T][] = [];
    for (let i = 0; i < n / 2; i += 1) {
      const a = list[i];
      const b = list[n - 1 - i];
      if (a === undefined || b === undefined) continue;
      round.push(r % 2 === 0 ? [a, b] : [b, a]);
    }
    rounds.push(round);
    list.splice(1, 0, list.pop());
  }
  return rounds;
}

/** The examples' own words in Spanish (stage and round names), for the Spanish pages. */
const STAGE_NAMES_ES = {
  'Departmental Stage': 'Etapa Departamental',
  'Regional Stage': 'Etapa Regional',
  'National Stage': 'Etapa Nacional',
  'Knockout Stage': 'Etapa de eliminación directa',
  'Round of 32': 'Dieciseisavos de final',
  'Round of 16': 'Octavos de final',
  'Quarter-finals': 'Cuartos de final',
  'Semi-finals': 'Semifinales',
  League: 'Liga',
};

const HEADER = (what: string) =>
  `# ${what}\n# Made-up clubs and results, written by scripts/make-example-editions.ts from a fixed seed;\n# only the format follows the real editions named in the sources.\n`;

/** 2015–2019: a 50-club Tabla Única, seeded two-legged knockouts, a four-club Finalísima. */
function copaPeru2019Style(): unknown {
  const random = makeRandom(2019);
  const goals = makeGoals(random);
  const clubs = DEPARTMENTS.flatMap((department) => [
    { id: slug(`Deportivo ${department}`), name: `Deportivo ${department}`, region: department },
    { id: slug(`Unión ${department}`), name: `Unión ${department}`, region: department },
  ]);
  const qualified = DEPARTMENTS.flatMap((department) => [
    { label: department, place: 1, club: `Deportivo ${department}` },
    { label: department, place: 2, club: `Unión ${department}` },
  ]);
  // Six matches each, three at home: the first six rounds of a round robin of the 50.
  const rounds = roundRobin(clubs.map((club) => club.name))
    .slice(0, 6)
    .map((pairs, index) => ({
      name: `Round ${index + 1}`,
      date: addDays('2019-09-07', 7 * index),
      matches: pairs.map(([home, away]) => `${home} ${goals()}-${goals()} ${away}`),
    }));
  // A walkover with the 2019 sanction: the match lost 3-0, and 3 more points deducted.
  const walkover = rounds[2]?.matches[5]?.split(/ \d+-\d+ /) ?? [];
  if (rounds[2] && walkover[0] && walkover[1]) {
    rounds[2].matches[5] = `${walkover[0]} 3-0 ${walkover[1]} [awarded 3-0]`;
  }
  const document = {
    competition: 'Copa Perú',
    edition: '2019-style example',
    sources: [
      {
        title: 'Copa Perú 2019, national stage (Federación Peruana de Fútbol)',
        detail:
          'Tabla Única of 50 clubs, 6 matches each; the top 32 paired 1 v 32; two-legged ties; a four-club Finalísima in Lima',
      },
      {
        title: 'Ahora (2019), Municipal de Aguaytía loses by W.O. with 3 points deducted',
        url: 'http://www.ahora.com.pe/municipal-de-aguaytia-baja-a-segunda-division/',
      },
      {
        title:
          'Alfonso Ugarte removed after winning its round-of-32 tie; Comerciantes FC took its place (2019)',
        detail: 'the model of the replacement ruling below',
      },
    ],
    notes: ['Made-up clubs and results; the format is that of the 2019 national stage.'],
    translations: {
      es: {
        ...STAGE_NAMES_ES,
        'Copa Perú 2019, national stage (Federación Peruana de Fútbol)':
          'Copa Perú 2019, etapa nacional (Federación Peruana de Fútbol)',
        'Tabla Única of 50 clubs, 6 matches each; the top 32 paired 1 v 32; two-legged ties; a four-club Finalísima':
          'Tabla Única de 50 clubes, 6 partidos cada uno; los 32 primeros emparejados 1 contra 32; llaves de ida y vuelta; una Finalísima de cuatro clubes',
        'Ahora (2019), Municipal de Aguaytía loses by W.O. with 3 points deducted':
          'Ahora (2019), Municipal de Aguaytía pierde por W.O. con 3 puntos de descuento',
        'Alfonso Ugarte removed after winning its round-of-32 tie; Comerciantes FC took its place (2019)':
          'Alfonso Ugarte retirado tras ganar su llave de dieciseisavos; Comerciantes FC tomó su lugar (2019)',
        'the model of the replacement ruling below':
          'el modelo de la resolución de reemplazo de abajo',
      },
    },
    rules: { preset: 'copa-peru', season: 2019 },
    tieRules: ['aggregate', 'awayGoals', 'extraTime', 'penalties'],
    clubs,
    stages: [
      {
        id: 'departmental',
        name: 'Departmental Stage',
        kind: 'qualification',
        matchesUnknown: true,
        qualified,
      },
      {
        id: 'tabla',
        name: 'Tabla Única',
        kind: 'table',
        entrants: qualified.map((qualifier) => ({
          stage: 'departmental',
          qualifier: qualifier.label,
          place: qualifier.place,
        })),
        rounds,
        outcomes: [
          {
            positions: Array.from({ length: 32 }, (_, i) => i + 1),
            outcome: 'qualified',
            to: { stage: 'Round of 32' },
          },
        ],
      },
      {
        id: 'knockout',
        name: 'Knockout Stage',
        kind: 'knockout',
        rounds: [
          {
            id: 'r32',
            name: 'Round of 32',
            legs: 2,
            pairing: { seeded: 'tabla', count: 32 },
            ties: [] as Tie[],
          },
          { id: 'r16', name: 'Round of 16', legs: 2, pairing: 'bracket', ties: [] as Tie[] },
          { id: 'qf', name: 'Quarter-finals', legs: 2, pairing: 'bracket', ties: [] as Tie[] },
        ],
      },
      {
        id: 'finalisima',
        name: 'Finalísima',
        kind: 'league',
        host: 'Lima',
        earlierRankFrom: 'tabla',
        rules: {
          preset: 'copa-peru',
          season: 2019,
          tiebreakers: ['points', 'goalDifference', 'earlierRank'],
        },
        entrants: [1, 2, 3, 4].map((tie) => ({
          stage: 'knockout',
          round: 'qf',
          tie,
          result: 'winner',
        })),
        rounds: [] as { name: string; date: string; matches: string[] }[],
        outcomes: [
          { position: 1, outcome: 'champion' },
          { position: 1, outcome: 'promoted', to: { competition: 'Liga 1', edition: '2020' } },
          {
            positions: [2, 3],
            outcome: 'qualified',
            to: { stage: 'Promotion play-off with Liga 2' },
          },
        ],
      },
    ],
    rulings: [] as unknown[],
  };
  const knockout = document.stages[2] as { rounds: { ties: Tie[] }[] };
  const finalisima = document.stages[3] as {
    rounds: { name: string; date: string; matches: string[] }[];
  };
  const nameOf = (id: string | null): string => clubs.find((club) => club.id === id)?.name ?? '?';

  // Each round's ties as the engine pairs them, then made-up legs; the first ties of the round of
  // 32 are decided by each rule of the chain in turn.
  const fixed: Record<number, [string, string, string]> = {
    0: ['0-1', '2-2', ''], // on aggregate
    1: ['2-1', '1-0', ''], // level 2-2: on away goals
    2: ['1-1', '1-1', ' (a.e.t.) (4-3 pen.)'], // level on aggregate and away goals: penalties
  };
  // Clubs level on everything within the seeded places: a drawing of lots orders them.
  const table =
    runEdition(parseEdition(stringify(document), 'example')).stages[1]?.groups[0]?.table ?? [];
  const bands = new Map<number, string[]>();
  for (const row of table) {
    if (row.shared && row.position <= 33)
      bands.set(row.position, [...(bands.get(row.position) ?? []), row.club]);
  }
  for (const [position, band] of bands) {
    document.rulings.push({
      kind: 'drawingOfLots',
      stage: 'tabla',
      clubs: band,
      order: random() < 0.5 ? band : [...band].reverse(),
      date: '2019-10-20',
      reason: `made-up drawing of lots for place ${position} of the Tabla Única, level on every criterion`,
    });
  }
  const dates = ['2019-10-26', '2019-11-09', '2019-11-23'];
  for (let round = 0; round < 3; round += 1) {
    const state = runEdition(parseEdition(stringify(document), 'example'));
    const ties =
      state.stages[2]?.ties.filter(
        (tie) => tie.round === ['Round of 32', 'Round of 16', 'Quarter-finals'][round],
      ) ?? [];
    const target = knockout.rounds[round];
    if (!target) throw new Error(`No round ${round} in the knockout`);
    target.ties = ties.map((tie, index) => {
      const home = nameOf(tie.home.club);
      const away = nameOf(tie.away.club);
      const [first, second, notes] = (round === 0 ? fixed[index] : undefined) ?? [
        `${goals()}-${goals()}`,
        `${goals()}-${goals()}`,
        '',
      ];
      const [secondHome, secondAway] = second.split('-').map(Number) as [number, number];
      const [firstHome, firstAway] = first.split('-').map(Number) as [number, number];
      // A random tie level on aggregate and away goals goes to penalties in the second leg.
      let tail = notes;
      if (!notes && firstHome + secondAway === firstAway + secondHome && firstAway === secondAway) {
        tail = random() < 0.5 ? ' (a.e.t.) (5-4 pen.)' : ' (a.e.t.) (3-4 pen.)';
      }
      const leg1 = `${home} ${firstHome}-${firstAway} ${away}`;
      const leg2 = `${away} ${secondHome}-${secondAway} ${home}${tail}`;
      const day = dates[round] ?? '2019-12-01';
      return {
        matches: [
          { ...matchObject(leg1), date: day },
          { ...matchObject(leg2), date: addDays(day, 7) },
        ],
      };
    });
    if (round === 0) {
      // The winner of the fifth tie is removed after winning it; its opponent takes its place.
      const after = runEdition(parseEdition(stringify(document), 'example'));
      const tie = after.stages[2]?.ties[4];
      if (tie?.winner) {
        const loser = tie.winner === tie.home.club ? tie.away.club : tie.home.club;
        document.rulings.push({
          kind: 'replacement',
          stage: 'knockout',
          round: 'r16',
          out: nameOf(tie.winner),
          in: nameOf(loser),
          date: '2019-11-05',
          reason:
            'removed from the competition over unpaid debts after winning its tie (made up, as Alfonso Ugarte in 2019)',
          authority: 'Comisión de Justicia de la FPF',
        });
      }
    }
  }
  // The Finalísima: two clubs level on points and goal difference, separated by the Tabla Única.
  const state = runEdition(parseEdition(stringify(document), 'example'));
  const ranking = state.stages[1]?.groups[0]?.table.map((row) => row.clubId) ?? [];
  const four = (state.stages[2]?.ties.filter((tie) => tie.round === 'Quarter-finals') ?? []).map(
    (tie) => tie.winner ?? '',
  );
  const [a, b, d, c] = [...four]
    .sort((x, y) => ranking.indexOf(x) - ranking.indexOf(y))
    .map(nameOf);
  finalisima.rounds = [
    { name: 'Round 1', date: '2019-12-07', matches: [`${a} 2-0 ${d}`, `${b} 0-1 ${c}`] },
    { name: 'Round 2', date: '2019-12-11', matches: [`${a} 1-1 ${b}`, `${c} 0-0 ${d}`] },
    { name: 'Round 3', date: '2019-12-14', matches: [`${c} 1-0 ${a}`, `${d} 0-2 ${b}`] },
  ];
  return document;
}

/** A match string as an object, so that the YAML can carry its date. */
function matchObject(text: string): Record<string, unknown> {
  const found = /^(.+?) (\d+)-(\d+) (.+?)( \(a\.e\.t\.\) \((\d+)-(\d+) pen\.\))?$/.exec(text);
  if (!found) throw new Error(`Not a match: ${text}`);
  const score = `${found[2]}-${found[3]}`;
  return found[5]
    ? {
        home: found[1],
        away: found[4],
        score,
        extraTime: score,
        penalties: `${found[6]}-${found[7]}`,
      }
    : { home: found[1], away: found[4], score };
}

type Tie = { matches: Record<string, unknown>[] };

/** 1998–2014: regional mini-leagues, then a two-legged national knockout decided on points first. */
function copaPeru2009Style(): unknown {
  const random = makeRandom(2009);
  const goals = makeGoals(random);
  const regions = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  // Each region's clubs in towns of its departments, as the eight regions of 2013 and 2021 were
  // made up (docs: domain brief, section 6): [city, department].
  const towns: Record<string, [string, string][]> = {
    I: [
      ['Piura', 'Piura'],
      ['Chiclayo', 'Lambayeque'],
      ['Tumbes', 'Tumbes'],
    ],
    II: [
      ['Trujillo', 'La Libertad'],
      ['Huaraz', 'Áncash'],
      ['Cajamarca', 'Cajamarca'],
    ],
    III: [
      ['Iquitos', 'Loreto'],
      ['Pucallpa', 'Ucayali'],
      ['Yurimaguas', 'Loreto'],
    ],
    IV: [
      ['Huacho', 'Lima'],
      ['Callao', 'Callao'],
      ['Cañete', 'Lima'],
    ],
    V: [
      ['Huánuco', 'Huánuco'],
      ['Huancayo', 'Junín'],
      ['Cerro de Pasco', 'Pasco'],
    ],
    VI: [
      ['Ica', 'Ica'],
      ['Ayacucho', 'Ayacucho'],
      ['Huancavelica', 'Huancavelica'],
    ],
    VII: [
      ['Arequipa', 'Arequipa'],
      ['Moquegua', 'Moquegua'],
      ['Tacna', 'Tacna'],
    ],
    VIII: [
      ['Cusco', 'Cusco'],
      ['Juliaca', 'Puno'],
      ['Abancay', 'Apurímac'],
    ],
  };
  const clubs = regions.flatMap((region) =>
    ['Atlético', 'Sport', 'Defensor'].map((prefix, index) => ({
      id: slug(`${prefix} Región ${region}`),
      name: `${prefix} Región ${region}`,
      city: towns[region]?.[index]?.[0],
      region: towns[region]?.[index]?.[1],
    })),
  );
  const groups = regions.map((region) => {
    const members = clubs
      .filter((club) => club.name.endsWith(` Región ${region}`))
      .map((club) => club.name);
    const first = roundRobin(members);
    const second = first.map((round) =>
      round.map(([home, away]) => [away, home] as [string, string]),
    );
    return {
      id: slug(`region ${region}`),
      name: `Región ${region}`,
      entrants: members,
      rounds: [...first, ...second].map((pairs, index) => ({
        name: `Round ${index + 1}`,
        date: addDays('2009-09-06', 7 * index),
        matches: pairs.map(([home, away]) => `${home} ${goals()}-${goals()} ${away}`),
      })),
    };
  });
  // Champion of one region v runner-up of the next (Region I v II, III v IV, …), as in 2009.
  const ties = regions.flatMap((region, index) => {
    const partner = regions[index % 2 === 0 ? index + 1 : index - 1] ?? region;
    return [
      {
        home: { stage: 'regional', group: slug(`region ${partner}`), position: 2 },
        away: { stage: 'regional', group: slug(`region ${region}`), position: 1 },
      },
    ];
  });
  const document = {
    competition: 'Copa Perú',
    edition: '2009-style example',
    sources: [
      {
        title: 'Copa Perú 2009, national stage bases (FPF)',
        detail:
          'points first (3/1/0 per leg), then goal difference, then away goals, then penalties; champion of one region v runner-up of the next',
      },
    ],
    notes: ['Made-up clubs and results; the format is that of the 2009 national stage.'],
    translations: {
      es: {
        ...STAGE_NAMES_ES,
        'Copa Perú 2009, national stage bases (FPF)':
          'Copa Perú 2009, bases de la etapa nacional (FPF)',
        'points first (3/1/0 per leg), then goal difference, then away goals, then penalties; champion of one region v runner-up of the next':
          'primero los puntos (3/1/0 por partido), luego la diferencia de goles, luego los goles de visitante, luego los penales; el campeón de una región contra el subcampeón de la siguiente',
      },
    },
    rules: { preset: 'copa-peru', season: 2009 },
    clubs,
    stages: [
      {
        id: 'regional',
        name: 'Regional Stage',
        kind: 'groups',
        assignedBy: 'region',
        groups,
        outcomes: [{ positions: [1, 2], outcome: 'qualified', to: { stage: 'National Stage' } }],
      },
      {
        id: 'national',
        name: 'National Stage',
        kind: 'knockout',
        tieRules: ['points', 'goalDifference', 'awayGoals', 'penalties'],
        rounds: [
          {
            id: 'r16',
            name: 'Round of 16',
            legs: 2,
            pairing: 'given',
            ties: ties.map((tie) => ({ ...tie, matches: [] as Record<string, unknown>[] })),
          },
          { id: 'qf', name: 'Quarter-finals', legs: 2, pairing: 'bracket', ties: [] as Tie[] },
          { id: 'sf', name: 'Semi-finals', legs: 2, pairing: 'bracket', ties: [] as Tie[] },
          { id: 'final', name: 'Final', legs: 2, pairing: 'bracket', ties: [] as Tie[] },
        ],
        outcomes: [
          { tieResult: 'winner', outcome: 'champion' },
          {
            tieResult: 'winner',
            outcome: 'promoted',
            to: { competition: 'Torneo Descentralizado', edition: '2010' },
          },
          {
            tieResult: 'loser',
            outcome: 'promoted',
            to: { competition: 'Segunda División', edition: '2010' },
          },
        ],
      },
    ],
  };
  const national = document.stages[1] as { rounds: { name: string; ties: Tie[] }[] };
  const nameOf = (id: string | null): string => clubs.find((club) => club.id === id)?.name ?? '?';
  // Each side wins one leg in the first tie: level on points, decided on goal difference.
  const fixed: Record<number, [string, string]> = { 0: ['3-0', '1-0'] };
  national.rounds.forEach((round, index) => {
    const state = runEdition(parseEdition(stringify(document), 'example'));
    const roundTies = state.stages[1]?.ties.filter((tie) => tie.round === round.name) ?? [];
    round.ties = roundTies.map((tie, t) => {
      const home = nameOf(tie.home.club);
      const away = nameOf(tie.away.club);
      const [first, second] = (index === 0 ? fixed[t] : undefined) ?? [
        `${goals()}-${goals()}`,
        `${goals()}-${goals()}`,
      ];
      const day = addDays('2009-11-08', 14 * index);
      const given =
        index === 0
          ? (document.stages[1] as { rounds: { ties: Record<string, unknown>[] }[] }).rounds[0]
              ?.ties[t]
          : {};
      return {
        ...given,
        matches: [
          { ...matchObject(`${home} ${first} ${away}`), date: day },
          { ...matchObject(`${away} ${second} ${home}`), date: addDays(day, 7) },
        ],
      } as Tie;
    });
  });
  return document;
}

/** A plain league: a double round robin with promotion and relegation. */
function plainLeague(): unknown {
  const random = makeRandom(1888);
  const goals = makeGoals(random);
  const clubs = [
    'Atlético Norte',
    'Deportivo Sur',
    'Unión Centro',
    'Sport Este',
    'Juventud Oeste',
    'Defensor Valle',
  ].map((name) => ({ id: slug(name), name }));
  const first = roundRobin(clubs.map((club) => club.name));
  const second = first.map((round) =>
    round.map(([home, away]) => [away, home] as [string, string]),
  );
  return {
    competition: 'Liga de Ejemplo',
    edition: '2024',
    sources: [{ title: 'A made-up league for the examples' }],
    notes: ['Made-up clubs and results.'],
    translations: {
      es: {
        ...STAGE_NAMES_ES,
        'A made-up league for the examples': 'Una liga inventada para los ejemplos',
      },
    },
    rules: 'generic',
    clubs,
    stages: [
      {
        id: 'league',
        name: 'League',
        kind: 'league',
        entrants: clubs.map((club) => club.name),
        rounds: [...first, ...second].map((pairs, index) => ({
          name: `Round ${index + 1}`,
          date: addDays('2024-03-02', 7 * index),
          matches: pairs.map(([home, away]) => `${home} ${goals()}-${goals()} ${away}`),
        })),
        outcomes: [
          { position: 1, outcome: 'champion' },
          {
            position: 1,
            outcome: 'promoted',
            to: { competition: 'Liga Superior', edition: '2025' },
          },
          {
            position: 6,
            outcome: 'relegated',
            to: { competition: 'Liga Distrital', edition: '2025' },
          },
        ],
      },
    ],
  };
}

async function write(folder: string, what: string, document: unknown): Promise<void> {
  const root = fileURLToPath(new URL('../examples/', import.meta.url));
  await mkdir(`${root}${folder}`, { recursive: true });
  await writeFile(
    `${root}${folder}/edition.yaml`,
    HEADER(what) + stringify(document, { lineWidth: 100 }),
  );
}

await write(
  'copa-peru-2019-style',
  'A Copa Perú edition in the 2015–2019 format: Tabla Única, knockouts, Finalísima.',
  copaPeru2019Style(),
);
await write(
  'copa-peru-2009-style',
  'A Copa Perú edition in the 1998–2014 format: regional groups, a two-legged national knockout.',
  copaPeru2009Style(),
);
await write(
  'league-double-round-robin',
  'A plain league: a double round robin with promotion and relegation.',
  plainLeague(),
);
