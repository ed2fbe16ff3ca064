import { type ForecastResult, roundOfPlace } from '#core/forecast/forecast.ts';
import type { Needs } from '#core/forecast/needs.ts';

/** Percentages as a reader wants them: "<0.1%" and ">99.9%" rather than a false 0 or 100. @internal */
function percent(p: number): string {
  if (p === 0) return '0';
  if (p === 1) return '100';
  if (p < 0.001) return '<0.1';
  if (p > 0.999) return '>99.9';
  return (p * 100).toFixed(1);
}

/**
 * A forecast as a table: each club's expected points, its chance of each place and of each
 * outcome (in per cent), the places it can still reach, what it has clinched and what is out of
 * reach; then the matches left with the model's chances. The stage is named by its name where
 * given, its id after it.
 */
export function formatForecastText(result: ForecastResult, stageName?: string): string {
  // A knockout's places are its rounds: the chance of reaching each is an outcome column, and a
  // club can finish through, or out in a round.
  const rounds = result.rounds;
  const places = rounds ? 0 : Math.max(...result.clubs.map((club) => club.positions.length));
  const outcomes = Object.keys(result.clubs[0]?.outcomes ?? {});
  const place = (at: number) =>
    !rounds ? String(at) : at === 1 ? 'through' : `out in ${roundOfPlace(rounds, at) ?? at}`;
  const header = [
    'Club',
    ...(rounds ? [] : ['Pts']),
    ...Array.from({ length: places }, (_, index) => `${index + 1}`),
    ...outcomes,
    'Can finish',
    'Marks',
  ];
  const rows = result.clubs.map((club) => [
    club.club,
    ...(rounds ? [] : [club.expectedPoints.toFixed(2)]),
    ...Array.from({ length: places }, (_, index) => percent(club.positions[index] ?? 0)),
    ...outcomes.map((outcome) => percent(club.outcomes[outcome] ?? 0)),
    `${place(club.positionRange.best)}${club.positionRange.worst === club.positionRange.best && rounds ? '' : `–${place(club.positionRange.worst)}`}${club.positionRange.exact ? '' : '*'}`,
    [
      ...club.clinched.map((outcome) => `clinched ${outcome}`),
      ...club.eliminated.map((outcome) => `out of ${outcome}`),
    ].join(', '),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === row.length - 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const how = result.exact
    ? 'every combination of scores of the matches left'
    : `${result.simulations.toLocaleString('en')} simulated seasons (seed ${result.seed}; largest standard error ${(Math.max(...result.clubs.map((club) => club.standardError)) * 100).toFixed(1)} points)`;
  const matches = result.matches.map(
    (match) =>
      `  ${match.home} v ${match.away}: ${percent(match.chances.home)} / ${percent(match.chances.draw)} / ${percent(match.chances.away)}  (${match.expectedGoals.map((goals) => goals.toFixed(2)).join('-')} expected goals, ${match.model})`,
  );
  return [
    `Forecast of ${stageName && stageName !== result.stage ? `${stageName} (${result.stage})` : result.stage}${result.group ? `, group ${result.group}` : ''}: ${how}. Chances in per cent.`,
    ...(result.settledGroups
      ? [
          `The groups still playing only: the places of the other ${result.settledGroups} are known, every match of theirs played.`,
        ]
      : []),
    '',
    line(header),
    ...rows.map(line),
    '',
    rounds
      ? '* through its last tie, while rounds of the stage are still open: whether its way goes on in them is not known yet.'
      : '* a place at the edge of the range depends on a tie on points that goals could break either way.',
    ...(result.undecided > 0
      ? [`${result.undecided} simulated seasons could not be finished and are left out.`]
      : []),
    '',
    `Matches left (home win / draw / away win, per cent):`,
    ...matches,
    ...(result.ratings && result.ratings.length > 0
      ? [
          '',
          'Ratings (Elo; attack and defence against the average side; the match that moved Elo most):',
          ...result.ratings.map(
            (rating) =>
              `  ${rating.club}: ${rating.elo.toFixed(0)}, ${rating.attack.toFixed(2)} / ${rating.defence.toFixed(2)}, ${rating.matches} matches${rating.movedMost[0] ? ` — ${rating.movedMost[0].match} (${rating.movedMost[0].change > 0 ? '+' : ''}${rating.movedMost[0].change.toFixed(1)})` : ''}`,
          ),
        ]
      : []),
    '',
  ].join('\n');
}

/** What a club needs, in a few lines, in the language it was asked in. */
export function formatNeedsText(needs: Needs): string {
  const es = needs.language === 'es';
  const head = `${needs.club} — ${needs.outcome}: `;
  if (needs.status === 'clinched')
    return `${head}${es ? 'asegurado pase lo que pase' : 'clinched whatever happens'}.\n`;
  if (needs.status === 'eliminated')
    return `${head}${es ? 'ya imposible pase lo que pase' : 'out of reach whatever happens'}.\n`;
  const ways =
    needs.text.length === 0
      ? [
          es
            ? '  ningún resultado de uno, dos o tres partidos basta por sí solo'
            : '  no set of results on one, two or three matches is enough on its own',
        ]
      : needs.text.map((line) => `  - ${line}`);
  return [
    `${head}${es ? 'seguro si se da cualquiera de estas' : 'certain if any one of these happens'}:`,
    ...ways,
    ...(needs.goalsCanDecide
      ? [
          es
            ? '  (con otros resultados, los goles todavía podrían decidirlo)'
            : '  (with other results, goals could still decide it)',
        ]
      : []),
    '',
  ].join('\n');
}
