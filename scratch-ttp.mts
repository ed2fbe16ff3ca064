import { readFileSync } from 'node:fs';
import { scheduleTravellingTournament } from './src/core/fixtures/travelling-tournament.ts';
const [name, secs, seed] = process.argv.slice(2);
const inst = JSON.parse(readFileSync(name!.includes('/') ? name! : `../shared/bench/ttp/${name}.json`, 'utf8'));
const t0 = Date.now();
const s = scheduleTravellingTournament(inst.distances, { seed: Number(seed ?? 1), iterations: Number.MAX_SAFE_INTEGER, milliseconds: Number(secs) * 1000 });
console.log(name, s.distance, s.violations, ((s.distance / (inst.bestKnown ?? s.distance) - 1) * 100).toFixed(2) + '%', (s.moves / (Date.now() - t0) / 1000).toFixed(2) + ' M moves/s');
