import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../city/support/backends.js';
import { CityPeer } from './support/city-peer.js';
import { TestCounter } from './support/sync-counter.js';
import { queueWork, reconcile } from './support/sync-fixtures.js';

const startMs = 120_000;

describeEachBackend('Sinkronisasi: jalur normal', (backend) => {
  let peer: CityPeer;
  beforeAll(async () => {
    peer = await CityPeer.start(backend);
  }, startMs);
  afterAll(async () => {
    await peer?.close();
  }, startMs);

  describe('one counter', () => {
    it('pushes the whole outbox in batches, empties it and the server holds every record once', async () => {
      const counter = await TestCounter.create();
      await counter.enrol(peer.url, await peer.issueCode());
      await queueWork(counter, 1100);
      const waiting = await counter.db.outbox.count();
      expect(waiting).toBeGreaterThan(1100);

      const engine = counter.engine();
      const result = await engine.syncNow();

      expect(result).toMatchObject({ ok: true, pushed: waiting });
      const status = await engine.refresh();
      expect(status).toMatchObject({ link: 'online', waiting: 0, attention: 0 });
      expect(status.lastSuccessAt).not.toBeNull();
      const check = await reconcile(counter, peer);
      expect(check).toMatchObject({ lost: [], duplicated: [], unknown: [], outboxLeft: 0 });
      expect(check.localRecords).toBeGreaterThan(1100);
      await counter.close();
    }, 120_000);
  });
});
