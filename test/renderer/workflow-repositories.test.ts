import { describe, expect, it } from 'vitest';
import { createDuplicateDecisionsRepository } from '../../src-renderer/db/duplicate-decisions-repository.js';
import { createHandoversRepository } from '../../src-renderer/db/handovers-repository.js';
import { createPlacementsRepository } from '../../src-renderer/db/placements-repository.js';
import { createReportsRepository } from '../../src-renderer/db/reports-repository.js';
import { createVisitsRepository } from '../../src-renderer/db/visits-repository.js';
import { startStep } from '../../src-shared/domain/visit.js';
import { createTestContext } from '../fakes/test-database.js';

const officer = { id: 'officer-test', role: 'petugas-ak1' } as const;

describe('visits', () => {
  it('open with the next queue number and are queued for sync on every change', async () => {
    const context = createTestContext();
    const visits = createVisitsRepository(context, { code: '01' });
    const first = await visits.open({ serviceType: 'baru', day: '2026-11-24' }, (v) => {
      const started = startStep(v, { stepNo: 1, officer, now: v.openedAt });
      return started.ok ? { ...v, ...started.value } : v;
    });
    const second = await visits.open({ serviceType: 'informasi', day: '2026-11-24' });
    expect([first.queueNumber, second.queueNumber]).toEqual(['01-001', '01-002']);
    expect(first.plannedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(first.steps).toHaveLength(1);

    const updated = await visits.update(first.id, { visitorName: 'Ni Luh Ayu' });
    expect(updated).toMatchObject({ version: 2, visitorName: 'Ni Luh Ayu', steps: first.steps });
    const outbox = await context.db.outbox
      .where('[table+recordId]')
      .equals(['visits', first.id])
      .toArray();
    expect(outbox.map((e) => e.version)).toEqual([1, 2]);
    expect((await visits.listByDay('2026-11-24')).map((v) => v.queueNumber)).toEqual([
      '01-001',
      '01-002',
    ]);
  });
});

describe('append-only records of the visit', () => {
  it('fill the LAPORAN rows in order, each with its outbox entry', async () => {
    const context = createTestContext();
    const reports = createReportsRepository(context);
    const row = {
      seekerId: 's1',
      cardId: 'c1',
      officerName: 'Ni Nyoman',
      officerNip: '1'.repeat(18),
    };
    await reports.add({ ...row, reportedAt: '2027-05-24' });
    await reports.add({ ...row, reportedAt: '2027-11-24' });
    await reports.add({ ...row, cardId: 'c2', reportedAt: '2027-11-24' });
    expect((await reports.listForCard('c1')).map((r) => [r.ordinal, r.reportedAt])).toEqual([
      [1, '2027-05-24'],
      [2, '2027-11-24'],
    ]);
    expect((await reports.listForCard('c2'))[0]?.ordinal).toBe(1);
    expect(await context.db.outbox.where('table').equals('reports').count()).toBe(3);
  });

  it('count a seeker with an employment report as placed', async () => {
    const context = createTestContext();
    const placements = createPlacementsRepository(context);
    const job = {
      employer: 'PT Bali Sejahtera',
      position: 'Juru masak',
      exchangeType: 'AKL',
    } as const;
    await placements.add({ ...job, seekerId: 's1', startDate: '2027-01-02' });
    await placements.add({ ...job, seekerId: 's1', startDate: '2027-06-01' });
    await placements.add({ ...job, seekerId: 's2', startDate: '2027-03-01' });
    expect(await placements.countPlacedSeekers()).toBe(2);
    expect((await placements.listForSeeker('s1'))[0]?.startDate).toBe('2027-06-01');
    expect(await context.db.outbox.where('table').equals('placements').count()).toBe(3);
  });

  it('write the Buku Penyerahan newest first and duplicate decisions, all into the outbox', async () => {
    const context = createTestContext();
    const handovers = createHandoversRepository(context);
    const line = { seekerId: 's1', registrationNumber: '5171241126010001', seekerName: 'Ayu' };
    await handovers.add({ ...line, cardId: 'c1', handedAt: '2026-11-24T02:00:00.000Z' });
    await handovers.add({ ...line, cardId: 'c2', handedAt: '2026-11-25T02:00:00.000Z' });
    expect((await handovers.list()).map((h) => h.cardId)).toEqual(['c2', 'c1']);
    expect((await handovers.forCard('c1'))?.handedAt).toBe('2026-11-24T02:00:00.000Z');

    const decisions = createDuplicateDecisionsRepository(context);
    await decisions.add({
      seekerId: 's1',
      candidateSeekerId: 's9',
      score: 0.95,
      decision: 'orang-berbeda',
    });
    expect(await decisions.listForSeeker('s1')).toHaveLength(1);
    const tables = (await context.db.outbox.toArray()).map((e) => e.table);
    expect(tables).toEqual(['handovers', 'handovers', 'duplicateDecisions']);
  });
});
