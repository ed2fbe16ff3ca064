/**
 * @module One Traveling Tournament instance for the bench, in its own process (one core): prints
 * one JSON line `{distance, valid, problem?, moves, optimal, bound?}`. Used by bench/run.ts, two at a time.
 */
import { readFile } from 'node:fs/promises';
import { checkSchedule } from '#core/fixtures/check-schedule.ts';
import { scheduleTravellingTournament } from '#core/fixtures/travelling-tournament.ts';

const [file, seconds] = process.argv.slice(2);
const instance = JSON.parse(await readFile(file ?? '', 'utf8')) as { distances: number[][] };
const n = instance.distances.length;
const schedule = scheduleTravellingTournament(instance.distances, {
  seed: 1,
  iterations: Number.MAX_SAFE_INTEGER,
  milliseconds: Number(seconds) * 1000,
});
const check = checkSchedule(
  schedule.rounds.map((round) =>
    round.map(([home, away]) => [String(home), String(away)] as const),
  ),
  Array.from({ length: n }, (_, i) => String(i)),
  { double: true, maxConsecutive: 3, noRepeat: true },
);
process.stdout.write(
  `${JSON.stringify({ distance: schedule.distance, valid: check.valid, problem: check.problems[0], moves: schedule.moves, optimal: schedule.optimal, bound: schedule.lowerBound })}\n`,
);
