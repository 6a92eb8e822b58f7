/**
 * `npm run bench`: prints the figures the issues ask for. Nothing here asserts a time; the
 * numbers are read by people (and copied into the issue notes).
 *
 *   npm run bench -- --seekers 100000
 */
import { parseArgs } from 'node:util';
import { benchSeekers } from './seekers.bench.js';

const { values } = parseArgs({
  options: { seekers: { type: 'string', default: '100000' }, only: { type: 'string' } },
});

const benches: Record<string, () => Promise<string[]>> = {
  seekers: () => benchSeekers(Number(values.seekers)),
};

for (const [name, bench] of Object.entries(benches)) {
  if (values.only && values.only !== name) continue;
  const started = Date.now();
  const lines = await bench();
  console.log(`\n== ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const line of lines) console.log(line);
}
