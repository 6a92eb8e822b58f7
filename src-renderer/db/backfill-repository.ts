import type { ValidBackfill } from '../../src-shared/domain/backfill.js';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { CardRecord } from '../../src-shared/domain/records.js';
import { nameKeyOf, type Seeker } from '../../src-shared/domain/seeker.js';
import { validUntil } from '../../src-shared/domain/validity.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';
import { readSettings } from './settings-repository.js';

/** A card typed in from the books carries the same mark as its seeker. */
export type BackfilledCard = CardRecord & {
  readonly backfilled: NonNullable<Seeker['backfilled']>;
};

export type BackfillErrorCode = 'BACKFILL_NIK_TAKEN' | 'BACKFILL_NUMBER_TAKEN';

export interface BackfillRepository {
  /**
   * Saves the seeker (and card) as written in the manual book, marked `backfilled`, with their
   * outbox entries in one transaction: sync pushes them like any other record.
   */
  save(
    entry: ValidBackfill,
    servedByName: string,
  ): Promise<Outcome<{ seeker: Seeker; card?: BackfilledCard }, BackfillErrorCode>>;
  /** Backfilled seekers, most recently typed first. */
  list(): Promise<Seeker[]>;
}

export function createBackfillRepository(context: RepositoryContext): BackfillRepository {
  const { db } = context;
  return {
    save: (entry, servedByName) =>
      db.transaction('rw', [db.seekers, db.cards, db.outbox, db.settings], async () => {
        const known = await db.seekers.where('nik').equals(entry.seeker.nik).first();
        if (known) {
          return fail(
            'BACKFILL_NIK_TAKEN',
            `NIK ${entry.seeker.nik} sudah terdaftar atas nama ${known.name}; data dari buku tidak disimpan dua kali.`,
            'nik',
          );
        }
        const numberUsed = await db.cards
          .where('registrationNumber')
          .equals(entry.manualNumber)
          .count();
        if (numberUsed > 0) {
          return fail(
            'BACKFILL_NUMBER_TAKEN',
            `Nomor pendaftaran ${entry.manualNumber} sudah dipakai kartu lain; periksa lagi buku manual.`,
            'manualNumber',
          );
        }
        const at = context.now().toISOString();
        const backfilled = {
          originalDate: new Date(entry.originalAt).toISOString(),
          manualNumber: entry.manualNumber,
          servedBy: servedByName,
        };
        const seeker: Seeker = {
          ...entry.seeker,
          ...newRecordMeta(context, at),
          nameKey: nameKeyOf(entry.seeker.name),
          registrationNumber: entry.manualNumber,
          backfilled,
        };
        await db.seekers.add(seeker);
        await appendToOutbox(db, 'seekers', seeker, context.newId());
        if (!entry.card) return ok({ seeker });
        const { validity } = await readSettings(db);
        const card: BackfilledCard = {
          ...newRecordMeta(context, at),
          seekerId: seeker.id,
          visitId: '',
          kind: 'baru',
          registrationNumber: entry.manualNumber,
          issuedAt: entry.card.issuedOn,
          validUntil: validUntil(entry.card.issuedOn, validity),
          layout: 'a4-landscape',
          backfilled,
        };
        await db.cards.add(card);
        await appendToOutbox(db, 'cards', card, context.newId());
        return ok({ seeker, card });
      }),
    list: async () =>
      (await db.seekers.filter((seeker) => seeker.backfilled !== undefined).toArray()).sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt),
      ),
  };
}
