import { expect, it } from 'vitest';
import { createLocalLock } from '../../src-renderer/sync/sync-lock.js';
import { createSyncServices } from '../../src-renderer/sync/sync-services.js';
import { describeEachBackend } from '../city/support/backends.js';
import { useCityBehindProxy } from './support/city-behind-proxy.js';
import { TestCounter } from './support/sync-counter.js';
import { queueWork, seekerFields } from './support/sync-fixtures.js';
import { syncUntilDone, waitFor } from './support/sync-loop.js';

const dayMs = 86_400_000;

describeEachBackend('Mesin sinkronisasi', (backend) => {
  const city = useCityBehindProxy(backend);

  async function counterBehindProxy(records: number) {
    city.proxy.mode = 'pass';
    city.proxy.only = undefined;
    const counter = await TestCounter.create();
    await counter.enrol(city.proxy.url, await city.peer.issueCode());
    await queueWork(counter, records);
    return counter;
  }

  it('waits longer after each failure, with jitter, never more than the cap', async () => {
    const counter = await counterBehindProxy(5);
    const engine = counter.engine({ options: { backoff: { baseMs: 1_000, capMs: 5_000 } } });
    city.proxy.mode = 'refuse';
    engine.start();
    await waitFor(() => counter.scheduler.delays.length === 1);
    for (let failure = 0; failure < 6; failure += 1) await engine.syncNow();
    engine.stop();
    const afterFailures = counter.scheduler.delays;
    expect(afterFailures).toHaveLength(7);
    afterFailures.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(5_000, 1_000 * 2 ** index));
    });
    // Full jitter: the waits are spread, not a fixed ladder.
    expect(new Set(afterFailures).size).toBeGreaterThan(3);
    expect(engine.status()).toMatchObject({ link: 'offline' });
    expect(await counter.db.outbox.count()).toBeGreaterThan(0);
    await counter.close();
  }, 60_000);

  it('syncs at once when the network comes back, without waiting for the backoff', async () => {
    const counter = await counterBehindProxy(20);
    const engine = counter.engine();
    city.proxy.mode = 'refuse';
    counter.network.goOffline();
    engine.start();
    await waitFor(() => engine.status().link === 'offline');
    expect(counter.scheduler.pending.length).toBe(1);

    city.proxy.mode = 'pass';
    counter.network.goOnline();
    await waitFor(async () => (await counter.db.outbox.count()) === 0);
    await waitFor(() => engine.status().link === 'online');
    engine.stop();
    await counter.close();
  }, 60_000);

  it('lets only one engine of the PC sync at a time', async () => {
    const counter = await counterBehindProxy(50);
    const lock = createLocalLock();
    const first = counter.engine({ lock });
    const second = counter.engine({ lock });
    city.proxy.mode = 'slow';
    city.proxy.delayMs = 300;
    const running = first.syncNow();
    await waitFor(() => city.proxy.events.length > 0 || first.status().syncing);
    expect(await second.syncNow()).toEqual({ ok: false, busy: true });
    expect(await running).toMatchObject({ ok: true });
    await counter.close();
  }, 60_000);

  it('moves a record the server rejects to "perlu perhatian" with its reason, and can send it again', async () => {
    const counter = await counterBehindProxy(0);
    await counter.seekers.register({ ...seekerFields(), nik: '51710152059900' });
    const services = createSyncServices(
      {
        transport: counter.transport(),
        random: Math.random,
        scheduler: counter.scheduler,
        lock: createLocalLock(),
        network: counter.network,
      },
      counter.context,
    );
    await syncUntilDone(services.engine);

    const [issue] = await services.listIssues();
    expect(issue).toMatchObject({
      kind: 'rejected',
      status: 'open',
      code: 'INVALID_NIK',
      reason: 'NIK harus 16 digit angka.',
    });
    expect(await counter.db.outbox.count()).toBe(0);
    expect((await services.engine.refresh()).attention).toBe(1);

    expect(await services.requeue(issue?.id ?? '')).toBe(true);
    expect(await counter.db.outbox.count()).toBe(1);
    expect((await services.engine.refresh()).attention).toBe(0);
    await counter.close();
  }, 60_000);

  it('warns when nothing has synced for the chosen number of days', async () => {
    const counter = await counterBehindProxy(1);
    const engine = counter.engine();
    await syncUntilDone(engine);
    expect((await engine.refresh()).staleWarning).toBe(false);

    const fourDaysAgo = new Date(counter.context.now().getTime() - 4 * dayMs).toISOString();
    await counter.db.syncState.update('sync', { lastSuccessAt: fourDaysAgo });
    expect(await engine.refresh()).toMatchObject({
      staleWarning: true,
      daysSinceSuccess: 4,
      staleDays: 3,
    });

    await counter.db.syncState.update('sync', { staleDays: 7 });
    expect((await engine.refresh()).staleWarning).toBe(false);
    await counter.close();
  }, 60_000);
});
