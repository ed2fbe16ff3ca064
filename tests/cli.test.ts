import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runTorneo } from './run-torneo.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
/** The start of a small edition the draw tests write: three clubs, placed three ways. */
const EDITION_2026 = [
  'competition: Copa Perú',
  'edition: "2026"',
  'rules: copa-peru',
  'clubs:',
  '  - { id: a, name: Aurora, city: Arequipa, region: Arequipa }',
  '  - { id: b, name: CNI, city: Iquitos, region: Loreto }',
  '  - { id: c, name: Deportivo Garcilaso, region: Cusco }',
];
const DATABASE = join(ROOT, '../shared/data/englishfootball');

describe.concurrent('torneo table', () => {
  test('prints the table of a results file in a terminal layout', async () => {
    const { stdout, code } = await runTorneo([
      'table',
      join(FIXTURES, 'hexagonal.csv'),
      '--rules',
      'copa-peru',
      '--season',
      '1993',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(await readFile(join(FIXTURES, 'hexagonal.golden.txt'), 'utf8'));
  });

  test('prints the table in Spanish: the headings of Peruvian tables and the tie-break in Spanish', async () => {
    const { stdout, code } = await runTorneo([
      'table',
      join(FIXTURES, 'hexagonal.csv'),
      '--rules',
      'copa-peru',
      '--season',
      '1993',
      '--lang',
      'es',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('#  Club             PJ  PG  PE  PP  GF  GC  DG  Pts');
    expect(stdout).toContain(
      'Sport Selva por encima de Unión Costa: igualados en 8 puntos; delante por diferencia de goles +6 a +5.',
    );
    expect(stdout).not.toMatch(/\b(above|level on|ahead on)\b/);
  });

  test('prints the table as JSON, as of a round', async () => {
    const { stdout, code } = await runTorneo([
      'table',
      join(FIXTURES, 'hexagonal.csv'),
      '--json',
      '--as-of',
      '2',
    ]);
    expect(code).toBe(0);
    const group = JSON.parse(stdout).stages[0].groups[0];
    expect(group.table[0]).toMatchObject({
      position: 1,
      club: 'Unión Costa',
      played: 2,
      points: 6,
    });
    expect(group.rules).toBe('generic');
  });

  test('refuses an unknown preset with one line and exit code 2', async () => {
    const result = await runTorneo(['table', join(FIXTURES, 'hexagonal.csv'), '--rules', 'englnd']);
    expect(result).toEqual({
      stdout: '',
      stderr:
        'torneo: Unknown rule preset "englnd": choose one of generic, england, spain, italy, germany, france, copa-peru, fifa\n',
      code: 2,
    });
  });

  test('refuses an unknown option with one line and exit code 2', async () => {
    const result = await runTorneo(['table', join(FIXTURES, 'hexagonal.csv'), '--bogus']);
    expect(result).toEqual({
      stdout: '',
      stderr: "torneo: unknown option '--bogus' (see torneo --help)\n",
      code: 2,
    });
  });

  test('refuses a missing file with one line and exit code 2', async () => {
    const result = await runTorneo(['table', 'no-such-file.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'torneo: Unknown file "no-such-file.csv": no such file can be read\n',
    );
  });

  test('shows a table the source only prints as printed, and says when there is no table', async () => {
    const printed = await runTorneo([
      'table',
      join(FIXTURES, 'copa-ejemplo-printed.article.txt'),
      '--lang',
      'es',
    ]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('1  Union Andina     3   2   1   0   5   1  +4    7');
    expect(printed.stdout).toContain(
      'Tal como la fuente la publica: no trae resultados con que calcular la tabla.',
    );
    // check says so rather than call a table without results consistent with them.
    const checked = await runTorneo(['check', join(FIXTURES, 'copa-ejemplo-printed.article.txt')]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^Nothing to compare: no printed table comes with results/);
    const json = await runTorneo([
      'check',
      join(FIXTURES, 'copa-ejemplo-printed.article.txt'),
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ consistent: true, compared: 0 });
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'final.csv');
    await writeFile(file, 'date,home,away,home_goals,away_goals\n2030-01-02,A,B,1,0\n');
    const ties = await runTorneo(['table', file]);
    expect(ties.code).toBe(0);
    expect(ties.stdout).toContain('no league table');
  });

  test('refuses a malformed row naming the file, line and column', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'bad.csv');
    await writeFile(file, 'date,home,away,home_goals,away_goals\n2030-01-02,A,B,1,x\n');
    const result = await runTorneo(['table', file]);
    expect(result).toEqual({
      stdout: '',
      stderr: `torneo: Invalid score at ${file} line 2, column 5: expected a whole number of goals (0 or more), received "x"\n`,
      code: 2,
    });
  });

  test('writes every table of the English database to one CSV, and nothing on error', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const out = join(folder, 'tables.csv');
    const result = await runTorneo([
      'table',
      '--dataset',
      'englishfootball',
      DATABASE,
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Wrote 439 tables (9736 rows) to ${out}\n`);
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'season_id,position,team_id,team_name,played,wins,draws,losses,goals_for,goals_against,points',
    );
    expect(lines[1]).toBe('S-1888-1,1,T-009,Preston North End,22,18,4,0,74,15,40');
    expect(lines).toHaveLength(9737);

    const missing = join(folder, 'never.csv');
    const failed = await runTorneo([
      'table',
      '--dataset',
      'englishfootball',
      folder,
      '--out',
      missing,
    ]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^torneo: Unknown file ".*seasons\.csv": expected the folder/);
    await expect(readFile(missing)).rejects.toThrow();
  });
});

describe.concurrent('torneo import, check and render', () => {
  const SEED = join(ROOT, '../shared/seed/copa-peru-1993.txt');

  test('import says what it understood: stages, matches, clubs, merges and warnings', async () => {
    const { stdout, code } = await runTorneo(['import', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Final Stage: 5 rounds, 15 matches');
    expect(stdout).toContain('merged: "Aurich-Cañaña" and "Aurich–Cañaña"');
    expect(stdout).toContain('warning: "Lambayaque" is not a department of Peru');
  });

  test('table --json gives every stage and group, the champion marked', async () => {
    const { stdout, code } = await runTorneo(['table', SEED, '--json']);
    expect(code).toBe(0);
    const group = JSON.parse(stdout).stages.at(-1).groups[0];
    expect(group.table[0]).toMatchObject({
      position: 1,
      club: 'Aurich-Cañaña',
      points: 9,
      status: 'champion',
    });
  });

  test('check exits 0 when consistent, 1 with every discrepancy, 2 on a file it cannot read', async () => {
    expect((await runTorneo(['check', SEED])).code).toBe(0);
    const typo = await runTorneo(['check', join(FIXTURES, 'liga-ejemplo.rsssf.txt'), '--json']);
    expect(typo.code).toBe(1);
    expect(JSON.parse(typo.stdout).discrepancies).toEqual([
      {
        stage: 'Liga Departamental de Ejemplo 2031',
        group: 'Liga Departamental de Ejemplo 2031',
        club: 'Deportivo Este',
        field: 'goalsFor',
        printed: 5,
        computed: 4,
        line: 22,
      },
    ]);
    const missing = await runTorneo(['check', join(FIXTURES, 'no-such-file.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^torneo: Unknown file ".*no-such-file\.txt"/);
  });

  test('refuses a text with nothing to read, with the file, the line and what was expected', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const path = join(folder, 'notes.txt');
    await writeFile(path, 'Shopping list\nbread, milk\n');
    const result = await runTorneo(['table', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `torneo: Invalid season file at ${path} line 1: expected a season article (its wikitext, or its page copied as text), an RSSSF page, a Football.TXT file, a results CSV or JSON with matches, tables or entrants, received nothing Torneo could read, starting "Shopping list"\n`,
    );
  });

  test('sends an edition, file or folder, to `torneo edition` rather than read it as a season file', async () => {
    const folder = join(ROOT, 'examples/copa-peru-1993');
    for (const [command, path] of [
      ['table', join(folder, 'edition.yaml')],
      ['import', folder],
      ['check', folder],
    ] as const) {
      const result = await runTorneo([command, path]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `received a ${path === folder ? 'folder' : 'file'} with an edition (its format, clubs and stages), which is run, not imported: \`torneo edition ${path}\` prints its tables`,
      );
    }
    // The same in JSON; and a format asked for by name is read as that format.
    const json = join(await mkdtemp(join(tmpdir(), 'torneo-')), 'edition.json');
    await writeFile(
      json,
      JSON.stringify({ competition: 'Liga', edition: 2030, clubs: [], stages: [] }),
    );
    expect((await runTorneo(['import', json])).stderr).toContain('with an edition');
    const forced = await runTorneo(['import', join(folder, 'edition.yaml'), '--from', 'rsssf']);
    expect(forced.stderr).not.toContain('with an edition');
  });

  test('runs a season file as the edition it records; a file that is neither keeps the edition messages', async () => {
    const run = await runTorneo(['edition', SEED, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      champion: 'Aurich-Cañaña',
      promoted: [{ club: 'Aurich-Cañaña', to: '1994 Torneo Descentralizado' }],
    });
    const spanish = await runTorneo([
      'edition',
      join(ROOT, 'tests/fixtures/copa-ejemplo-es.wiki'),
      '--lang',
      'es',
    ]);
    expect(spanish.stdout).toContain('Campeón: Club Alfa');
    const junk = join(await mkdtemp(join(tmpdir(), 'torneo-')), 'junk.yaml');
    await writeFile(junk, 'competition: Liga\nedition: 2030\nstages: 3\n');
    const refused = await runTorneo(['edition', junk]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('stages: expected a list, received 3');
  });

  test('render --lang es writes the article in Spanish, and refuses another language for a format written as its sources are', async () => {
    const spanish = await runTorneo(['render', SEED, '--to', 'article', '--lang', 'es']);
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain('- Campeón: Aurich-Cañaña');
    expect(spanish.stdout).toContain(
      '| Pos. | Equipo | PJ | G | E | P | GF | GC | Dif. | Pts. | Estado |',
    );
    expect(spanish.stdout).toContain('=== Fecha 1 ===\n2 de enero de 1994');
    // Wikitext in Spanish as Spanish Wikipedia writes it: its infobox and Spanish headings.
    const wiki = await runTorneo(['render', SEED, '--to', 'wikitext', '--lang', 'es']);
    expect(wiki.code).toBe(0);
    expect(wiki.stdout).toContain('{{Ficha de competición deportiva\n| nombre = Copa Perú 1993');
    expect(wiki.stdout).toContain(
      '! Pos. !! Equipo !! PJ !! G !! E !! P !! GF !! GC !! Dif. !! Pts. !! Estado',
    );
    expect(wiki.stdout).toContain(
      '=== Fecha 1 ===\n* 2 de enero de 1994: Deportivo Garcilaso 1-1 CNI',
    );
    const refused = await runTorneo(['render', SEED, '--to', 'rsssf', '--lang', 'es']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('--to rsssf, which is written as its sources write it');
  });

  test('render writes the season article with its table, and refuses an unknown format', async () => {
    const { stdout, code } = await runTorneo(['render', SEED, '--to', 'article']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      await readFile(join(FIXTURES, 'copa-peru-1993.article.golden.txt'), 'utf8'),
    );
    const wrong = await runTorneo(['render', SEED, '--to', 'pdf']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'expected one of article, md, html, wikitext, json, csv, footballtxt, rsssf',
    );
  });

  test('render --out writes the file, and a bad alias list changes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const out = join(folder, 'season.json');
    expect((await runTorneo(['render', SEED, '--to', 'json', '--out', out])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).stages[0].name).toBe('Final Stage');
    const aliases = join(folder, 'aliases.json');
    await writeFile(aliases, '{"aliases":[{"alias":""}]}');
    const other = join(folder, 'other.json');
    const bad = await runTorneo([
      'render',
      SEED,
      '--to',
      'json',
      '--aliases',
      aliases,
      '--out',
      other,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/aliases\[0\]\.alias: expected the spelling a source uses/);
    await expect(readFile(other)).rejects.toThrow();
  });
});

describe.concurrent('torneo draw', () => {
  test('draws the 25 departments of Peru into groups of 5-4-4-4-4-4 from the shipped capitals', async () => {
    const { stdout, code } = await runTorneo([
      'draw',
      'peru-departments',
      '--sizes',
      '5,4,4,4,4,4',
      '--json',
    ]);
    expect(code).toBe(0);
    const draw = JSON.parse(stdout) as {
      groups: string[][];
      cost: number;
      optimal: boolean;
      bound: number;
    };
    expect(draw.groups.map((group) => group.length)).toEqual([5, 4, 4, 4, 4, 4]);
    expect(draw.groups.flat().sort()).toHaveLength(25);
    expect(draw.groups.find((group) => group.includes('Lima'))).toContain('Callao');
    // Proved by HiGHS: the cost meets the bound.
    expect(draw).toMatchObject({ optimal: true, bound: draw.cost });
    const fast = JSON.parse(
      (await runTorneo(['draw', 'peru-departments', '--sizes', '5,4,4,4,4,4', '--fast', '--json']))
        .stdout,
    );
    expect(fast.cost).toBe(draw.cost);
    expect(fast.optimal).toBe(false);
  });

  test("draws the 1993 edition's regional stage: known clubs at their cities, the rest at capitals", async () => {
    const { stdout, code } = await runTorneo([
      'draw',
      join(ROOT, 'examples/copa-peru-1993'),
      '--stage',
      'regional',
      '--sizes',
      '5,4,4,4,4,4',
      '--json',
    ]);
    expect(code).toBe(0);
    const draw = JSON.parse(stdout) as { groups: string[][]; cost: number; optimal: boolean };
    expect(draw.groups.map((group) => group.length)).toEqual([5, 4, 4, 4, 4, 4]);
    expect(new Set(draw.groups.flat()).size).toBe(25);
    // CNI plays in Iquitos, where Loreto's champion is placed too.
    expect(draw.groups.find((group) => group.includes('CNI'))).toContain('Winner of Loreto');
    // Proved by HiGHS (Unión Juventud in Chimbote and Mariano Santos in Tingo María, not at their
    // departments' capitals).
    expect(draw).toMatchObject({ cost: 10604, optimal: true });
  });

  test('keeps pots, hosts and fixed clubs where they must be, HiGHS proving the best such draw', async () => {
    const hosts = ['Lima', 'Cusco', 'Arequipa', 'Loreto', 'Piura', 'Junín'];
    const { stdout, code } = await runTorneo([
      'draw',
      'peru-departments',
      '--groups',
      '6',
      '--hosts',
      hosts.join(','),
      '--apart',
      'Tacna,Moquegua',
      '--fix',
      'Callao=2',
      '--json',
    ]);
    expect(code).toBe(0);
    const draw = JSON.parse(stdout) as {
      groups: string[][];
      cost: number;
      bound: number;
      optimal: boolean;
      method: string;
      groupCosts: number[];
    };
    expect(draw.groups.map((group, index) => group.includes(hosts[index] ?? ''))).toEqual(
      hosts.map(() => true),
    );
    expect(draw.groups[1]).toContain('Callao');
    expect(draw.groups.some((group) => group.includes('Tacna') && group.includes('Moquegua'))).toBe(
      false,
    );
    expect(draw).toMatchObject({ optimal: true, method: 'exact', bound: draw.cost });
    expect(draw.groupCosts.reduce((sum, cost) => sum + cost, 0)).toBe(draw.cost);
  });

  test('draws by lot from pots at a ceremony, the same balls for the same seed', async () => {
    const args = [
      'draw',
      'peru-departments',
      '--sizes',
      '5,4,4,4,4,4',
      '--ceremony',
      '--pot',
      'Lima,Cusco,Arequipa,Loreto,Piura,Junín',
      '--seed',
      '9',
      '--json',
    ];
    const first = await runTorneo(args);
    expect(first.code).toBe(0);
    const draw = JSON.parse(first.stdout) as {
      groups: string[][];
      method: string;
      steps: { club: string; pot: number | 'others'; group: number }[];
    };
    expect(draw.method).toBe('ceremony');
    expect(draw.steps).toHaveLength(25);
    expect(draw.steps.slice(0, 6).every((step) => step.pot === 1)).toBe(true);
    const seeds = ['Lima', 'Cusco', 'Arequipa', 'Loreto', 'Piura', 'Junín'];
    expect(draw.groups.map((group) => group.filter((club) => seeds.includes(club)).length)).toEqual(
      [1, 1, 1, 1, 1, 1],
    );
    expect((await runTorneo(args)).stdout).toBe(first.stdout);
  });

  test("groups an edition stage's clubs by their cities, from the gazetteer", async () => {
    const { stdout, code } = await runTorneo([
      'draw',
      join(ROOT, 'examples/copa-peru-1993'),
      '--stage',
      'final',
      '--groups',
      '2',
      '--json',
    ]);
    expect(code).toBe(0);
    const draw = JSON.parse(stdout) as { groups: string[][]; optimal: boolean };
    // The south (Arequipa, Cusco) and the centre (Tingo María) against the north and Iquitos.
    expect(draw.groups.map((group) => [...group].sort())).toEqual([
      ['Aurich-Cañaña', 'CNI', 'Unión Juventud'],
      ['Aurora', 'Deportivo Garcilaso', 'Mariano Santos'],
    ]);
    expect(draw.optimal).toBe(true);
  });

  test("writes a draw into an edition's groups stage, ready for its fixtures", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'edition.yaml');
    await writeFile(
      file,
      [
        ...EDITION_2026,
        '  - { id: d, name: Mariano Santos, lat: -9.2953, lon: -75.9957 }',
        '  - { id: e, name: Unión Juventud, city: Chimbote, region: Áncash }',
        '  - { id: f, name: Aurich-Cañaña, region: Lambayeque }',
        'stages:',
        '  - id: regional',
        '    name: Regional Stage',
        '    kind: groups',
        '    groups:',
        '      - { id: g1, name: Group 1, entrants: [{ club: a }, { club: b }, { club: c }], rounds: [] }',
        '      - { id: g2, name: Group 2, entrants: [{ club: d }, { club: e }, { club: f }], rounds: [] }',
        '',
      ].join('\n'),
    );
    const drawn = await runTorneo(['draw', file, '--stage', 'regional', '--write', '--json']);
    expect(drawn.code).toBe(0);
    expect(JSON.parse(drawn.stdout)).toMatchObject({
      groups: [
        ['Aurora', 'Deportivo Garcilaso', 'Mariano Santos'],
        ['CNI', 'Unión Juventud', 'Aurich-Cañaña'],
      ],
      optimal: true,
      method: 'exact',
    });
    const state = JSON.parse((await runTorneo(['edition', file, '--json'])).stdout) as {
      stages: { groups: { table: { club: string }[] }[] }[];
    };
    expect(state.stages[0]?.groups[1]?.table.map((row) => row.club).sort()).toEqual([
      'Aurich-Cañaña',
      'CNI',
      'Unión Juventud',
    ]);
    expect(await readFile(file, 'utf8')).toContain('assignedBy: draw');
    const wrong = await runTorneo([
      'draw',
      file,
      '--stage',
      'regional',
      '--groups',
      '3',
      '--write',
    ]);
    expect(wrong.stderr).toBe('torneo: Regional Stage has 2 groups; the draw made 3\n');
  });

  test('places a slot the edition cannot place, and refuses a place or a name it cannot find', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(
      join(folder, 'edition.yaml'),
      [
        ...EDITION_2026,
        'stages:',
        '  - id: regional',
        '    name: Regional Stage',
        '    kind: qualification',
        '    matchesUnknown: true',
        '    entrants:',
        '      - Aurora',
        '      - CNI',
        '      - Deportivo Garcilaso',
        '      - { from: { competition: Liga 2, edition: "2025", outcome: relegated } }',
        '    qualified: [{ label: Group A }, { label: Group B }]',
        '',
      ].join('\n'),
    );
    const draw = (...more: string[]) =>
      runTorneo(['draw', folder, '--stage', 'regional', '--groups', '2', '--json', ...more]);
    // The club relegated from a league the edition does not hold has no place of its own.
    const unplaced = await draw();
    expect(unplaced.code).toBe(2);
    expect(unplaced.stderr).toContain('"Relegated from 2025 Liga 2"');
    expect(unplaced.stderr).toContain('--place NAME=WHERE');
    // At Puno it goes with Aurora of Arequipa, the nearest; Iquitos and Cusco are left together.
    const puno = await draw('--place', 'Relegated from 2025 Liga 2=Puno');
    expect(puno.code).toBe(0);
    expect(JSON.parse(puno.stdout)).toMatchObject({
      groups: [
        ['Aurora', 'Relegated from 2025 Liga 2'],
        ['CNI', 'Deportivo Garcilaso'],
      ],
      optimal: true,
    });
    // Any club moves too, by name or id, and coordinates do as well as a city: CNI at Tacna now
    // goes with Aurora, the relegated club (at Puno's coordinates) with Cusco.
    const moved = await draw(
      '--place',
      'relegated from 2025 liga 2=-15.84,-70.02',
      '--place',
      'b=Tacna',
    );
    expect(JSON.parse(moved.stdout).groups).toEqual([
      ['Aurora', 'CNI'],
      ['Deportivo Garcilaso', 'Relegated from 2025 Liga 2'],
    ]);
    const nowhere = await draw('--place', 'CNI=Atlantis');
    expect(nowhere.stderr).toBe(
      'torneo: Invalid place at --place CNI: expected a department of Peru, a city the gazetteer knows, or lat,lon, received "Atlantis"\n',
    );
    const nobody = await draw(
      '--place',
      'Alianza Lima=Lima',
      '--place',
      'Relegated from 2025 Liga 2=Puno',
    );
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain(
      'Invalid place at --place Alianza Lima: expected a club, club id or slot',
    );
    const instance = await runTorneo([
      'draw',
      'peru-departments',
      '--groups',
      '5',
      '--place',
      'Lima=Cusco',
    ]);
    expect(instance.stderr).toContain("expected a club or slot of an edition's stage");
  });

  test("takes the user's own distances where given, and reports every bad line", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const good = join(folder, 'roads.csv');
    // Lima and Callao are made far apart: the draw must split them.
    await writeFile(good, 'from,to,km\nLima,Callao,50000\n');
    const { stdout } = await runTorneo([
      'draw',
      'peru-departments',
      '--groups',
      '6',
      '--fast',
      '--distances',
      good,
      '--json',
    ]);
    const draw = JSON.parse(stdout) as { groups: string[][] };
    expect(draw.groups.some((group) => group.includes('Lima') && group.includes('Callao'))).toBe(
      false,
    );
    const bad = join(folder, 'bad.csv');
    await writeFile(bad, 'from,to,km\nLima,Gotham City,3\nIca,Puno,far\n');
    const result = await runTorneo([
      'draw',
      'peru-departments',
      '--groups',
      '6',
      '--distances',
      bad,
    ]);
    expect(result).toEqual({
      stdout: '',
      stderr: [
        `torneo: Invalid distances file at ${bad} line 2: expected a club of the draw, received "Gotham City"`,
        `torneo: Invalid distances file at ${bad} line 3: expected a distance of 0 or more, received "far"`,
        '',
      ].join('\n'),
      code: 2,
    });
  });

  test('names the club it does not know and a constraint it cannot meet', async () => {
    expect(
      await runTorneo(['draw', 'peru-departments', '--groups', '6', '--pot', 'Lima,Atlantis']),
    ).toMatchObject({ stderr: expect.stringMatching(/^torneo: Unknown club "Atlantis"/), code: 2 });
    expect(
      await runTorneo(['draw', 'peru-departments', '--groups', '2', '--apart', 'Lima,Callao,Ica']),
    ).toEqual({
      stdout: '',
      stderr:
        'torneo: 3 clubs must be kept apart (Lima, Callao, Ica) but there are only 2 groups\n',
      code: 2,
    });
  });

  test('says what is wrong with an instance whose matrix is not square, whose names do not match it, or that has no clubs', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const ragged = join(folder, 'ragged.json');
    await writeFile(ragged, '{"distances":[[0,4,5],[4,0],[5,6,0]]}');
    expect(await runTorneo(['draw', ragged, '--groups', '2'])).toEqual({
      stdout: '',
      stderr: `torneo: Invalid grouping instance at ${ragged} distances[1]: expected 3 distances, one per club (the matrix is square), received 2\n`,
      code: 2,
    });
    // A row missing where the instance says how many clubs it has: the count is named.
    const short = join(folder, 'short.json');
    await writeFile(short, '{"n":4,"distances":[[0,4,5,1],[4,0,6,2],[5,6,0,3]]}');
    expect(await runTorneo(['draw', short, '--groups', '2'])).toMatchObject({
      stderr: `torneo: Invalid grouping instance at ${short} distances: expected 4 rows, one per club (as n says), received 3\n`,
      code: 2,
    });
    // A value of the wrong kind: where it is and what was expected, in words.
    const far = join(folder, 'far.json');
    await writeFile(
      far,
      '{"teams":[{"lat":-12,"lon":-77},{"lat":-112,"lon":-71},{"lat":0,"lon":0}]}',
    );
    expect(await runTorneo(['draw', far, '--groups', '2'])).toMatchObject({
      stderr: `torneo: Invalid value at ${far} teams[1].lat: expected a latitude in degrees, from -90 to 90, received -112\n`,
      code: 2,
    });
    // A distance no season could sum: refused, not left to overflow the totals.
    const vast = join(folder, 'vast.json');
    await writeFile(vast, '{"distances":[[0,4,5],[4,0,2e9],[5,6,0]]}');
    expect(await runTorneo(['draw', vast, '--groups', '2'])).toEqual({
      stdout: '',
      stderr: `torneo: Invalid value at ${vast} distances[1][2]: expected a distance of at most 1,000,000,000, received 2000000000\n`,
      code: 2,
    });
    // Names for some of the clubs only: refused, not filled in with numbers.
    const unnamed = join(folder, 'unnamed.json');
    await writeFile(unnamed, '{"distances":[[0,4,5],[4,0,6],[5,6,0]],"teams":[{"city":"Ica"}]}');
    expect(await runTorneo(['draw', unnamed, '--groups', '2'])).toEqual({
      stdout: '',
      stderr: `torneo: Invalid grouping instance at ${unnamed} teams: expected 3 teams, one per row of distances, received 1\n`,
      code: 2,
    });
    // A club named alone, as a TTP instance names its teams, is read; an empty name is not.
    const named = join(folder, 'named.json');
    await writeFile(
      named,
      '{"distances":[[0,4,5,9],[4,0,6,9],[5,6,0,1],[9,9,1,0]],"teams":["Ica","Pisco","Nasca",""]}',
    );
    expect(await runTorneo(['draw', named, '--groups', '2'])).toMatchObject({
      stderr: `torneo: Invalid value at ${named} teams[3]: expected a club: its name, or { name?, city?, region?, lat and lon, or x and y }, received ""\n`,
      code: 2,
    });
    await writeFile(
      named,
      '{"distances":[[0,4,5,9],[4,0,6,9],[5,6,0,1],[9,9,1,0]],"teams":["Ica","Pisco","Nasca",{"city":"Palpa"}]}',
    );
    expect(
      JSON.parse((await runTorneo(['draw', named, '--groups', '2', '--json'])).stdout),
    ).toMatchObject({
      groups: [
        [0, 1],
        [2, 3],
      ],
      cost: 5,
      optimal: true,
    });
    // The same as a matrix of distances in text, the names before the rows.
    const matrix = join(folder, 'named.tsv');
    await writeFile(
      matrix,
      'Ica\t0\t4\t5\t9\nPisco\t4\t0\t6\t9\nNasca\t5\t6\t0\t1\nPalpa\t9\t9\t1\t0\n',
    );
    expect(await runTorneo(['draw', matrix, '--groups', '2'])).toMatchObject({
      stdout: expect.stringMatching(/^Group 1 \(4\): Ica, Pisco\nGroup 2 \(1\): Nasca, Palpa\n/),
      code: 0,
    });
    const empty = join(folder, 'empty.json');
    await writeFile(empty, '{"teams":[]}');
    expect(await runTorneo(['draw', empty, '--groups', '2'])).toMatchObject({
      stderr: expect.stringMatching(/received no clubs\n$/),
      code: 2,
    });
  });

  test('refuses sizes that do not add up to the clubs', async () => {
    const result = await runTorneo(['draw', 'peru-departments', '--sizes', '5,5']);
    expect(result).toEqual({
      stdout: '',
      stderr: 'torneo: the sizes 5,5 add up to 10, not to the 25 clubs\n',
      code: 2,
    });
  });
});

describe.concurrent('torneo fixtures', () => {
  const FINAL_ROUND = [
    '# A final round in one city, before its fixtures are made.',
    'competition: Copa Perú',
    'edition: "2026"',
    'rules: copa-peru',
    'clubs:',
    '  - { id: a, name: Aurora }',
    '  - { id: b, name: CNI }',
    '  - { id: c, name: Deportivo Garcilaso }',
    '  - { id: d, name: Mariano Santos }',
    '  - { id: e, name: Unión Juventud }',
    '  - { id: f, name: Aurich-Cañaña }',
    'stages:',
    '  - id: final',
    '    name: Final Stage',
    '    kind: league',
    '    singleVenue: true',
    '    entrants: [{ club: a }, { club: b }, { club: c }, { club: d }, { club: e }, { club: f }]',
    '    rounds: []',
    '',
  ].join('\n');

  /** The same clubs home and away: at one venue, no order of the matches saves any travel. */
  const HOME_AND_AWAY = FINAL_ROUND.replace('    singleVenue: true\n', '');

  /** The same, home and away, every club located (by city, department or coordinates). */
  const LOCATED_FINAL_ROUND = HOME_AND_AWAY.replace(
    'name: Aurora }',
    'name: Aurora, city: Arequipa, region: Arequipa }',
  )
    .replace('name: CNI }', 'name: CNI, city: Iquitos, region: Loreto }')
    .replace('name: Deportivo Garcilaso }', 'name: Deportivo Garcilaso, region: Cusco }')
    .replace('name: Mariano Santos }', 'name: Mariano Santos, lat: -9.2953, lon: -75.9957 }')
    .replace('name: Unión Juventud }', 'name: Unión Juventud, city: Chimbote, region: Áncash }')
    .replace('name: Aurich-Cañaña }', 'name: Aurich-Cañaña, region: Lambayeque }');

  test('makes a final round in one city: fixtures, dates, triple-headers, written into the edition', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), FINAL_ROUND);
    const made = await runTorneo([
      'fixtures',
      folder,
      '--stage',
      'final',
      '--start',
      '1994-01-02',
      '--weekdays',
      'dom,mié',
      '--venues',
      'Estadio Nacional',
      '--kickoffs',
      '13:00,15:15,17:30',
      '--write',
      '--json',
    ]);
    expect(made.code).toBe(0);
    const [plan] = JSON.parse(made.stdout) as {
      valid: boolean;
      breaks: number;
      rounds: { date: string; matches: { time: string; venue: string }[] }[];
    }[];
    expect(plan).toMatchObject({ valid: true, breaks: 4 });
    expect(plan?.rounds.map((round) => round.date)).toEqual([
      '1994-01-02',
      '1994-01-05',
      '1994-01-09',
      '1994-01-12',
      '1994-01-16',
    ]);
    const written = await readFile(join(folder, 'edition.yaml'), 'utf8');
    expect(written).toContain('# A final round in one city, before its fixtures are made.');
    expect(written).toContain('time: "17:30"');
    // The edition reads back with 15 fixtures to play, and its calendar has kick-offs and the ground.
    const state = JSON.parse((await runTorneo(['edition', folder, '--json'])).stdout) as {
      stages: { groups: { pending: number }[] }[];
    };
    expect(state.stages[0]?.groups[0]?.pending).toBe(15);
    const ics = (await runTorneo(['render', folder, '--to', 'ics'])).stdout;
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(15);
    expect(ics).toContain('DTSTART:19940102T130000');
    expect(ics).toContain('LOCATION:Estadio Nacional');
    // Its fixtures exist now: making them again is asked for explicitly.
    const again = await runTorneo(['fixtures', folder, '--stage', 'final', '--write']);
    expect(again).toMatchObject({ code: 2, stdout: '' });
    expect(again.stderr).toMatch(/nothing to write/);
  });

  test("schedules an edition's league for travel and writes it as the stage's fixtures", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), LOCATED_FINAL_ROUND);
    const result = await runTorneo([
      'schedule',
      folder,
      '--stage',
      'final',
      '--iterations',
      '300000',
      '--write',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const schedule = JSON.parse(result.stdout) as {
      violations: number;
      rounds: [string, string][][];
    };
    expect(schedule.violations).toBe(0);
    expect(schedule.rounds).toHaveLength(10);
    const state = JSON.parse((await runTorneo(['edition', folder, '--json'])).stdout) as {
      stages: { groups: { pending: number }[] }[];
    };
    expect(state.stages[0]?.groups[0]?.pending).toBe(30);
  });

  /** `schedule --write` of `document`'s final refused with `message`, the file left as it was. */
  const schedulingRefused = async (folder: string, document: string, message: string) => {
    await writeFile(join(folder, 'edition.yaml'), document);
    expect(await runTorneo(['schedule', folder, '--stage', 'final', '--write'])).toEqual({
      stdout: '',
      stderr: `torneo: ${message}\n`,
      code: 2,
    });
    expect(await readFile(join(folder, 'edition.yaml'), 'utf8')).toBe(document);
  };

  test('refuses to search for travel at one venue, and writes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const lima = LOCATED_FINAL_ROUND.replace(
      '    kind: league\n',
      '    kind: league\n    host: Lima\n',
    );
    await schedulingRefused(
      folder,
      lima,
      "Final Stage is played at one venue, in Lima: the order of its matches changes no club's travel, so a round robin needs no travel search (fixtures makes one)",
    );
  });

  test("schedules an edition's league on the user's own distances, and refuses them without one", async () => {
    // The clubs of this final round are nowhere on the map: the hours alone measure them.
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    await writeFile(join(folder, 'edition.yaml'), HOME_AND_AWAY);
    const clubs = [
      'Aurora',
      'CNI',
      'Deportivo Garcilaso',
      'Mariano Santos',
      'Unión Juventud',
      'Aurich-Cañaña',
    ];
    // Every pair an hour apart but Aurora and CNI, twelve: no schedule travels less than
    // the hours the search's bound counts, and it proves its own optimal.
    const pairs = clubs.flatMap((a, i) =>
      clubs.slice(i + 1).map((b) => `${a},${b},${a === 'Aurora' && b === 'CNI' ? 12 : 1}`),
    );
    const hours = join(folder, 'hours.csv');
    await writeFile(hours, ['from,to,hours', ...pairs].join('\n'));
    const schedule = ['schedule', folder, '--stage', 'final', '--iterations', '300000'];
    const result = await runTorneo([...schedule, '--distances', hours, '--json']);
    expect(result.code).toBe(0);
    const made = JSON.parse(result.stdout) as {
      distance: number;
      optimal: boolean;
      rounds: [string, string][][];
    };
    expect(made.optimal).toBe(true);
    // Measured again on the hours: each club's way to every venue and back, in order.
    const hoursOf = (a: string, b: string) =>
      a === b ? 0 : (a === 'Aurora' && b === 'CNI') || (a === 'CNI' && b === 'Aurora') ? 12 : 1;
    let travelled = 0;
    for (const club of clubs) {
      let at = club;
      for (const round of made.rounds) {
        const game = round.find((pair) => pair.includes(club)) as [string, string];
        travelled += hoursOf(at, game[0]);
        at = game[0];
      }
      travelled += hoursOf(at, club);
    }
    expect(made.distance).toBe(travelled);
    // Printed in the file's measure, hours, as is a draw of the same clubs.
    const text = await runTorneo([...schedule, '--distances', hours]);
    expect(text.stdout).toContain(`\nTotal travel ${travelled} h (optimal)`);
    const draw = await runTorneo([
      'draw',
      folder,
      '--stage',
      'final',
      '--groups',
      '2',
      '--distances',
      hours,
    ]);
    expect(draw.stdout).toMatch(
      /^Group 1 \(\d+ h\): .*\nTotal \d+ h; lower bound \d+ h \(optimal/s,
    );
    // One file for the whole edition serves a stage of five of its clubs: the pairs of the
    // sixth, a club of the edition outside the stage, are passed over.
    const five = join(folder, 'five');
    await mkdir(five);
    await writeFile(join(five, 'edition.yaml'), HOME_AND_AWAY.replace(', { club: f }]', ']'));
    const fewer = await runTorneo([
      'schedule',
      five,
      '--stage',
      'final',
      '--iterations',
      '300000',
      '--distances',
      hours,
      '--json',
    ]);
    expect(fewer.code).toBe(0);
    const { rounds } = JSON.parse(fewer.stdout) as { rounds: [string, string][][] };
    expect(new Set(rounds.flat(2))).toEqual(new Set(clubs.slice(0, 5)));
    // Placed at their cities, the same clubs are measured in kilometres without the hours.
    const located = join(folder, 'located');
    await mkdir(located);
    await writeFile(join(located, 'edition.yaml'), LOCATED_FINAL_ROUND);
    const km = await runTorneo([
      'schedule',
      located,
      '--stage',
      'final',
      '--iterations',
      '300000',
      '--json',
    ]);
    expect((JSON.parse(km.stdout) as { distance: number }).distance).toBeGreaterThan(1000);
    // A pair left out leaves two clubs without a place unmeasured.
    const short = join(folder, 'short.csv');
    await writeFile(short, ['from,to,hours', ...pairs.slice(1)].join('\n'));
    const refused = await runTorneo([...schedule, '--distances', short]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'or its distance to every other club, which is missing to CNI, received "Aurora"',
    );
    const bad = join(folder, 'bad.csv');
    await writeFile(bad, 'from,to,hours\nAurora,Alianza Lima,3\n');
    expect(await runTorneo([...schedule, '--distances', bad])).toMatchObject({
      stdout: '',
      stderr: expect.stringContaining(
        `torneo: Invalid distances file at ${bad} line 2: expected a club of the edition, received "Alianza Lima"\n`,
      ),
      code: 2,
    });
    const nl4 = join(ROOT, '../shared/bench/ttp/NL4.json');
    expect(await runTorneo(['schedule', nl4, '--distances', hours])).toMatchObject({
      stderr: expect.stringContaining('--distances measures the clubs of an edition'),
      code: 2,
    });
  });

  test('schedules an odd number of clubs with one resting each round, proves it optimal, and writes it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    // Five of the six clubs.
    await writeFile(
      join(folder, 'edition.yaml'),
      LOCATED_FINAL_ROUND.replace(', { club: f }]', ']'),
    );
    const schedule = ['schedule', folder, '--stage', 'final', '--iterations', '400000'];
    const text = await runTorneo(schedule);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    // Two matches and one club resting in every round, each club resting twice.
    for (const line of lines.slice(0, 10)) {
      expect(line).toMatch(/^Round \d+: [^,;]+ v [^,;]+, [^,;]+ v [^,;]+; [^,;]+ rests$/);
    }
    expect(text.stdout.match(/CNI rests/g)).toHaveLength(2);
    expect(lines[10]).toMatch(/^Total travel \d+ km \(optimal\)$/);
    const written = await runTorneo([...schedule, '--write', '--json']);
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ violations: 0, optimal: true });
    const state = JSON.parse((await runTorneo(['edition', folder, '--json'])).stdout) as {
      stages: { groups: { pending: number }[] }[];
    };
    expect(state.stages[0]?.groups[0]?.pending).toBe(20);
    // Two clubs cannot play a travel-aware double round robin: nothing is written.
    const two = HOME_AND_AWAY.replace(
      '[{ club: a }, { club: b }, { club: c }, { club: d }, { club: e }, { club: f }]',
      '[{ club: a }, { club: b }]',
    )
      .replace('name: Aurora }', 'name: Aurora, city: Arequipa }')
      .replace('name: CNI }', 'name: CNI, city: Iquitos }');
    await schedulingRefused(
      folder,
      two,
      'a travel-aware double round robin needs 3 clubs or more: with 2, the two meet in two rounds running',
    );
  });

  test('refuses a stage with played matches, or whose clubs are not known yet, and changes nothing', async () => {
    const played = await runTorneo([
      'fixtures',
      join(ROOT, 'examples/copa-peru-1993'),
      '--stage',
      'final',
      '--regenerate',
    ]);
    expect(played).toEqual({
      stdout: '',
      stderr:
        'torneo: Final Stage has played matches: its fixtures and dates are kept as recorded\n',
      code: 2,
    });
    const knockout = await runTorneo([
      'fixtures',
      join(ROOT, 'examples/copa-peru-1993'),
      '--stage',
      'departmental',
    ]);
    expect(knockout.stderr).toMatch(/is a qualification stage: fixtures are made for league/);
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const open = FINAL_ROUND.replace(
      '{ club: f }]',
      '{ stage: departmental, qualifier: Cusco }]',
    ).replace(
      'stages:\n',
      [
        'stages:',
        '  - id: departmental',
        '    name: Departmental Stage',
        '    kind: qualification',
        '    matchesUnknown: true',
        '    entrants: []',
        '    qualified: [{ label: Cusco }]',
        '',
      ].join('\n'),
    );
    await writeFile(join(folder, 'edition.yaml'), open);
    const unsettled = await runTorneo(['fixtures', folder, '--stage', 'final', '--write']);
    expect(unsettled.code).toBe(2);
    expect(unsettled.stderr).toMatch(
      /^torneo: Final Stage is not settled yet \(.+\): fixtures need its clubs\n$/,
    );
    expect(await readFile(join(folder, 'edition.yaml'), 'utf8')).toBe(open);
  });

  test('refuses a group the stage does not have, rather than take the whole stage, and a stage that takes no fixtures', async () => {
    const ungrouped = await runTorneo([
      'schedule',
      join(ROOT, 'examples/copa-peru-1993'),
      '--stage',
      'regional',
      '--group',
      'a',
    ]);
    expect(ungrouped).toEqual({
      stdout: '',
      stderr:
        'torneo: Unknown group "a": Regional Stage is a qualification stage, without groups: leave the group out\n',
      code: 2,
    });
    const unknown = await runTorneo([
      'schedule',
      join(ROOT, 'examples/copa-peru-2009-style'),
      '--stage',
      'regional',
      '--group',
      'region-ix',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^torneo: Unknown group "region-ix": the groups of Regional Stage are region-i, /,
    );
    const league = await runTorneo([
      'fixtures',
      join(ROOT, 'examples/league-double-round-robin'),
      '--stage',
      'league',
      '--group',
      'a',
    ]);
    expect(league).toEqual({
      stdout: '',
      stderr:
        'torneo: no group "a" in League: it is a league stage, without groups; leave the group out\n',
      code: 2,
    });
    // Refused before any search: its 25 clubs would otherwise be scheduled first.
    expect(
      await runTorneo(['schedule', join(ROOT, 'examples/copa-peru-1993'), '--stage', 'regional']),
    ).toEqual({
      stdout: '',
      stderr:
        'torneo: Regional Stage is a qualification stage: fixtures are made for league, table and groups stages\n',
      code: 2,
    });
  });
});

describe.concurrent('torneo locate', () => {
  test('finds a town offline and says when a name is ambiguous', async () => {
    const found = await runTorneo(['locate', 'Tingo María', '--json']);
    expect(JSON.parse(found.stdout)).toMatchObject({ name: 'Tingo María', country: 'PE' });
    const ambiguous = await runTorneo(['locate', 'San Martín', '--country', 'PE']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^torneo: 2 places are called San Martín: .*--region\n$/);
  });
});

describe.concurrent('torneo schedule', () => {
  test('refuses an instance with an endless distance, saying where and what was expected', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'endless.json');
    await writeFile(file, '{"distances":[[0,1,2,3],[1,0,1e999,2],[2,1e999,0,1],[3,2,1,0]]}');
    const { stderr, code } = await runTorneo(['schedule', file]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      'endless.json distances row 2, column 3: expected a finite distance, none negative, received Infinity',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('schedules NL4 at its optimum and proves it, a valid double round robin', async () => {
    const { stdout, code } = await runTorneo([
      'schedule',
      join(ROOT, '../shared/bench/ttp/NL4.json'),
      '--iterations',
      '200000',
      '--json',
    ]);
    expect(code).toBe(0);
    const schedule = JSON.parse(stdout) as {
      distance: number;
      violations: number;
      rounds: [number, number][][];
    };
    expect(schedule).toMatchObject({ distance: 8276, violations: 0, optimal: true });
    expect(schedule.rounds).toHaveLength(6);
    const text = await runTorneo([
      'schedule',
      join(ROOT, '../shared/bench/ttp/NL6.json'),
      '--seconds',
      '1',
    ]);
    expect(text.stdout).toMatch(
      /Total travel \d+ \((optimal|no schedule travels less than \d+)\); (best known 23916, this one \d+\.\d\d % longer|as short as the best known)\n$/,
    );
  });

  test('runs searches side by side with --workers and says which seed found the schedule', async () => {
    const nl8 = join(ROOT, '../shared/bench/ttp/NL8.json');
    const side = ['schedule', nl8, '--iterations', '150000', '--seed', '4', '--workers', '2'];
    const json = await runTorneo([...side, '--json']);
    expect(json.code).toBe(0);
    // At this budget seed 5 travels less than seed 4 (39,776 against 40,059).
    expect(JSON.parse(json.stdout)).toMatchObject({ distance: 39776, seed: 5, violations: 0 });
    const text = await runTorneo(side);
    expect(text.stdout).toMatch(/Total travel 39776 .*; found from seed 5\n$/);
  });

  test("schedules a matrix of distances as text, the problem's data files or a spreadsheet's", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const bare = join(folder, 'data4.txt');
    const nl4 = JSON.parse(await readFile(join(ROOT, '../shared/bench/ttp/NL4.json'), 'utf8')) as {
      distances: number[][];
    };
    await writeFile(bare, nl4.distances.map((row) => row.join('  ')).join('\n'));
    const json = await runTorneo(['schedule', bare, '--iterations', '200000', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ distance: 8276, optimal: true });

    const named = join(folder, 'ica.csv');
    await writeFile(
      named,
      'km,Ica,Pisco,Nasca,Chincha\nIca,0,72,140,110\nPisco,72,0,205,40\nNasca,140,205,0,245\nChincha,110,40,245,0\n',
    );
    const text = await runTorneo(['schedule', named, '--iterations', '200000']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Round 1: .*Chincha/);
    expect(text.stdout).toMatch(/Total travel \d+ \(optimal\)\n$/);

    await writeFile(named, ',Ica,Pisco\nIca,0,72\nPisco,72,0,1\n');
    const refused = await runTorneo(['schedule', named]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'ica.csv line 3: expected a name and 2 distances, one per row (the matrix is square), received 3 distances',
    );
  });

  test('tells an edition given without its stage to name one', async () => {
    const { stderr, code } = await runTorneo([
      'schedule',
      join(ROOT, 'examples/copa-peru-1993/edition.yaml'),
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('name one with --stage: departmental, regional, final');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('schedules a RobinX XML instance with its own limit on games in a row', async () => {
    const nl6 = JSON.parse(await readFile(join(ROOT, '../shared/bench/ttp/NL6.json'), 'utf8')) as {
      teams: string[];
      distances: number[][];
    };
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'nl6-runs-of-2.xml');
    await writeFile(file, robinXInstance(nl6.teams, nl6.distances, 2));
    const { stdout, code } = await runTorneo(['schedule', file, '--seconds', '2', '--json']);
    expect(code).toBe(0);
    const schedule = JSON.parse(stdout) as { distance: number; rounds: [number, number][][] };
    expect(schedule.rounds).toHaveLength(10);
    // At most 2 home or away games in a row for every team, as the instance says.
    for (let team = 0; team < 6; team += 1) {
      const sides = schedule.rounds.map((round) =>
        round.some(([home]) => home === team) ? 'H' : 'A',
      );
      expect(sides.join('')).not.toMatch(/HHH|AAA/);
    }
    expect(schedule.distance).toBeGreaterThanOrEqual(23916);

    await writeFile(
      file,
      robinXInstance(nl6.teams, nl6.distances, 3).replace('min="1"', 'min="0"'),
    );
    const refused = await runTorneo(['schedule', file]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('<SeparationConstraints>');
    expect(refused.stderr).toContain('SE1 with min 1');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.concurrent('torneo schedule --verify', () => {
  test('checks a schedule of an instance on its own: exit 0 and its travel, or 1 and what is wrong', async () => {
    const nl6 = join(ROOT, '../shared/bench/ttp/NL6.json');
    const made = await runTorneo(['schedule', nl6, '--seconds', '1', '--json']);
    const schedule = JSON.parse(made.stdout) as { distance: number; rounds: [number, number][][] };
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const file = join(folder, 'nl6.json');
    await writeFile(file, made.stdout);
    const valid = await runTorneo(['schedule', nl6, '--verify', file]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe(
      `Valid: 6 teams in 10 rounds, each pair once at each venue, at most 3 home or away in a row, no immediate rematch.\nTotal travel ${schedule.distance} (best known 23916)\n`,
    );
    // The first game of the first round played the other way round: one pair meets twice at one
    // ground and never at the other.
    const [home, away] = schedule.rounds[0]?.[0] ?? [0, 0];
    schedule.rounds[0]?.splice(0, 1, [away, home]);
    await writeFile(file, JSON.stringify(schedule));
    const broken = await runTorneo(['schedule', nl6, '--verify', file, '--json']);
    expect(broken.code).toBe(1);
    const verdict = JSON.parse(broken.stdout) as { valid: boolean; problems: string[] };
    expect(verdict.valid).toBe(false);
    const { teams } = JSON.parse(await readFile(nl6, 'utf8')) as { teams: string[] };
    expect(verdict.problems).toContain(`${teams[away]} hosts ${teams[home]} 2 times, not once`);
  });

  test('schedules and checks an instance of 5 teams, one resting each round; refuses one of 2', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'torneo-'));
    const instance = join(folder, 'five.json');
    // Five of NL6's teams.
    const nl6 = JSON.parse(await readFile(join(ROOT, '../shared/bench/ttp/NL6.json'), 'utf8')) as {
      teams: string[];
      distances: number[][];
    };
    const distances = nl6.distances.slice(0, 5).map((row) => row.slice(0, 5));
    await writeFile(instance, JSON.stringify({ teams: nl6.teams.slice(0, 5), distances }));
    const made = await runTorneo(['schedule', instance, '--iterations', '400000', '--json']);
    expect(made.code).toBe(0);
    const schedule = JSON.parse(made.stdout) as { distance: number; rounds: number[][][] };
    expect(schedule.rounds).toHaveLength(10);
    const file = join(folder, 'schedule.json');
    await writeFile(file, made.stdout);
    expect(await runTorneo(['schedule', instance, '--verify', file])).toEqual({
      stdout: `Valid: 5 teams in 10 rounds, one team resting in each round and none in two running, each pair once at each venue, at most 3 home or away in a row, no immediate rematch.\nTotal travel ${schedule.distance}\n`,
      stderr: '',
      code: 0,
    });
    // The team resting in round 1 rests once more: that round swapped into second place makes
    // it rest two rounds running.
    const rests = schedule.rounds.map(
      (round) => [0, 1, 2, 3, 4].find((team) => !round.flat().includes(team)) as number,
    );
    const r = rests.findIndex((team, k) => k > 1 && team === rests[0]);
    const swapped = [...schedule.rounds];
    [swapped[1], swapped[r]] = [swapped[r] as number[][], swapped[1] as number[][]];
    await writeFile(file, JSON.stringify(swapped));
    const broken = await runTorneo(['schedule', instance, '--verify', file, '--json']);
    expect(broken.code).toBe(1);
    expect((JSON.parse(broken.stdout) as { problems: string[] }).problems).toContain(
      `${nl6.teams[rests[0] as number]} rests in rounds 1 and 2`,
    );
    await writeFile(instance, '{"distances":[[0,5],[5,0]]}');
    const two = await runTorneo(['schedule', instance]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('for 3 teams or more');
  });
});

/** A RobinX travel instance with a hard limit of `runs` home or away games in a row. */
function robinXInstance(teams: string[], distances: number[][], runs: number): string {
  const pairs = distances.flatMap((row, i) =>
    row.map((dist, j) => `<distance dist="${dist}" team1="${i}" team2="${j}"/>`),
  );
  const limit = (mode: string) =>
    `<CA3 intp="${runs + 1}" max="${runs}" min="0" mode1="${mode}" mode2="GAMES" penalty="1" teamGroups1="0" teamGroups2="0" type="HARD"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Instance>
  <Structure><Format leagueIds="0"><numberRoundRobin>2</numberRoundRobin><compactness>C</compactness></Format></Structure>
  <ObjectiveFunction><Objective>TR</Objective></ObjectiveFunction>
  <Data><Distances>${pairs.join('')}</Distances></Data>
  <Resources><Teams>${teams.map((name, id) => `<team id="${id}" league="0" name="${name}"/>`).join('')}</Teams></Resources>
  <Constraints>
    <CapacityConstraints>${limit('H')}${limit('A')}</CapacityConstraints>
    <SeparationConstraints><SE1 max="10" min="1" penalty="1" teamGroups="0" type="HARD"/></SeparationConstraints>
  </Constraints>
</Instance>
`;
}

describe.concurrent('torneo forecast', () => {
  const EDITION = join(ROOT, 'examples/copa-peru-1993');

  test('forecasts the 1993 final round as of round 4: chances, places and marks, as JSON and as a table', async () => {
    const { stdout, code } = await runTorneo([
      'forecast',
      EDITION,
      '--as-of',
      '4',
      '--simulations',
      '2000',
      '--seed',
      '4',
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      simulations: number;
      seed: number;
      clubs: {
        club: string;
        expectedPoints: number;
        positions: number[];
        outcomes: Record<string, number>;
        clinched: string[];
        eliminated: string[];
      }[];
      matches: { home: string; away: string }[];
    };
    expect(result).toMatchObject({ simulations: 2000, seed: 4 });
    expect(result.matches.map((match) => `${match.home} v ${match.away}`)).toEqual([
      'Deportivo Garcilaso v Mariano Santos',
      'Unión Juventud v CNI',
      'Aurich-Cañaña v Aurora',
    ]);
    for (const club of result.clubs) {
      expect(club.positions.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
    }
    // Every match's chances can be rebuilt from its expected goals and the model's ρ.
    const { rho, maxGoals } = (result as unknown as { model: { rho: number; maxGoals: number } })
      .model;
    const poisson = (mean: number, k: number) => {
      let p = Math.exp(-mean);
      for (let i = 1; i <= k; i += 1) p = (p * mean) / i;
      return p;
    };
    const tau = (x: number, y: number, h: number, a: number) =>
      x === 0 && y === 0
        ? 1 - h * a * rho
        : x === 0 && y === 1
          ? 1 + h * rho
          : x === 1 && y === 0
            ? 1 + a * rho
            : x === 1 && y === 1
              ? 1 - rho
              : 1;
    for (const match of result.matches as unknown as {
      expectedGoals: [number, number];
      chances: { home: number; draw: number; away: number };
    }[]) {
      const [h, a] = match.expectedGoals;
      const sums = { home: 0, draw: 0, away: 0, all: 0 };
      for (let x = 0; x <= maxGoals; x += 1) {
        for (let y = 0; y <= maxGoals; y += 1) {
          const p = poisson(h, x) * poisson(a, y) * tau(x, y, h, a);
          sums.all += p;
          if (x > y) sums.home += p;
          else if (x === y) sums.draw += p;
          else sums.away += p;
        }
      }
      expect(sums.home / sums.all).toBeCloseTo(match.chances.home, 9);
      expect(sums.draw / sums.all).toBeCloseTo(match.chances.draw, 9);
    }
    // After round 4 the three clubs at the bottom can no longer win the final round.
    const out = result.clubs.filter((club) => club.eliminated.includes('champion'));
    expect(out.map((club) => club.club).sort()).toEqual([
      'CNI',
      'Deportivo Garcilaso',
      'Unión Juventud',
    ]);
    const table = await runTorneo(['forecast', EDITION, '--as-of', '4', '--simulations', '500']);
    expect(table.stdout).toMatch(
      /^Forecast of Final Stage \(final\): 500 simulated seasons \(seed 1;/,
    );
    expect(table.stdout).toContain('out of champion');
    // `simulate`, the design's word for it, is the same command.
    const simulated = await runTorneo([
      'simulate',
      EDITION,
      '--as-of',
      '4',
      '--simulations',
      '500',
    ]);
    expect(simulated.stdout).toBe(table.stdout);
  });

  test('refuses an exact forecast with too many matches left, and a bad option, with one line', async () => {
    const exact = await runTorneo(['forecast', EDITION, '--as-of', '1', '--exact']);
    expect(exact.code).toBe(2);
    expect(exact.stderr).toMatch(/^torneo: .*combinations of scores/);
    expect(exact.stderr.trim().split('\n')).toHaveLength(1);
    const bad = await runTorneo(['forecast', EDITION, '--precision', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a number between 0 and 1');
  });

  test('forecasts one group of a groups stage, and names the groups there are when one is not', async () => {
    const regions = join(ROOT, 'examples/copa-peru-2009-style');
    const args = ['forecast', regions, '--as-of', '2009-09-13', '--simulations', '300'];
    const one = await runTorneo([...args, '--group', 'region-iii', '--json']);
    expect(one.code).toBe(0);
    const result = JSON.parse(one.stdout) as { group: string; clubs: { club: string }[] };
    expect(result.group).toBe('region-iii');
    expect(result.clubs.map((club) => club.club).sort()).toEqual([
      'Atlético Región III',
      'Defensor Región III',
      'Sport Región III',
    ]);
    const wrong = await runTorneo([...args, '--group', 'region-ix']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'no group "region-ix" in Regional Stage (its groups are region-i,',
    );
  });
});

describe.concurrent('torneo needs', () => {
  const EDITION = join(ROOT, 'examples/copa-peru-1993');
  test('says what a club needs, in English and in Spanish, and refuses an unknown club', async () => {
    const english = await runTorneo([
      'needs',
      EDITION,
      'Aurich-Cañaña',
      'champion',
      '--as-of',
      '4',
    ]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('- not lose v Aurora');
    const spanish = await runTorneo([
      'needs',
      EDITION,
      'aurich-canana',
      'champion',
      '--as-of',
      '4',
      '--lang',
      'es',
      '--json',
    ]);
    expect(JSON.parse(spanish.stdout)).toMatchObject({
      club: 'Aurich-Cañaña',
      status: 'open',
      text: ['no perder ante Aurora'],
    });
    const unknown = await runTorneo(['needs', EDITION, 'Melgar', 'champion']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^torneo: .*Melgar/);
  });
});

describe.concurrent('torneo --help', () => {
  test("every command's help shows defaults a user can type, not empty lists or maps", async () => {
    const { stdout } = await runTorneo(['--help']);
    const commands = [...stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1] as string);
    expect(commands).toContain('draw');
    const helps = await Promise.all(commands.map((command) => runTorneo([command, '--help'])));
    const shown = helps.flatMap(({ stdout: help }, index) =>
      [...help.matchAll(/default:\s+(\[\]|\{\})/g)].map(
        (match) => `${commands[index]}: ${match[0]}`,
      ),
    );
    expect(shown).toEqual([]);
  });
});
