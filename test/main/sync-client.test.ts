import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backends } from '../city/support/backends.js';
import { CityPeer } from '../renderer/support/city-peer.js';
import { TestCounter } from '../renderer/support/sync-counter.js';

const pglite = backends[0];

let peer: CityPeer;
beforeAll(async () => {
  if (!pglite) throw new Error('PGlite backend missing');
  peer = await CityPeer.start(pglite);
}, 120_000);
afterAll(async () => {
  await peer?.close();
}, 120_000);

it('says the counter is not enrolled until it is, then keeps the token in a 0600 file only main reads', async () => {
  const counter = await TestCounter.create();
  expect(await counter.api.invoke('sync:status', {})).toMatchObject({
    ok: true,
    value: { enrolled: false },
  });
  expect(await counter.api.invoke('sync:pull', {})).toMatchObject({
    ok: false,
    error: { code: 'SYNC_NOT_ENROLLED' },
  });

  const enrolled = await counter.api.invoke('sync:enrol', {
    url: peer.url,
    code: await peer.issueCode(),
    counterName: 'Loket 3',
  });
  expect(enrolled).toMatchObject({
    ok: true,
    value: { enrolled: true, counterName: 'Loket 3', serverUrl: peer.url },
  });
  expect(JSON.stringify(enrolled)).not.toContain(await counter.deviceToken());
  const mode = (await stat(join(counter.dataDir, 'sync.json'))).mode & 0o777;
  expect(mode).toBe(0o600);
  expect(await counter.api.invoke('sync:pull', {})).toMatchObject({
    ok: true,
    value: { changes: [] },
  });
  await counter.close();
}, 30_000);

it('explains a wrong enrolment code, an unreachable server and a revoked token in Indonesian', async () => {
  const counter = await TestCounter.create({ requestMs: 2_000 });
  const wrong = await counter.api.invoke('sync:enrol', {
    url: peer.url,
    code: 'AAAA-BBBB-CCCC',
    counterName: 'Loket 4',
  });
  expect(wrong).toMatchObject({ ok: false, error: { code: 'SYNC_REFUSED' } });
  expect(wrong.ok || wrong.error.message).toMatch(/Server kota menolak/);

  await counter.enrol(peer.url, await peer.issueCode());
  await peer.stopHttp();
  const down = await counter.api.invoke('sync:pull', {});
  await peer.startHttp();
  expect(down).toMatchObject({ ok: false, error: { code: 'SYNC_NETWORK' } });
  expect(down.ok || down.error.message).toMatch(/tetap aman/);

  const file = join(counter.dataDir, 'sync.json');
  const config: unknown = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(file, JSON.stringify({ ...Object(config), deviceToken: 'x'.repeat(43) }));
  const revoked = await counter.api.invoke('sync:pull', {});
  expect(revoked).toMatchObject({ ok: false, error: { code: 'SYNC_UNAUTHORISED' } });
  expect(revoked.ok || revoked.error.message).toMatch(/Daftarkan ulang/);
  await counter.close();
}, 30_000);

it('forgets the device token when the server address moves to another server', async () => {
  const counter = await TestCounter.create();
  await counter.enrol(peer.url, await peer.issueCode());
  await counter.setServerUrl(`${peer.url}/`);
  expect(await counter.api.invoke('sync:status', {})).toMatchObject({
    ok: true,
    value: { enrolled: true },
  });
  await counter.setServerUrl('http://127.0.0.1:9');
  expect(await counter.api.invoke('sync:status', {})).toMatchObject({
    ok: true,
    value: { enrolled: false, serverUrl: 'http://127.0.0.1:9' },
  });
  expect(await counter.api.invoke('sync:pull', {})).toMatchObject({
    ok: false,
    error: { code: 'SYNC_NOT_ENROLLED' },
  });
  await counter.close();
}, 30_000);
