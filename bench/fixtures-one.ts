/**
 * @module One fixture generator of the bench, timed in its own process: a 20-club double round
 * robin, made by Torneo (`table`: club indices in flat arrays; `named`: named pairs) or by a peer
 * package (`roundrobin`, `tournament-pairings`); prints one JSON line `{microseconds}`. Each tool
 * gets a fresh heap: timed one after another in one process, a tool paid for the garbage of those
 * before it (the fixture table took 1.75 µs after the peers had run, 1.22 µs before them; 1.7 µs
 * after the bench's other parts), and the ratios moved from one run to the next.
 */
import robin from 'roundrobin';
import { RoundRobin } from 'tournament-pairings';
import { fixtureTable, roundRobin } from '#core/fixtures/round-robin.ts';
import { timeEach } from './timing.ts';

const twenty = Array.from({ length: 20 }, (_, index) => `Club ${index + 1}`);
// The peers give one cycle; the second, mirrored, is added the same way for both.
const mirror = <T>(rounds: T[][][]): T[][][] => [
  ...rounds,
  ...rounds.map((round) => round.map(([a, b]) => [b, a] as T[])),
];
const tools: Record<string, () => unknown> = {
  table: () => fixtureTable(20, { double: true }),
  named: () => roundRobin(twenty, { double: true }),
  roundrobin: () => mirror(robin(20, twenty)),
  'tournament-pairings': () => RoundRobin(twenty),
};
const tool = tools[process.argv[2] ?? ''];
if (!tool) {
  console.error(
    `fixtures-one: expected one of ${Object.keys(tools).join(', ')}, received ${JSON.stringify(process.argv[2])}`,
  );
  process.exit(2);
}
// A call takes a few microseconds: 200 samples of 100 calls each.
process.stdout.write(`${JSON.stringify({ microseconds: timeEach(tool, 200, 100) * 1000 })}\n`);
