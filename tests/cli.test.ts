import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const DATABASE = join(ROOT, '../shared/data/englishfootball');

/** Runs the CLI as a user would, and gives what it printed and its exit code. */
async function runTorneo(
  args: string[],
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bin/torneo.js'), ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

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
