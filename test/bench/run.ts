/**
 * `npm run bench`: prints the figures the issues ask for. Nothing here asserts a time; the
 * numbers are read by people (and copied into the issue notes).
 *
 *   npm run bench -- --seekers 100000
 *   npm run bench -- --only visit      (seekers, card-pdf, card-render, card-image, visit,
 *                                       print-ticket, sync)
 */
import { parseArgs } from 'node:util';
import { benchCardImage } from './card-image.bench.js';
import { benchCardPdf } from './card-pdf.bench.js';
import { benchCardRender } from './card-render.bench.js';
import { benchPrintTicket } from './print-ticket.bench.js';
import { benchSeekers } from './seekers.bench.js';
import { benchSync } from './sync.bench.js';
import { benchVisit } from './visit.bench.js';

const { values } = parseArgs({
  options: { seekers: { type: 'string', default: '100000' }, only: { type: 'string' } },
});

const benches: Record<string, () => Promise<string[]>> = {
  seekers: () => benchSeekers(Number(values.seekers)),
  'card-pdf': () => benchCardPdf(),
  'card-render': () => benchCardRender(),
  'card-image': () => benchCardImage(),
  visit: () => benchVisit(),
  'print-ticket': () => benchPrintTicket(),
  sync: () => benchSync(),
};

for (const [name, bench] of Object.entries(benches)) {
  if (values.only && values.only !== name) continue;
  const started = Date.now();
  const lines = await bench();
  console.log(`\n== ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const line of lines) console.log(line);
}
