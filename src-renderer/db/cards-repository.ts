import type { CalendarDate } from '../../src-shared/domain/calendar-date.js';
import type { CardLayout } from '../../src-shared/domain/card-print.js';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  CardPrintRecord,
  CardRecord,
  PlacementRecord,
  ReportRecord,
} from '../../src-shared/domain/records.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import { validUntil } from '../../src-shared/domain/validity.js';
import { appendToOutbox } from './outbox.js';
import { changedRecord, newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';
import { readSettings } from './settings-repository.js';

/**
 * Hands out the next No. Pendaftaran for a day (NumberRepository.allocate). Called inside the
 * transaction that saves the card, which also spans `numberSequences` and `settings`, so a
 * sequence kept there is taken only when the card is saved too.
 */
export type NumberAllocator = (issuedOn: CalendarDate) => Promise<Outcome<string, string>>;

export type CardsErrorCode =
  'CARD_EXISTS' | 'CARD_NOT_FOUND' | 'NUMBER_UNAVAILABLE' | 'REPRINT_REASON_REQUIRED';

export interface IssueCardInput {
  readonly seeker: Seeker;
  /** Local date of issue, YYYY-MM-DD; "berlaku s.d." follows from it. */
  readonly issuedOn: CalendarDate;
  readonly layout: CardLayout;
  /** '' when the card is made from the seeker's record outside a counter visit. */
  readonly visitId?: string;
}

export interface PrintInput {
  /** Name of the printer, or where the PDF was saved. */
  readonly printer: string;
  /** Required from the second copy on: why the card is printed again. */
  readonly reason: string;
}

/** A PDF of the card as drawn: what the next print sends. */
export interface DrawnCard {
  readonly pdfSha256: string;
  readonly layout: CardLayout;
  /** The pas foto on it; absent when the card was drawn without one. */
  readonly photoSha256?: string;
}

/** What the card prints besides the seeker: the LAPORAN rows done and any placement. */
export interface CardContext {
  readonly reports: readonly ReportRecord[];
  readonly placement?: PlacementRecord;
}

export interface CardsRepository {
  /** A new card with its number and validity; refused when the seeker already holds one. */
  issue(input: IssueCardInput): Promise<Outcome<CardRecord, CardsErrorCode>>;
  /** Remembers the PDF drawn for the card (layout, photo used), for reprints and the archive. */
  attachPdf(cardId: string, drawn: DrawnCard): Promise<CardRecord>;
  /** Logs one printed copy; from the second copy on a reason is required. */
  recordPrint(cardId: string, input: PrintInput): Promise<Outcome<CardPrintRecord, CardsErrorCode>>;
  /** The seeker's newest card, if any. */
  currentForSeeker(seekerId: string): Promise<CardRecord | undefined>;
  /** Prints of a card, first copy first. */
  prints(cardId: string): Promise<CardPrintRecord[]>;
  context(card: CardRecord): Promise<CardContext>;
}

const minReasonLength = 5;

/** The reprint rule, also checked by the screen before anything is sent to the printer. */
export function checkReprintReason(reason: string): Outcome<string, 'REPRINT_REASON_REQUIRED'> {
  const trimmed = reason.trim().replace(/\s+/g, ' ');
  if (trimmed.length >= minReasonLength) return ok(trimmed);
  return fail(
    'REPRINT_REASON_REQUIRED',
    `Tulis alasan cetak ulang (minimal ${minReasonLength} karakter), misalnya "kartu rusak" atau "data diperbaiki".`,
    'reason',
  );
}

export function createCardsRepository(
  context: RepositoryContext,
  options: { readonly allocateNumber: NumberAllocator },
): CardsRepository {
  const { db } = context;
  const newestFirst = (seekerId: string) =>
    db.cards.where('seekerId').equals(seekerId).reverse().sortBy('issuedAt');

  async function numberFor(seeker: Seeker, issuedOn: CalendarDate) {
    // The number given at registration is used for the seeker's first card.
    const own = seeker.registrationNumber;
    if (own && (await db.cards.where('registrationNumber').equals(own).count()) === 0) {
      return ok(own);
    }
    const allocated = await options.allocateNumber(issuedOn);
    return allocated.ok
      ? allocated
      : fail(
          'NUMBER_UNAVAILABLE',
          `Nomor pendaftaran tidak dapat dibuat: ${allocated.error.message}`,
        );
  }

  return {
    issue: ({ seeker, issuedOn, layout, visitId = '' }) =>
      db.transaction(
        'rw',
        [db.cards, db.seekers, db.outbox, db.numberSequences, db.settings],
        async () => {
          const held = (await newestFirst(seeker.id))[0];
          if (held) {
            return fail(
              'CARD_EXISTS',
              `${seeker.name} sudah memiliki kartu AK/I nomor ${held.registrationNumber}. Cetak ulang kartu itu, atau layani sebagai perpanjangan.`,
            );
          }
          const number = await numberFor(seeker, issuedOn);
          if (!number.ok) return number;
          const at = context.now().toISOString();
          const { validity } = await readSettings(db);
          const card: CardRecord = {
            ...newRecordMeta(context, at),
            seekerId: seeker.id,
            visitId,
            kind: 'baru',
            registrationNumber: number.value,
            issuedAt: issuedOn,
            validUntil: validUntil(issuedOn, validity),
            layout,
            ...(seeker.photo ? { photoSha256: seeker.photo.sha256 } : {}),
          };
          await db.cards.add(card);
          await appendToOutbox(db, 'cards', card, context.newId());
          const stored = await db.seekers.get(seeker.id);
          if (stored && stored.registrationNumber !== card.registrationNumber) {
            const updated = changedRecord(
              stored,
              { registrationNumber: card.registrationNumber },
              context,
              at,
            );
            await db.seekers.put(updated);
            await appendToOutbox(db, 'seekers', updated, context.newId());
          }
          return ok(card);
        },
      ),

    attachPdf: (cardId, { pdfSha256, layout, photoSha256 }) =>
      db.transaction('rw', db.cards, db.outbox, async () => {
        const card = await db.cards.get(cardId);
        // The screen only attaches PDFs to cards it has just read: a missing card is a bug.
        if (!card) throw new Error(`Kartu ${cardId} tidak ada`);
        const same =
          card.pdfSha256 === pdfSha256 &&
          card.layout === layout &&
          card.photoSha256 === photoSha256;
        if (same) return card;
        const { photoSha256: _old, ...rest } = card;
        const updated = changedRecord(
          { ...rest, ...(photoSha256 ? { photoSha256 } : {}) } satisfies CardRecord,
          { pdfSha256, layout },
          context,
          context.now().toISOString(),
        );
        await db.cards.put(updated);
        await appendToOutbox(db, 'cards', updated, context.newId());
        return updated;
      }),

    recordPrint: (cardId, { printer, reason }) =>
      db.transaction('rw', db.cards, db.cardPrints, db.outbox, async () => {
        if (!(await db.cards.get(cardId))) {
          return fail('CARD_NOT_FOUND', 'Kartu tidak ditemukan. Muat ulang data pencari kerja.');
        }
        const copy = (await db.cardPrints.where('cardId').equals(cardId).count()) + 1;
        const checked = copy === 1 ? ok('') : checkReprintReason(reason);
        if (!checked.ok) return checked;
        const at = context.now().toISOString();
        const print: CardPrintRecord = {
          ...newRecordMeta(context, at),
          cardId,
          printedAt: at,
          copy,
          reason: checked.value,
          printer,
        };
        await db.cardPrints.add(print);
        await appendToOutbox(db, 'cardPrints', print, context.newId());
        return ok(print);
      }),

    currentForSeeker: async (seekerId) => (await newestFirst(seekerId))[0],
    prints: (cardId) => db.cardPrints.where('cardId').equals(cardId).sortBy('copy'),
    context: async (card) => {
      const reports = await db.reports.where('cardId').equals(card.id).sortBy('ordinal');
      const placements = await db.placements
        .where('seekerId')
        .equals(card.seekerId)
        .sortBy('startDate');
      const placement = placements.at(-1);
      return placement ? { reports, placement } : { reports };
    },
  };
}
