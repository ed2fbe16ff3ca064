import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseSeasonText, readSeasonFile } from '#adapters/formats/read-season-file.ts';
import { withMatchIds } from '#core/format/match-ids.ts';
import { runEdition } from '#core/format/run-edition.ts';
import { rulesForRecord } from '#core/records/record-rules.ts';
import { recordToEdition } from '#core/records/record-to-edition.ts';

const ROOT = fileURLToPath(new URL('../../shared/data/openfootball-england/', import.meta.url));

async function files(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if ((await stat(path)).isDirectory()) found.push(...(await files(path)));
    else if (name.endsWith('.txt')) found.push(path);
  }
  return found.sort();
}

describe('every Football.TXT file of openfootball/england', () => {
  test('is told apart by its content and read without a warning, a full double round robin in its league stage', async () => {
    const paths = await files(ROOT);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const record = await readSeasonFile(path);
      expect({ path, format: record.format, warnings: record.warnings }).toEqual({
        path,
        format: 'footballtxt',
        warnings: [],
      });
      const league =
        record.stages[0]?.groups.flatMap((group) =>
          group.rounds.flatMap((round) => round.matches),
        ) ?? [];
      const clubs = record.clubs.length;
      // 2025-26 is in progress: a postponed fixture is listed at its first date and again later.
      if (path.includes('2025-26')) continue;
      // 2019-20 (curtailed) lists its cancelled fixtures too: every season has all its pairings.
      expect({ path, matches: league.length }).toEqual({ path, matches: clubs * (clubs - 1) });
    }
  });
});

describe('two-legged ties in Football.TXT', () => {
  test('make two-legged ties when stored, decided on aggregate and on penalties', () => {
    const text = [
      '= Copa de Ejemplo 2039',
      '',
      '» Quarterfinals, 1st Leg',
      'Tue Nov/8 2039',
      '  Union Andina   2-1  Club Ribereño',
      '  Atletico Selva 3-0  Frontera FC',
      '',
      '» Quarterfinals, 2nd Leg',
      'Tue Nov/15 2039',
      '  Club Ribereño  3-2 pen. 2-1  Union Andina',
      '  Frontera FC    1-1  Atletico Selva',
    ].join('\n');
    const record = parseSeasonText(text, 'ties.txt', {});
    expect(record.warnings).toEqual([]);
    const state = runEdition(withMatchIds(recordToEdition(record, rulesForRecord(record))));
    expect(
      state.stages.flatMap((stage) =>
        stage.ties.map((tie) => [tie.round, tie.legs.length, tie.winner, tie.decidedBy]),
      ),
    ).toEqual([
      ['Quarterfinals', 2, 'club-ribereno', 'on penalties 3-2'],
      ['Quarterfinals', 2, 'atletico-selva', 'on aggregate 4-1'],
    ]);
  });
});
