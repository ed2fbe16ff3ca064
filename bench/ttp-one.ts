/**
 * @module One Traveling Tournament instance for the bench, in its own process (one core), from
 * one seed (1 unless given after the seconds): prints one JSON line
 * `{distance, valid, problem?, moves, optimal, bound?}`. Used by bench/run.ts, one at a time.
 */
import { readFile } from 'node:fs/promises';
import { checkTravelSchedule } from '#core/fixtures/check-schedule.ts';
import { scheduleTravellingTournament } from '#core/fixtures/travelling-tournament.ts';

const [file, seconds, seed] = process.argv.slice(2);
const instance = JSON.parse(await readFile(file ?? '', 'utf8')) as { distances: number[][] };
const schedule = scheduleTravellingTournament(instance.distances, {
  seed: Number(seed ?? 1),
  iterations: Number.MAX_SAFE_INTEGER,
  milliseconds: Number(seconds) * 1000,
});
// The checker stands apart from the search: it also measures the schedule's travel again.
const check = checkTravelSchedule(schedule.rounds, instance.distances);
const problems = [
  ...check.problems,
  ...(Math.abs(check.distance - schedule.distance) > 1e-6
    ? [`the search says ${schedule.distance}, the checker measures ${check.distance}`]
    : []),
];
process.stdout.write(
  `${JSON.stringify({ distance: schedule.distance, valid: problems.length === 0, problem: problems[0], moves: schedule.moves, optimal: schedule.optimal, bound: schedule.lowerBound })}\n`,
);
