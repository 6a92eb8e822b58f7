import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../city/support/backends.js';
import { useCityBehindProxy } from './support/city-behind-proxy.js';
import { TestCounter } from './support/sync-counter.js';
import { seekerFields } from './support/sync-fixtures.js';
import { syncUntilDone } from './support/sync-loop.js';

/** A 200 KB "photo" (JPEG magic bytes, random content) in the counter's archive. */
async function archivedPhoto(counter: TestCounter): Promise<string> {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(200 * 1024)]);
  const put = await counter.api.invoke('archive:put', {
    kind: 'photo',
    mediaType: 'image/jpeg',
    base64: bytes.toString('base64'),
  });
  if (!put.ok) throw new Error(put.error.message);
  return put.value.sha256;
}

describeEachBackend('Sinkronisasi berkas', (backend) => {
  const city = useCityBehindProxy(backend);

  it('uploads a photo after its seeker, resumes after the server stops mid-upload, and another counter fetches it', async () => {
    const here = await TestCounter.create({ chunkBytes: 16 * 1024 });
    await here.enrol(city.proxy.url, await city.peer.issueCode(), 'Loket 1');
    const sha256 = await archivedPhoto(here);
    const registered = await here.seekers.register(seekerFields());
    await here.seekers.update(registered.seeker.id, {
      photo: { sha256, thumbnail: 'data:image/jpeg;base64,', takenAt: '2026-03-02T01:00:00.000Z' },
    });

    let chunks = 0;
    const off = city.proxy.on((event, phase) => {
      if (phase === 'request' && event.method === 'PUT' && ++chunks === 4)
        void city.peer.stopHttp();
    });
    const engine = here.engine();
    expect(await engine.syncNow()).toMatchObject({ ok: false });
    off();
    expect((await engine.refresh()).filesWaiting).toBe(1);
    await city.peer.startHttp();
    const token = await here.deviceToken();
    const partial = await city.peer.asCounter(token).fileStatus(sha256);
    expect(partial.received).toBeGreaterThan(0);
    expect(partial.complete).toBe(false);

    const before = city.proxy.events.length;
    await syncUntilDone(engine);
    const resumed = city.proxy.events.slice(before).find((event) => event.method === 'PUT');
    expect(resumed?.path).toContain(`offset=${partial.received}`);
    expect(await city.peer.asCounter(token).fileStatus(sha256)).toMatchObject({ complete: true });
    expect((await engine.refresh()).filesWaiting).toBe(0);

    const there = await TestCounter.create();
    await there.enrol(city.peer.url, await city.peer.issueCode(), 'Loket 2');
    await syncUntilDone(there.engine());
    const pulled = await there.db.seekers.get(registered.seeker.id);
    expect(pulled?.photo?.sha256).toBe(sha256);
    expect((await there.api.invoke('archive:get', { sha256 })).ok).toBe(false);
    const fetched = await there.transport().fetchFile(sha256);
    expect(fetched).toMatchObject({ ok: true, value: { sha256, fetched: true, kind: 'photo' } });
    expect(await there.api.invoke('archive:get', { sha256 })).toMatchObject({ ok: true });
    await here.close();
    await there.close();
  }, 120_000);
});
