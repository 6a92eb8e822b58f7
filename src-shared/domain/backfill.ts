import { isCalendarDate, type CalendarDate } from './calendar-date.js';
import type { Failure } from './outcome.js';
import type { SeekerDraft } from './seeker.js';
import { validateSeekerDraft, type ValidSeekerDraft } from './seeker-validation.js';

/**
 * A registration typed in afterwards from the paper books kept during an outage (SOP,
 * Peringatan): the seeker as written, when it happened, the number written in the book, who
 * served, and the card issued then (if one was).
 */
export interface BackfillDraft {
  readonly seeker: SeekerDraft;
  /** Local date and time of the original service, `YYYY-MM-DDTHH:mm` (datetime-local). */
  readonly originalAt: string;
  readonly manualNumber: string;
  /** Officer who served, by id (from the officers list). */
  readonly servedBy: string;
  readonly withCard: boolean;
  /** Issue date written on the card, YYYY-MM-DD. */
  readonly cardIssuedOn: string;
}

export interface ValidBackfill {
  readonly seeker: ValidSeekerDraft;
  readonly originalAt: string;
  readonly manualNumber: string;
  readonly servedBy: string;
  readonly card?: { readonly issuedOn: CalendarDate };
}

const localDateTime = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$/;

/** Every failing field at once, in Indonesian; `now` is the counter's local time as `YYYY-MM-DDTHH:mm`. */
export function validateBackfill(
  draft: BackfillDraft,
  now: string,
): { ok: true; value: ValidBackfill } | { ok: false; errors: readonly Failure[] } {
  const today = now.slice(0, 10);
  const seeker = validateSeekerDraft(draft.seeker, today);
  const errors: Failure[] = seeker.ok ? [] : [...seeker.errors];
  const at = localDateTime.exec(draft.originalAt);
  if (!at || !isCalendarDate(at[1] ?? ''))
    errors.push({
      code: 'ORIGINAL_AT',
      message: 'Isi tanggal dan jam pelayanan asli seperti tertulis di buku.',
      field: 'originalAt',
    });
  else if (draft.originalAt > now)
    errors.push({
      code: 'ORIGINAL_AT_FUTURE',
      message: 'Tanggal pelayanan asli tidak boleh di masa depan.',
      field: 'originalAt',
    });
  const manualNumber = draft.manualNumber.trim();
  if (manualNumber === '' || manualNumber.length > 40)
    errors.push({
      code: 'MANUAL_NUMBER',
      message: 'Isi nomor pendaftaran manual dari buku (paling panjang 40 karakter).',
      field: 'manualNumber',
    });
  if (draft.servedBy === '')
    errors.push({
      code: 'SERVED_BY',
      message: 'Pilih petugas yang melayani saat itu.',
      field: 'servedBy',
    });
  if (draft.withCard && !isCalendarDate(draft.cardIssuedOn))
    errors.push({
      code: 'CARD_ISSUED_ON',
      message: 'Isi tanggal terbit kartu seperti tertulis di kartu.',
      field: 'cardIssuedOn',
    });
  else if (draft.withCard && draft.cardIssuedOn > today)
    errors.push({
      code: 'CARD_ISSUED_FUTURE',
      message: 'Tanggal terbit kartu tidak boleh di masa depan.',
      field: 'cardIssuedOn',
    });
  if (!seeker.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      seeker: seeker.value,
      originalAt: draft.originalAt,
      manualNumber,
      servedBy: draft.servedBy,
      ...(draft.withCard ? { card: { issuedOn: draft.cardIssuedOn } } : {}),
    },
  };
}
