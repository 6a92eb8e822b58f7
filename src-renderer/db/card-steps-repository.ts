import type { CalendarDate } from '../../src-shared/domain/calendar-date.js';
import type { CardLayout } from '../../src-shared/domain/card-print.js';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { CardRecord } from '../../src-shared/domain/records.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import { validUntil } from '../../src-shared/domain/validity.js';
import type { NumberAllocator } from './cards-repository.js';
import { appendToOutbox } from './outbox.js';
import { changedRecord, newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';
import { readSettings } from './settings-repository.js';

export type Approval = NonNullable<CardRecord['approval']>;

/** SOP steps 8-11 on the card record, and the renewal that replaces a card. */
export interface CardStepsRepository {
  /**
   * Perpanjangan: the same seeker gets a new card with a new number and validity that
   * supersedes their current one. Saved with the seeker's new number in one transaction.
   */
  renew(input: {
    readonly seeker: Seeker;
    readonly previous: CardRecord;
    readonly issuedOn: CalendarDate;
    readonly layout: CardLayout;
    readonly visitId: string;
  }): Promise<Outcome<CardRecord, 'NUMBER_UNAVAILABLE'>>;
  /** Step 8: the seeker checked the printed card. */
  markChecked(cardId: string): Promise<CardRecord>;
  /** Step 9: the seeker signed near the photo. */
  markSigned(cardId: string): Promise<CardRecord>;
  /** Step 11: the Pengantar Kerja (or a delegate) signed and stamped. */
  approve(cardId: string, approval: Approval): Promise<CardRecord>;
  get(cardId: string): Promise<CardRecord | undefined>;
}

export function createCardStepsRepository(
  context: RepositoryContext,
  options: { readonly allocateNumber: NumberAllocator },
): CardStepsRepository {
  const { db } = context;

  const change = (cardId: string, changes: (at: string) => Partial<CardRecord>) =>
    db.transaction('rw', db.cards, db.outbox, async () => {
      const card = await db.cards.get(cardId);
      // Steps change only the card the visit made; a missing one is a bug.
      if (!card) throw new Error(`Kartu ${cardId} tidak ada`);
      const at = context.now().toISOString();
      const next = changedRecord(card, changes(at), context, at);
      await db.cards.put(next);
      await appendToOutbox(db, 'cards', next, context.newId());
      return next;
    });

  return {
    renew: ({ seeker, previous, issuedOn, layout, visitId }) =>
      db.transaction(
        'rw',
        [db.cards, db.seekers, db.outbox, db.numberSequences, db.settings],
        async () => {
          const number = await options.allocateNumber(issuedOn);
          if (!number.ok) {
            const reason = number.error.message;
            return fail('NUMBER_UNAVAILABLE', `Nomor pendaftaran tidak dapat dibuat: ${reason}`);
          }
          const at = context.now().toISOString();
          const { validity } = await readSettings(db);
          const card: CardRecord = {
            ...newRecordMeta(context, at),
            seekerId: seeker.id,
            visitId,
            kind: 'perpanjangan',
            registrationNumber: number.value,
            issuedAt: issuedOn,
            validUntil: validUntil(issuedOn, validity),
            layout,
            supersedesCardId: previous.id,
            ...(seeker.photo ? { photoSha256: seeker.photo.sha256 } : {}),
          };
          await db.cards.add(card);
          await appendToOutbox(db, 'cards', card, context.newId());
          const stored = await db.seekers.get(seeker.id);
          if (stored) {
            const changes = { registrationNumber: card.registrationNumber };
            const updated = changedRecord(stored, changes, context, at);
            await db.seekers.put(updated);
            await appendToOutbox(db, 'seekers', updated, context.newId());
          }
          return ok(card);
        },
      ),
    markChecked: (cardId) => change(cardId, (at) => ({ seekerCheckedAt: at })),
    markSigned: (cardId) => change(cardId, (at) => ({ seekerSignedAt: at })),
    approve: (cardId, approval) => change(cardId, () => ({ approval })),
    get: (cardId) => db.cards.get(cardId),
  };
}
