import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import {
  createPrintJobStore,
  type StoredPrintJob,
} from '../../../src-main/printers/print-job-store.js';
import { fixedNow } from './printer-harness.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'loket-print-store-'));
});
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

const job = (n: number): StoredPrintJob => {
  const view: PrintJobView = {
    id: `0195a3f2-7c1e-7b44-9a10-${String(n).padStart(12, '0')}`,
    kind: 'ticket',
    printer: 'thermal',
    label: `Tiket A-${n}`,
    state: 'queued',
    attempts: 0,
    createdAt: '2025-03-14T01:05:00.000Z',
    updatedAt: '2025-03-14T01:05:00.000Z',
  };
  return {
    view,
    payload: { type: 'escpos', bytesBase64: Buffer.from(`tiket ${n}`).toString('base64') },
  };
};

describe('berkas antrean cetak', () => {
  it('simpanan beruntun tidak saling menimpa: yang terakhir yang tertulis, dan terbaca lagi utuh', async () => {
    const store = createPrintJobStore({ dataDir, now: fixedNow });
    let jobs: StoredPrintJob[] = [];
    const saves: Promise<void>[] = [];
    // Fifty state changes as fast as the queue can make them, none awaited in between.
    for (let n = 1; n <= 50; n += 1) {
      jobs = [...jobs, job(n)];
      const snapshot = jobs;
      saves.push(store.save(() => snapshot));
    }
    await Promise.all(saves);
    const reopened = await createPrintJobStore({ dataDir, now: fixedNow }).load();
    expect(reopened).toHaveLength(50);
    expect(reopened.at(-1)).toEqual(job(50));
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('setiap simpanan selesai baru setelah daftar yang diminta (atau yang lebih baru) ada di disk', async () => {
    const store = createPrintJobStore({ dataDir, now: fixedNow });
    await store.save(() => [job(1)]);
    const file = join(dataDir, 'print-jobs.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, jobs: [job(1)] });
    const later = store.save(() => [job(1), job(2)]);
    await later;
    expect(JSON.parse(await readFile(file, 'utf8')).jobs).toHaveLength(2);
  });
});
