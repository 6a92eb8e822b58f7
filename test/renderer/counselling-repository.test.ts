import { describe, expect, it } from 'vitest';
import {
  createCounsellingRepository,
  type CounsellingFields,
} from '../../src-renderer/db/counselling-repository.js';
import { createTestContext } from '../fakes/test-database.js';

const counselled: CounsellingFields = {
  visitId: 'visit-1',
  seekerId: 'seeker-1',
  explainedVacancyIds: ['DPS-103', 'DPS-114'],
  shortlistVacancyIds: ['DPS-103'],
  notes: 'Tertarik bekerja di dapur hotel; disarankan ikut pelatihan BST.',
};

describe('recording job counselling (SOP step 12)', () => {
  it('stores the options explained and the shortlist, and queues the record for sync', async () => {
    const context = createTestContext();
    const record = await createCounsellingRepository(context).record(counselled);
    expect(record).toMatchObject({
      ...counselled,
      version: 1,
      counterId: 'counter-test',
      officerId: 'officer-test',
      createdAt: '2026-11-24T01:00:00.000Z',
    });
    expect(await context.db.counselling.get(record.id)).toEqual(record);
    const outbox = await context.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      table: 'counselling',
      recordId: record.id,
      version: 1,
      payload: record,
    });
  });

  it('records a skip with its reason', async () => {
    const context = createTestContext();
    const repository = createCounsellingRepository(context);
    const skipped = await repository.record({
      visitId: 'visit-2',
      seekerId: 'seeker-2',
      explainedVacancyIds: [],
      shortlistVacancyIds: [],
      notes: '',
      skippedReason: 'keperluan-administrasi',
    });
    expect((await repository.latestForVisit('visit-2'))?.skippedReason).toBe(
      'keperluan-administrasi',
    );
    expect((await context.db.outbox.toArray())[0]?.recordId).toBe(skipped.id);
  });

  it('writes neither the record nor the outbox entry when the outbox write fails', async () => {
    const context = createTestContext();
    context.db.outbox.hook('creating', () => {
      throw new Error('disk penuh');
    });
    await expect(createCounsellingRepository(context).record(counselled)).rejects.toThrow(
      'disk penuh',
    );
    expect(await context.db.counselling.count()).toBe(0);
  });

  it('keeps earlier records: a correction is a newer record of the same visit', async () => {
    const context = createTestContext();
    const repository = createCounsellingRepository(context);
    const first = await repository.record(counselled);
    const correction = await repository.record({ ...counselled, shortlistVacancyIds: [] });
    expect(await repository.latestForVisit('visit-1')).toEqual(correction);
    expect(await repository.forSeeker('seeker-1')).toEqual([first, correction]);
    expect(await repository.latestForVisit('visit-unknown')).toBeUndefined();
    expect(await context.db.outbox.count()).toBe(2);
  });
});
