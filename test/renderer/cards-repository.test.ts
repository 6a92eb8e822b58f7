import { describe, expect, it } from 'vitest';
import { ok } from '../../src-shared/domain/outcome.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import {
  createCardsRepository,
  type NumberAllocator,
} from '../../src-renderer/db/cards-repository.js';
import type { LoketDatabase } from '../../src-renderer/db/database.js';
import { createNumberRepository } from '../../src-renderer/db/number-repository.js';
import { createSettingsRepository } from '../../src-renderer/db/settings-repository.js';
import {
  createSeekersRepository,
  type SeekerFields,
} from '../../src-renderer/db/seekers-repository.js';
import { createTestContext } from '../fakes/test-database.js';
import { ayu } from '../fixtures/seekers.js';

const made: SeekerFields = { ...ayu, nik: '5171010508990001', name: 'I Made Wirawan', sex: 'L' };

async function setUp(allocator?: (db: LoketDatabase) => NumberAllocator) {
  const context = createTestContext();
  const seekers = createSeekersRepository(context);
  const register = async (fields: SeekerFields): Promise<Seeker> =>
    (await seekers.register(fields)).seeker;
  const allocateNumber =
    allocator?.(context.db) ?? createNumberRepository(context.db, { code: '01' }).allocate;
  const cards = createCardsRepository(context, { allocateNumber });
  return { context, db: context.db, cards, register };
}

const issueFor = (seeker: Seeker, issuedOn = '2026-11-24') => ({
  seeker,
  issuedOn,
  layout: 'a4-landscape' as const,
});

describe('issuing an AK/I card', () => {
  it('numbers the card, sets berlaku s.d. two years on and queues card and seeker for sync', async () => {
    const { db, cards, register } = await setUp();
    const seeker = await register(ayu);
    const issued = await cards.issue({ ...issueFor(seeker), visitId: 'visit-1' });
    if (!issued.ok) throw new Error(issued.error.message);
    expect(issued.value).toMatchObject({
      seekerId: seeker.id,
      visitId: 'visit-1',
      kind: 'baru',
      registrationNumber: '5171241126010001',
      issuedAt: '2026-11-24',
      validUntil: '2028-11-24',
      version: 1,
    });
    expect((await db.seekers.get(seeker.id))?.registrationNumber).toBe('5171241126010001');
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.table, e.version])).toEqual([
      ['seekers', 1],
      ['cards', 1],
      ['seekers', 2],
    ]);
    expect(await cards.currentForSeeker(seeker.id)).toEqual(issued.value);
  });

  it('gives the next seeker of the day the next number, and restarts the next day', async () => {
    const { cards, register } = await setUp();
    const first = await cards.issue(issueFor(await register(ayu)));
    const second = await cards.issue(issueFor(await register(made)));
    const third = await cards.issue(
      issueFor(await register({ ...made, nik: '5171010508990009' }), '2026-11-25'),
    );
    expect([first, second, third].map((r) => r.ok && r.value.registrationNumber)).toEqual([
      '5171241126010001',
      '5171241126010002',
      '5171251126010001',
    ]);
  });

  it('uses the number given at registration instead of allocating one', async () => {
    let asked = 0;
    const { cards, register } = await setUp(() => async () => {
      asked += 1;
      return ok('5171241126019999');
    });
    const seeker = await register({ ...ayu, registrationNumber: '5171201126010007' });
    const issued = await cards.issue(issueFor(seeker));
    expect(issued.ok && issued.value.registrationNumber).toBe('5171201126010007');
    expect(asked).toBe(0);
  });

  it('ends on 28 February when issued on 29 February', async () => {
    const { cards, register } = await setUp();
    const issued = await cards.issue(issueFor(await register(ayu), '2028-02-29'));
    expect(issued.ok && issued.value.validUntil).toBe('2030-02-28');
  });

  it("follows the office's validity setting", async () => {
    const { db, cards, register } = await setUp();
    await createSettingsRepository(db).save('validity', {
      validityMonths: 12,
      reportIntervalMonths: 6,
      reportCount: 2,
    });
    const issued = await cards.issue(issueFor(await register(ayu)));
    expect(issued.ok && issued.value.validUntil).toBe('2027-11-24');
  });

  it('refuses a second new card for a seeker who already holds one', async () => {
    const { db, cards, register } = await setUp();
    const seeker = await register(ayu);
    await cards.issue(issueFor(seeker));
    const again = await cards.issue(issueFor(seeker, '2026-12-01'));
    expect(again).toMatchObject({ ok: false, error: { code: 'CARD_EXISTS' } });
    expect(!again.ok && again.error.message).toContain('5171241126010001');
    expect(await db.cards.count()).toBe(1);
  });

  it('keeps the day sequence untouched when the card cannot be saved', async () => {
    const { db, cards, register } = await setUp();
    const a = await register(ayu);
    await cards.issue(issueFor(a));
    // Someone wiped the sequences (a restored backup): the next number would collide.
    await db.numberSequences.clear();
    const b = await register(made);
    const outboxBefore = await db.outbox.count();
    await expect(cards.issue(issueFor(b))).rejects.toThrow();
    expect(await db.numberSequences.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await db.seekers.get(b.id))?.registrationNumber).toBeUndefined();
  });

  it('says why when no number can be allocated', async () => {
    const { cards, register } = await setUp(() => async () => ({
      ok: false,
      error: { code: 'SEQUENCE_EXHAUSTED', message: 'Nomor urut harian loket ini sudah habis.' },
    }));
    const issued = await cards.issue(issueFor(await register(ayu)));
    expect(issued).toMatchObject({ ok: false, error: { code: 'NUMBER_UNAVAILABLE' } });
    expect(!issued.ok && issued.error.message).toContain('sudah habis');
  });
});

describe('printing and reprinting a card', () => {
  async function issued() {
    const env = await setUp();
    const card = await env.cards.issue(issueFor(await env.register(ayu)));
    if (!card.ok) throw new Error(card.error.message);
    return { ...env, card: card.value };
  }

  it('remembers the drawn PDF as a new version of the card', async () => {
    const { db, cards, card } = await issued();
    const drawn = {
      pdfSha256: 'ab'.repeat(32),
      layout: 'cr80' as const,
      photoSha256: 'cd'.repeat(32),
    };
    const updated = await cards.attachPdf(card.id, drawn);
    expect(updated).toMatchObject({ ...drawn, version: 2 });
    expect(await cards.attachPdf(card.id, drawn)).toEqual(updated);
    const entries = await db.outbox.where('[table+recordId]').equals(['cards', card.id]).toArray();
    expect(entries.map((e) => e.version)).toEqual([1, 2]);
  });

  it('logs the first print without a reason', async () => {
    const { cards, card } = await issued();
    const first = await cards.recordPrint(card.id, { printer: 'Epson L3210', reason: '' });
    expect(first).toMatchObject({
      ok: true,
      value: { copy: 1, reason: '', printer: 'Epson L3210' },
    });
  });

  it('refuses a reprint without a reason and logs nothing', async () => {
    const { db, cards, card } = await issued();
    await cards.recordPrint(card.id, { printer: 'Epson L3210', reason: '' });
    const before = await db.outbox.count();
    const refused = await cards.recordPrint(card.id, { printer: 'Epson L3210', reason: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'REPRINT_REASON_REQUIRED' } });
    expect(!refused.ok && refused.error.message).toContain('alasan cetak ulang');
    expect(await cards.prints(card.id)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(before);
  });

  it('logs a reprint with its reason, copy number and an outbox entry', async () => {
    const { db, cards, card } = await issued();
    await cards.recordPrint(card.id, { printer: 'Epson L3210', reason: '' });
    const again = await cards.recordPrint(card.id, {
      printer: 'Epson L3210',
      reason: '  kartu   terlipat saat dicetak ',
    });
    expect(again).toMatchObject({
      ok: true,
      value: { copy: 2, reason: 'kartu terlipat saat dicetak' },
    });
    expect((await cards.prints(card.id)).map((p) => p.copy)).toEqual([1, 2]);
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ table: 'cardPrints', recordId: again.ok ? again.value.id : '' });
  });

  it('reports a card that does not exist', async () => {
    const { cards } = await issued();
    expect(await cards.recordPrint('tidak-ada', { printer: 'x', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'CARD_NOT_FOUND' },
    });
  });
});
