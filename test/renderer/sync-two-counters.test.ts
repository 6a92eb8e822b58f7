import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConflictIssue, NikIssue } from '../../src-renderer/sync/sync-records.js';
import { describeEachBackend } from '../city/support/backends.js';
import { CityPeer } from './support/city-peer.js';
import { TestCounter } from './support/sync-counter.js';
import { seekerFields } from './support/sync-fixtures.js';
import { syncUntilDone } from './support/sync-loop.js';
import { syncServicesFor } from './support/sync-services-for.js';

const startMs = 120_000;

describeEachBackend('Dua loket lewat satu server kota', (backend) => {
  let peer: CityPeer;
  beforeAll(async () => {
    peer = await CityPeer.start(backend);
  }, startMs);
  afterAll(async () => {
    await peer?.close();
  }, startMs);

  async function enrolled(name: string) {
    const counter = await TestCounter.create();
    await counter.enrol(peer.url, await peer.issueCode(), name);
    return { counter, sync: syncServicesFor(counter) };
  }

  it('each sees the seekers the other registered, and the vacancies and officers of the city', async () => {
    const one = await enrolled('Loket 1');
    const two = await enrolled('Loket 2');
    const ayu = await one.counter.seekers.register(seekerFields('Ni Luh Ayu'));
    const made = await two.counter.seekers.register(seekerFields('I Made Wirawan'));
    await peer.admin().request('POST', '/v1/admin/vacancies', {
      records: [
        {
          id: 'lowongan-1',
          title: 'Juru masak',
          employer: 'Hotel Sanur',
          kbji: '5120',
          closesAt: '2099-12-31',
        },
      ],
    });
    await peer.admin().request('POST', '/v1/admin/officers', {
      records: [
        { id: 'petugas-kota-1', name: 'Ni Wayan Sari', roles: ['petugas-ak1'], active: true },
      ],
    });

    await syncUntilDone(one.sync.engine);
    await syncUntilDone(two.sync.engine);
    await syncUntilDone(one.sync.engine);

    expect(await one.counter.db.seekers.get(made.seeker.id)).toMatchObject({
      name: made.seeker.name,
    });
    expect(await two.counter.db.seekers.get(ayu.seeker.id)).toMatchObject({
      name: ayu.seeker.name,
    });
    expect(await two.counter.db.vacancies.get('lowongan-1')).toMatchObject({
      position: 'Juru masak',
      employer: 'Hotel Sanur',
      kbjiGroup: 5,
    });
    expect(await one.counter.db.officers.get('petugas-kota-1')).toMatchObject({
      name: 'Ni Wayan Sari',
      roles: ['petugas-ak1'],
    });
    // Pulled records are others' records: nothing of them goes back up.
    expect(await one.counter.db.outbox.count()).toBe(0);
    await one.counter.close();
    await two.counter.close();
  }, 60_000);

  it("shows a seeker edited at both counters side by side; the officer's choice wins everywhere", async () => {
    const one = await enrolled('Loket 1');
    const two = await enrolled('Loket 2');
    const { seeker } = await one.counter.seekers.register(seekerFields('Ketut Arya'));
    await syncUntilDone(one.sync.engine);
    await syncUntilDone(two.sync.engine);

    await one.counter.seekers.update(seeker.id, { phone: '081111111111' });
    await two.counter.seekers.update(seeker.id, { address: 'Jl. Teuku Umar No. 9' });
    await syncUntilDone(one.sync.engine);
    await syncUntilDone(two.sync.engine);

    const issues = await two.sync.listIssues();
    const conflict = issues.find((issue): issue is ConflictIssue => issue.kind === 'conflict');
    expect(conflict).toMatchObject({ recordId: seeker.id, serverVersion: 2, status: 'open' });
    expect(conflict?.serverPayload).toMatchObject({ phone: '081111111111' });
    expect(conflict?.localPayload).toMatchObject({ address: 'Jl. Teuku Umar No. 9' });

    const resolved = await two.sync.resolveConflict(conflict?.id ?? '', ['address']);
    expect(resolved).toMatchObject({
      ok: true,
      value: { version: 3, phone: '081111111111', address: 'Jl. Teuku Umar No. 9' },
    });
    await syncUntilDone(two.sync.engine);
    await syncUntilDone(one.sync.engine);
    expect(await one.counter.db.seekers.get(seeker.id)).toMatchObject({
      version: 3,
      phone: '081111111111',
      address: 'Jl. Teuku Umar No. 9',
    });
    expect((await two.sync.engine.refresh()).attention).toBe(0);
    await one.counter.close();
    await two.counter.close();
  }, 60_000);

  it('flags one NIK registered at both counters offline, and merges them keeping both card numbers', async () => {
    const one = await enrolled('Loket 1');
    const two = await enrolled('Loket 2');
    const fields = seekerFields('Putu Eka');
    const first = await one.counter.seekers.register({
      ...fields,
      registrationNumber: '5171-01-0001',
    });
    const second = await two.counter.seekers.register({
      ...fields,
      registrationNumber: '5171-02-0001',
    });

    await syncUntilDone(one.sync.engine);
    await syncUntilDone(two.sync.engine);
    await syncUntilDone(one.sync.engine);

    for (const side of [one, two]) {
      const nik = (await side.sync.listIssues()).find(
        (issue): issue is NikIssue => issue.kind === 'nik',
      );
      expect(nik).toMatchObject({ nik: fields.nik, status: 'open' });
      expect([...(nik?.seekerIds ?? [])].sort()).toEqual(
        [first.seeker.id, second.seeker.id].sort(),
      );
    }

    const issue = (await two.sync.listIssues()).find(
      (item): item is NikIssue => item.kind === 'nik',
    );
    const pair = issue ? await two.sync.mergeCandidates(issue) : undefined;
    expect(pair?.local.id).toBe(second.seeker.id);
    expect(pair?.remote.id).toBe(first.seeker.id);
    const merged = await two.sync.merge(issue?.id ?? '', first.seeker.id);
    expect(merged).toMatchObject({
      ok: true,
      value: { keptSeekerId: first.seeker.id, mergedSeekerId: second.seeker.id },
    });
    expect(merged.ok && [...merged.value.registrationNumbers].sort()).toEqual([
      '5171-01-0001',
      '5171-02-0001',
    ]);
    expect((await two.counter.db.seekers.where('nik').equals(fields.nik).first())?.id).toBe(
      first.seeker.id,
    );

    await syncUntilDone(two.sync.engine);
    await syncUntilDone(one.sync.engine);
    const atOne = (await one.sync.listIssues()).find((item) => item.id === `nik:${fields.nik}`);
    expect(atOne).toMatchObject({ status: 'resolved' });
    expect(await one.counter.db.seekerMerges.count()).toBe(1);
    expect((await one.counter.db.seekers.where('nik').equals(fields.nik).first())?.id).toBe(
      first.seeker.id,
    );
    await one.counter.close();
    await two.counter.close();
  }, 60_000);
});
