import { expect, it } from 'vitest';
import type { SyncRunResult } from '../../src-renderer/sync/sync-engine.js';
import { createLocalLock } from '../../src-renderer/sync/sync-lock.js';
import { describeEachBackend } from '../city/support/backends.js';
import { useCityBehindProxy } from './support/city-behind-proxy.js';
import { killableTransport } from '../fakes/killable-transport.js';
import { TestCounter, type CounterOptions } from './support/sync-counter.js';
import { queueWork, reconcile } from './support/sync-fixtures.js';
import { syncUntilDone } from './support/sync-loop.js';

const hours = 3_600_000;

describeEachBackend('Sinkronisasi: gangguan jaringan dan server', (backend) => {
  const city = useCityBehindProxy(backend);

  /** A counter enrolled and talking through the city.proxy; `records` seekers queued. */
  async function counterBehindProxy(records: number, options: CounterOptions = {}) {
    city.proxy.mode = 'pass';
    city.proxy.only = '/v1/push';
    const counter = await TestCounter.create(options);
    await counter.enrol(city.proxy.url, await city.peer.issueCode());
    await queueWork(counter, records);
    return counter;
  }

  async function expectReconciled(counter: TestCounter) {
    const check = await reconcile(counter, city.peer);
    expect(check).toMatchObject({ lost: [], duplicated: [], unknown: [], outboxLeft: 0 });
    expect(check.serverChanges).toBeGreaterThanOrEqual(check.localRecords);
  }

  it('survives the server stopping in the middle of a batch, round after round', async () => {
    const counter = await counterBehindProxy(1200);
    const engine = counter.engine({ options: { batchSize: 200 } });
    const outcomes: SyncRunResult[] = [];
    // Stop at different moments of the exchange: before, during and after the server's commit.
    for (const delayMs of [0, 5, 20, 60, 150]) {
      const stopped = new Promise<void>((resolve) => {
        const off = city.proxy.on((event, phase) => {
          if (phase !== 'request' || event.path !== '/v1/push') return;
          off();
          setTimeout(() => void city.peer.stopHttp().then(resolve), delayMs);
        });
      });
      const run = engine.syncNow();
      await stopped;
      outcomes.push(await run);
      await city.peer.startHttp();
    }
    expect(outcomes.filter((outcome) => !outcome.ok).length).toBeGreaterThan(0);
    await syncUntilDone(engine);
    await city.peer.restart();
    await expectReconciled(counter);
    await counter.close();
  }, 180_000);

  it('resends the same batch when the server committed but the reply was lost', async () => {
    const counter = await counterBehindProxy(300);
    const engine = counter.engine();
    const waiting = await counter.db.outbox.count();
    city.proxy.mode = 'drop-reply';
    const lost = await engine.syncNow();
    expect(lost).toMatchObject({ ok: false, error: { code: 'SYNC_NETWORK' } });
    expect(city.proxy.events.at(-1)).toMatchObject({ path: '/v1/push', upstreamStatus: 200 });
    expect(await counter.db.outbox.count()).toBe(waiting);

    city.proxy.mode = 'pass';
    await syncUntilDone(engine);
    const replay = city.proxy.events.filter((event) => event.path === '/v1/push').at(-1);
    expect(replay?.upstreamBody).toContain('"replayed":true');
    await expectReconciled(counter);
    await counter.close();
  }, 120_000);

  it('keeps everything queued on 500 answers and on answers slower than the time limit', async () => {
    const counter = await counterBehindProxy(300, { requestMs: 1_000 });
    const engine = counter.engine();
    const waiting = await counter.db.outbox.count();

    city.proxy.mode = 'error-500';
    expect(await engine.syncNow()).toMatchObject({
      ok: false,
      error: { code: 'SYNC_SERVER_ERROR' },
    });
    expect(engine.status()).toMatchObject({ link: 'error' });
    city.proxy.mode = 'slow';
    city.proxy.delayMs = 2_500;
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: { code: 'SYNC_NETWORK' } });
    expect(await counter.db.outbox.count()).toBe(waiting);

    city.proxy.delayMs = 100;
    await syncUntilDone(engine);
    await expectReconciled(counter);
    await counter.close();
  }, 120_000);

  it('stores a batch the network delivered twice only once', async () => {
    const counter = await counterBehindProxy(300);
    city.proxy.mode = 'duplicate';
    await syncUntilDone(counter.engine());
    // Only this test's deliveries: an answer the previous test held back ('slow') may be logged late.
    const pushes = city.proxy.events.filter(
      (event) => event.path === '/v1/push' && event.mode === 'duplicate',
    );
    expect(pushes.length).toBeGreaterThan(0);
    for (const push of pushes) expect(push.upstreamBody).toContain('"replayed":true');
    await expectReconciled(counter);
    await counter.close();
  }, 120_000);

  it('loses nothing when the counter is killed in the middle of a push', async () => {
    const counter = await counterBehindProxy(400);
    const killable = killableTransport(counter.transport());
    const doomed = counter.engine({ transport: killable.transport, lock: createLocalLock() });
    const answered = new Promise<void>((resolve) => {
      const off = city.proxy.on((event, phase) => {
        if (event.path !== '/v1/push') return;
        if (phase === 'request') killable.kill();
        if (phase === 'done') {
          off();
          resolve();
        }
      });
    });
    void doomed.syncNow();
    await answered;

    // The PC restarts: a new engine (and a fresh Web Lock) on the same IndexedDB.
    const revived = counter.engine({ lock: createLocalLock() });
    await syncUntilDone(revived);
    await expectReconciled(counter);
    await counter.close();
  }, 120_000);

  it('warns about a counter clock two hours off, records it, and still syncs', async () => {
    const counter = await counterBehindProxy(50, { clockOffsetMs: 2 * hours });
    const engine = counter.engine();
    await syncUntilDone(engine);
    const status = await engine.refresh();
    expect(status.clockSkewWarning).toBe(true);
    expect(status.clockSkewMs).toBeGreaterThan(1.9 * hours);
    const state = await counter.db.syncState.get('sync');
    expect(state?.skewLog?.length).toBeGreaterThan(0);
    await expectReconciled(counter);
    await counter.close();
  }, 120_000);
});
