/**
 * Sync throughput (issue 6 targets): 10,000 queued records pushed to the reference city server
 * over loopback (<= 10 s), and again with 20% of requests failing (<= 20 s), with the counter
 * side's peak memory. The server runs as its own process. Run alone with
 * `npx tsx test/bench/sync.bench.ts`; the bench runner imports `benchSync`.
 */
import { pathToFileURL } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { createSyncEngine } from '../../src-renderer/sync/sync-engine.js';
import { createLocalLock } from '../../src-renderer/sync/sync-lock.js';
import { CityClient } from '../city/support/city-client.js';
import { FaultProxy } from '../fakes/fault-proxy.js';
import { FakeNetwork } from '../fakes/manual-scheduler.js';
import { TestCounter } from '../renderer/support/sync-counter.js';
import { seekerFields } from '../renderer/support/sync-fixtures.js';
import { startCityProcess } from './city-process.js';

const records = 10_000;
const adminToken = 'bench-admin-token';
const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);

/** Samples rss and heap every 50 ms while `work` runs. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 50);
  try {
    const value = await work();
    return { value, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

async function run(serverUrl: string, proxy: FaultProxy, failRatio: number) {
  const counter = await TestCounter.create({ requestMs: 30_000 });
  const code = await new CityClient(serverUrl, adminToken).issueEnrolmentCode();
  proxy.mode = 'pass';
  await counter.enrol(proxy.url, code, `Loket bench ${failRatio}`);
  const list = Array.from({ length: records }, () => seekerFields('Bench'));
  await counter.seekers.registerMany(list);
  proxy.mode = failRatio > 0 ? 'flaky' : 'pass';
  proxy.failRatio = failRatio;
  proxy.only = undefined;
  proxy.seed(20);
  const before = proxy.events.length;
  const engine = createSyncEngine({
    db: counter.db,
    transport: counter.transport(),
    now: () => new Date(),
    newId: uuidv7,
    random: Math.random,
    scheduler: {
      setTimer: (task, ms) => {
        const handle = setTimeout(task, ms);
        return () => clearTimeout(handle);
      },
    },
    lock: createLocalLock(),
    network: new FakeNetwork(),
  });
  const started = performance.now();
  const measured = await withPeakMemory(async () => {
    engine.start();
    // Bounded wait: the engine retries on its own schedule (backoff with jitter).
    for (let waited = 0; waited < 300_000; waited += 50) {
      if ((await counter.db.outbox.count()) === 0 && engine.status().link === 'online') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  const seconds = (performance.now() - started) / 1000;
  engine.stop();
  const left = await counter.db.outbox.count();
  const requests = proxy.events.slice(before);
  const failed = requests.filter((event) => event.mode.startsWith('flaky-')).length;
  await counter.close();
  return { seconds, left, requests: requests.length, failed, ...measured };
}

export async function benchSync(): Promise<string[]> {
  const city = await startCityProcess(adminToken);
  const proxy = await FaultProxy.start(city.url);
  try {
    const clean = await run(city.url, proxy, 0);
    const flaky = await run(city.url, proxy, 0.2);
    const verdict = (ok: boolean): string => (ok ? 'OK' : 'OVER TARGET');
    const line = (title: string, r: typeof clean, target: number) =>
      `  ${title}: ${r.seconds.toFixed(1)} s (target <= ${target} s: ${verdict(r.seconds <= target && r.left === 0)}), ` +
      `${r.requests} requests, ${r.failed} failed on purpose, ${r.left} left in the outbox; ` +
      `counter peak rss ${mb(r.rss)} MB, heap ${mb(r.heap)} MB`;
    return [
      `Push of ${records} queued seekers to the reference city server (own process, PGlite) over loopback:`,
      line('clean', clean, 10),
      line('20% of requests failing', flaky, 20),
    ];
  } finally {
    await proxy.close();
    await city.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchSync()) console.log(line);
}
