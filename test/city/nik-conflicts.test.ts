import { expect, it } from 'vitest';
import { nikConflictSchema } from '../../src-shared/sync/protocol.js';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';
import { batch, change, newNik, seekerPayload } from './support/records.js';

describeEachBackend('NIK ganda antarloket', (backend) => {
  const city = cityForSuite(backend);

  it('keeps both seekers registered offline with one NIK, flags them once and publishes the flag', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const nik = newNik();
    const atLoket1 = seekerPayload({ counterId: loket1.counterId, nik, name: 'I Made Arta' });
    const atLoket2 = seekerPayload({ counterId: loket2.counterId, nik, name: 'I Made Artha' });

    const first = await loket1.push(batch(loket1.counterId, [await change('seekers', atLoket1)]));
    const second = await loket2.push(batch(loket2.counterId, [await change('seekers', atLoket2)]));
    const edited = await loket1.push(
      batch(loket1.counterId, [
        await change('seekers', { ...atLoket1, version: 2, phone: '0811' }),
      ]),
    );

    expect(first.results[0]).toMatchObject({ status: 'accepted' });
    expect(first.results[0]).not.toHaveProperty('flags');
    expect(second.results[0]).toMatchObject({ status: 'accepted', flags: ['NIK_DUPLICATE'] });
    expect(edited.results[0]).toMatchObject({ status: 'accepted', flags: ['NIK_DUPLICATE'] });

    const feed = await loket1.pullAll({ includeOwn: true });
    const seekers = feed.filter(
      (entry) => entry.table === 'seekers' && entry.payload['nik'] === nik,
    );
    expect(new Set(seekers.map((entry) => entry.recordId))).toEqual(
      new Set([atLoket1['id'], atLoket2['id']]),
    );
    const flags = feed
      .filter((entry) => entry.table === 'nikConflicts')
      .map((entry) => nikConflictSchema.parse(entry.payload));
    const forNik = flags.filter((flag) => flag.nik === nik);
    expect(forNik).toHaveLength(1);
    expect(forNik[0]).toMatchObject({ status: 'open', version: 1 });
    expect(new Set(forNik[0]?.seekerIds)).toEqual(new Set([atLoket1['id'], atLoket2['id']]));
    expect(new Set(forNik[0]?.counterIds)).toEqual(new Set([loket1.counterId, loket2.counterId]));
  });

  it('closes the flag when an officer pushes the merge', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const nik = newNik();
    const kept = seekerPayload({ counterId: loket1.counterId, nik });
    const merged = seekerPayload({ counterId: loket2.counterId, nik });
    await loket1.push(batch(loket1.counterId, [await change('seekers', kept)]));
    await loket2.push(batch(loket2.counterId, [await change('seekers', merged)]));
    const merge = {
      id: `merge-${nik}`,
      version: 1,
      nik,
      keptSeekerId: kept['id'],
      mergedSeekerId: merged['id'],
    };

    const response = await loket1.push(
      batch(loket1.counterId, [await change('seekerMerges', merge)]),
    );

    expect(response.results[0]?.status).toBe('accepted');
    const flags = (await loket2.pullAll())
      .filter((entry) => entry.table === 'nikConflicts')
      .map((entry) => nikConflictSchema.parse(entry.payload))
      .filter((flag) => flag.nik === nik);
    expect(flags.map((flag) => [flag.version, flag.status])).toEqual([
      [1, 'open'],
      [2, 'resolved'],
    ]);
    expect(flags[1]?.resolvedBy).toBe(merge.id);
  });
});
