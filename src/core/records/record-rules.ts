import type { RuleSet } from '../model/rule-set.ts';
import type { RecordGroup, SeasonRecord } from '../model/season-record.ts';
import { resolveRulePreset } from '../rules/rule-preset.ts';
import { nameKey } from './club-names.ts';

/** Competitions whose names say which preset they use. */
const PRESET_BY_COMPETITION: readonly [RegExp, string][] = [[/\bcopa peru\b/, 'copa-peru']];

/**
 * How a record's tables are ranked: the preset asked for; else the preset of the competition the
 * record names (the Copa Perú's, by edition); else the plain modern league with the points for a
 * win that the source's own printed table shows (2 in 1930, 3 today).
 *
 * @example
 * rulesForRecord({ competition: 'Copa Perú', season: '1993', … })(group).points.win //=> 2
 */
export function rulesForRecord(
  record: SeasonRecord,
  options: { readonly preset?: string; readonly season?: number } = {},
): (group: RecordGroup) => RuleSet {
  const season = options.season ?? (Number.parseInt(record.season ?? '', 10) || undefined);
  const context = season === undefined ? {} : { season };
  const named =
    options.preset ??
    PRESET_BY_COMPETITION.find(([pattern]) => pattern.test(nameKey(record.competition ?? '')))?.[1];
  if (named !== undefined) {
    const rules = resolveRulePreset(named, context);
    return () => rules;
  }
  const base = resolveRulePreset('generic');
  const recordWide = inferWinPoints(record.stages.flatMap((stage) => stage.groups));
  return (group) => {
    const win = inferWinPoints([group]) ?? recordWide;
    if (win === undefined || win === base.points.win) return base;
    return {
      ...base,
      name: `generic, ${win} points a win (as the printed table shows)`,
      points: { ...base.points, win },
    };
  };
}

/** The points a win is worth in the printed tables, from rows without adjustments. @internal */
function inferWinPoints(groups: readonly RecordGroup[]): number | undefined {
  const votes = new Map<number, number>();
  for (const group of groups) {
    for (const row of group.published?.rows ?? []) {
      const { won, drawn, points } = row;
      if (won === undefined || drawn === undefined || points === undefined || won === 0) continue;
      if (row.notes.some((note) => /^[+-−]\s*\d/.test(note))) continue;
      const win = (points - drawn) / won;
      if (Number.isInteger(win) && win >= 1 && win <= 5) votes.set(win, (votes.get(win) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [win, count] of votes)
    if (best === undefined || count > (votes.get(best) ?? 0)) best = win;
  return best;
}
