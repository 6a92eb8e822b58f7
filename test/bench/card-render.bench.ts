/**
 * The whole card render path as the renderer meets it: 'card:render' through the contract
 * (schema check, photo read from the archive, PDF drawn, PDF stored in the archive), and the
 * same call over the browser-mode HTTP host. Run alone with
 * `npx tsx test/bench/card-render.bench.ts`; the bench runner can import `benchCardRender`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHost } from '../../src-main/host/server.js';
import { dispatch } from '../../src-main/ipc/dispatch.js';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import { createHandlers } from '../../src-main/services.js';
import { createMainWorld } from '../../src-main/world.js';
import { sampleCardData, samplePhotoJpeg } from '../fixtures/card-print-sample.js';
import { ms, percentile, verdict } from './stats.js';

const runs = 40;
const warmup = 5;

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

export async function benchCardRender(): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-card-render-'));
  const logger = createMemoryLogger();
  const world = await createMainWorld({ dataDir, mode: 'browser', version: 'bench', logger });
  const handlers = createHandlers(world);
  const host = await startHost({ handlers, staticDir: dataDir, token: 'bench', port: 0, logger });
  try {
    const photo = await world.archive.put('photo', 'image/jpeg', samplePhotoJpeg());
    if (!photo.ok) throw new Error(photo.error.message);
    const { photoJpeg: _bytes, ...fields } = sampleCardData();
    // A new name each run, so every call draws and stores a new PDF as a real issue would.
    let n = 0;
    const request = () => ({
      card: { ...fields, name: `${fields.name} ${++n}`, photoSha256: photo.value.sha256 },
      layout: 'a4-landscape' as const,
    });
    let size = 0;
    const viaHandler = await timed(async () => {
      const result = await dispatch(handlers, 'card:render', request(), logger);
      if (!result.ok) throw new Error(result.error.message);
      // dispatch() answers for any channel; narrow to the render result.
      if ('sizeBytes' in result.value) size = result.value.sizeBytes;
    });
    const viaHttp = await timed(async () => {
      const response = await fetch(`${host.url}rpc/card:render`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
        body: JSON.stringify(request()),
      });
      const result = (await response.json()) as { ok: boolean };
      if (!result.ok) throw new Error(JSON.stringify(result));
    });
    const line = (label: string, times: number[]) =>
      `  ${label}: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`;
    return [
      `Kartu AK/I lewat 'card:render' (A4, foto dari arsip, PDF disimpan ke arsip), ${runs} kali:`,
      `${line('handler (validasi + baca foto + gambar + simpan)', viaHandler)} — ${verdict(percentile(viaHandler, 50), 50)}`,
      line('lewat host HTTP 127.0.0.1 (mode browser)', viaHttp),
      `  ukuran PDF ${(size / 1024).toFixed(1)} KB — ${verdict(size / 1024, 300)}`,
    ];
  } finally {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchCardRender()) console.log(line);
}
