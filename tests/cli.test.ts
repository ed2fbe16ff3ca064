import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runTorneo } from './run-torneo.ts';

const FIXTURES = join(ROOT, 'tests/fixtures');
const DATABASE = join(ROOT, '../shared/data/englishfootball');

describe('torneo table', () => {
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

describe('torneo import, check and render', () => {
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
      `torneo: Invalid season file at ${path} line 1: expected a season article, an RSSSF page, a Football.TXT file, a results CSV or JSON with matches, tables or entrants, received nothing Torneo could read, starting "Shopping list"\n`,
    );
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

describe('torneo draw', () => {
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

  test('refuses sizes that do not add up to the clubs', async () => {
    const result = await runTorneo(['draw', 'peru-departments', '--sizes', '5,5']);
    expect(result).toEqual({
      stdout: '',
      stderr: 'torneo: the sizes 5,5 add up to 10, not to the 25 clubs\n',
      code: 2,
    });
  });
});

describe('torneo locate', () => {
  test('finds a town offline and says when a name is ambiguous', async () => {
    const found = await runTorneo(['locate', 'Tingo María', '--json']);
    expect(JSON.parse(found.stdout)).toMatchObject({ name: 'Tingo María', country: 'PE' });
    const ambiguous = await runTorneo(['locate', 'San Martín', '--country', 'PE']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^torneo: 2 places are called San Martín: .*--region\n$/);
  });
});

describe('torneo schedule', () => {
  test('schedules NL4 at its optimum, a valid double round robin', async () => {
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
    expect(schedule).toMatchObject({ distance: 8276, violations: 0 });
    expect(schedule.rounds).toHaveLength(6);
  });
});
