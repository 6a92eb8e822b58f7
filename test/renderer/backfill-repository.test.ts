import { describe, expect, it } from 'vitest';
import { createBackfillRepository } from '../../src-renderer/db/backfill-repository.js';
import { toOutgoingRecord } from '../../src-renderer/sync/push-records.js';
import type { ValidBackfill } from '../../src-shared/domain/backfill.js';
import { createTestContext } from '../fakes/test-database.js';
import { ayu } from '../fixtures/seekers.js';

const entry: ValidBackfill = {
  seeker: ayu,
  originalAt: '2026-03-02T09:15',
  manualNumber: 'M-0012/III/2026',
  servedBy: 'petugas-1',
  card: { issuedOn: '2026-03-02' },
};

describe('Buku manual tersimpan', () => {
  it('keeps the original number and date, marks seeker and card as backfilled, and queues both for sync', async () => {
    const context = createTestContext();
    const repository = createBackfillRepository(context);
    const saved = await repository.save(entry, 'I Made Sudarsana');
    expect(saved).toMatchObject({
      ok: true,
      value: {
        seeker: {
          registrationNumber: 'M-0012/III/2026',
          backfilled: { manualNumber: 'M-0012/III/2026', servedBy: 'I Made Sudarsana' },
        },
        card: { registrationNumber: 'M-0012/III/2026', issuedAt: '2026-03-02', kind: 'baru' },
      },
    });
    const outbox = await context.db.outbox.toArray();
    expect(outbox.map((item) => item.table)).toEqual(['seekers', 'cards']);
    const pushed = await Promise.all(outbox.map(toOutgoingRecord));
    expect(pushed.every((record) => record.backfilled === true)).toBe(true);
    expect((await repository.list()).map((seeker) => seeker.nik)).toEqual(['5171014508990002']);
  });

  it('does not save the same NIK or manual number twice', async () => {
    const context = createTestContext();
    const repository = createBackfillRepository(context);
    await repository.save(entry, 'I Made Sudarsana');
    expect(await repository.save(entry, 'I Made Sudarsana')).toMatchObject({
      ok: false,
      error: { code: 'BACKFILL_NIK_TAKEN', field: 'nik' },
    });
    const other = { ...entry, seeker: { ...entry.seeker, nik: '5171014508990003' } };
    expect(await repository.save(other, 'I Made Sudarsana')).toMatchObject({
      ok: false,
      error: { code: 'BACKFILL_NUMBER_TAKEN' },
    });
    expect(await context.db.outbox.count()).toBe(2);
  });
});
