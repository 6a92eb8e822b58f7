import { expect, it } from 'vitest';
import { paths } from '../../src-shared/sync/protocol.js';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';
import { batch, change, seekerPayload } from './support/records.js';

describeEachBackend('Push ke server kota', (backend) => {
  const city = cityForSuite(backend);

  it('accepts new records and another counter pulls them exactly once', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const seeker = seekerPayload({ counterId: loket1.counterId });
    const visit = {
      id: 'visit-a1',
      version: 1,
      seekerId: seeker['id'],
      startedAt: '2026-03-02T01:00:00.000Z',
    };
    const response = await loket1.push(
      batch(loket1.counterId, [await change('seekers', seeker), await change('visits', visit)]),
    );

    expect(response.replayed).toBe(false);
    expect(response.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    expect(Date.parse(response.serverTime)).toBe(city().clock.now().getTime());
    const seen = (await loket2.pullAll()).filter((entry) => entry.counterId === loket1.counterId);
    expect(seen.map((entry) => [entry.table, entry.recordId, entry.payload])).toEqual([
      ['seekers', seeker['id'], seeker],
      ['visits', 'visit-a1', visit],
    ]);
  });

  it('stores a batch delivered twice once: the second delivery answers duplicate', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const observer = await city().enrolCounter('Pengamat');
    const records = [
      await change('seekers', seekerPayload({ counterId: loket1.counterId })),
      await change('seekers', seekerPayload({ counterId: loket1.counterId })),
    ];
    const sent = batch(loket1.counterId, records);

    const first = await loket1.push(sent);
    const second = await loket1.push(sent);

    expect(first.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    expect(second.replayed).toBe(true);
    expect(second.results.map((result) => [result.changeId, result.status])).toEqual(
      records.map((record) => [record.changeId, 'duplicate']),
    );
    const fromLoket1 = (await observer.pullAll()).filter(
      (entry) => entry.counterId === loket1.counterId,
    );
    expect(fromLoket1.map((entry) => entry.changeId).sort()).toEqual(
      records.map((record) => record.changeId).sort(),
    );
  });

  it('stores one copy when the same batch arrives on several connections at once', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const observer = await city().enrolCounter('Pengamat');
    const records = await Promise.all(
      Array.from({ length: 5 }, () =>
        change('seekers', seekerPayload({ counterId: loket1.counterId })),
      ),
    );
    const sent = batch(loket1.counterId, records);

    const responses = await Promise.all(Array.from({ length: 4 }, () => loket1.push(sent)));

    const accepted = responses
      .flatMap((response) => response.results)
      .filter((result) => result.status === 'accepted');
    expect(accepted.map((result) => result.changeId).sort()).toEqual(
      records.map((record) => record.changeId).sort(),
    );
    expect(responses.filter((response) => !response.replayed)).toHaveLength(1);
    const stored = (await observer.pullAll()).filter(
      (entry) => entry.counterId === loket1.counterId,
    );
    expect(stored).toHaveLength(records.length);
  });

  it('answers duplicate for a change resent in a new batch', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const record = await change('cards', {
      id: 'card-1-' + loket1.counterId,
      version: 1,
      number: '5171020326000001',
    });
    await loket1.push(batch(loket1.counterId, [record]));

    const again = await loket1.push(batch(loket1.counterId, [record]));

    expect(again.replayed).toBe(false);
    expect(again.results).toEqual([{ index: 0, changeId: record.changeId, status: 'duplicate' }]);
  });

  it('flags a concurrent edit of a seeker from another counter as a conflict, with the server copy', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const original = seekerPayload({ counterId: loket1.counterId });
    await loket1.push(batch(loket1.counterId, [await change('seekers', original)]));
    // Both counters edit version 1 while offline.
    const fromLoket1 = { ...original, version: 2, phone: '081111111111' };
    const fromLoket2 = { ...original, version: 2, phone: '082222222222' };
    await loket1.push(batch(loket1.counterId, [await change('seekers', fromLoket1)]));

    const response = await loket2.push(
      batch(loket2.counterId, [await change('seekers', fromLoket2)]),
    );

    expect(response.results[0]).toMatchObject({
      status: 'conflict',
      serverVersion: 2,
      serverCounterId: loket1.counterId,
      serverPayload: fromLoket1,
    });
    const resolved = { ...fromLoket1, version: 3, phone: '082222222222' };
    const afterResolution = await loket2.push(
      batch(loket2.counterId, [await change('seekers', resolved)]),
    );
    expect(afterResolution.results[0]?.status).toBe('accepted');
  });

  it('takes several versions of one seeker in one batch in order, ending at the highest', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const v1 = seekerPayload({ counterId: loket1.counterId });
    const v2 = { ...v1, version: 2, phone: '0812' };
    const v3 = { ...v1, version: 3, phone: '0813' };

    const response = await loket1.push(
      batch(
        loket1.counterId,
        await Promise.all([v1, v2, v3].map((payload) => change('seekers', payload))),
      ),
    );
    const staleEdit = await loket2.push(
      batch(loket2.counterId, [await change('seekers', { ...v2, phone: '0899' })]),
    );

    expect(response.results.map((result) => result.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect(staleEdit.results[0]).toMatchObject({
      status: 'conflict',
      serverVersion: 3,
      serverPayload: v3,
    });
  });

  it('keeps identical content from another counter as a duplicate, not a conflict', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const seeker = seekerPayload({ counterId: loket1.counterId });
    await loket1.push(batch(loket1.counterId, [await change('seekers', seeker)]));

    const response = await loket2.push(batch(loket2.counterId, [await change('seekers', seeker)]));

    expect(response.results[0]?.status).toBe('duplicate');
  });

  it('rejects bad records with a reason in Indonesian and still stores their neighbours', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const good = await change('seekers', seekerPayload({ counterId: loket1.counterId }));
    const badNik = await change(
      'seekers',
      seekerPayload({ counterId: loket1.counterId, nik: '51710' }),
    );
    const tampered = {
      ...(await change('seekers', seekerPayload({ counterId: loket1.counterId }))),
      sha256: 'a'.repeat(64),
    };
    const unknownTable = await change('gajiPegawai', { id: 'x1', version: 1 });
    const missingFields = { changeId: 'not-a-uuid', table: 'seekers' };

    const response = await loket1.push(
      batch(loket1.counterId, [good, badNik, tampered, unknownTable, missingFields]),
    );

    expect(
      response.results.map((result) =>
        result.status === 'rejected' ? result.code : result.status,
      ),
    ).toEqual(['accepted', 'INVALID_NIK', 'HASH_MISMATCH', 'UNKNOWN_TABLE', 'INVALID_RECORD']);
    expect(response.results[1]).toMatchObject({
      changeId: badNik.changeId,
      reason: 'NIK harus 16 digit angka.',
    });
    expect(response.results[4]).toMatchObject({
      index: 4,
      changeId: 'not-a-uuid',
      reason: expect.stringContaining('changeId harus UUID'),
    });
  });

  it('refuses a wrong device token with 401 and a batch for another counter with 403', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const sent = batch(loket1.counterId, [
      await change('seekers', seekerPayload({ counterId: loket1.counterId })),
    ]);

    const wrongToken = await loket1
      .withToken('bukan-token-yang-sah')
      .request('POST', paths.push, sent);
    const noToken = await city().anonymous().request('POST', paths.pull, {});
    const otherCounter = await loket2.request('POST', paths.push, sent);

    expect(wrongToken.status).toBe(401);
    expect(wrongToken.body).toMatchObject({
      error: { code: 'UNAUTHORIZED' },
      serverTime: city().clock.now().toISOString(),
    });
    expect(wrongToken.serverTimeHeader).toBe(city().clock.now().toISOString());
    expect(noToken.status).toBe(401);
    expect(otherCounter.status).toBe(403);
  });

  it('records the counter clock skew from sentAt and answers with the server time', async () => {
    const loket1 = await city().enrolCounter('Loket jam salah');
    const twoHoursAhead = new Date(city().clock.now().getTime() + 2 * 3_600_000).toISOString();

    const response = await loket1.push(
      batch(
        loket1.counterId,
        [await change('seekers', seekerPayload({ counterId: loket1.counterId }))],
        twoHoursAhead,
      ),
    );

    expect(response.serverTime).toBe(city().clock.now().toISOString());
    const counters = await city().admin().request('GET', paths.adminCounters);
    expect(counters.body).toMatchObject({
      counters: expect.arrayContaining([
        expect.objectContaining({ id: loket1.counterId, clockSkewMs: 7_200_000 }),
      ]),
    });
  });
});
