/**
 * What the counter stores beyond seekers, one interface per table. Every synced record carries
 * RecordMeta; cards, prints, reports, placements, handovers, counselling notes and duplicate
 * decisions are append-only events (they never conflict in sync).
 */
import type { CardLayout } from './card-print.js';
import type { OfficerRole } from './sop.js';
import type { Vacancy } from './vacancy.js';
import type { Visit } from './visit.js';
import type { RecordMeta } from './record.js';

/** A visit (one person's service at the counter) with its SOP step events. */
export type VisitRecord = Visit &
  RecordMeta & {
    /** Local calendar day of the visit (YYYY-MM-DD): queue numbers restart every day. */
    readonly day: string;
    /** Who came, as told at the greeting (before any seeker record exists). */
    readonly visitorName?: string;
    readonly visitorNik?: string;
    /** Ids of the required documents found complete at step 3. */
    readonly checkedDocuments?: readonly string[];
    /** Number allocated for the card this visit issues (new card or renewal). */
    readonly registrationNumber?: string;
    readonly cardId?: string;
  };

/** Who signs, authorises and reports. Until accounts land, chosen in a simple officer picker. */
export interface OfficerRecord {
  readonly id: string;
  readonly name: string;
  /** 18 digits, `YYYYMMDD YYYYMM G NNN`; empty for non-civil-servant staff. */
  readonly nip: string;
  readonly roles: readonly OfficerRole[];
  readonly active: boolean;
}

/** One issued AK/I card (new or renewal). The PDF and photo bytes live in the main-process archive. */
export interface CardRecord extends RecordMeta {
  readonly seekerId: string;
  readonly visitId: string;
  readonly kind: 'baru' | 'perpanjangan';
  readonly registrationNumber: string;
  readonly issuedAt: string; // YYYY-MM-DD
  readonly validUntil: string; // YYYY-MM-DD
  readonly layout: CardLayout;
  readonly pdfSha256?: string;
  readonly photoSha256?: string;
  /** The card this one replaces (renewal). */
  readonly supersedesCardId?: string;
  readonly seekerCheckedAt?: string;
  readonly seekerSignedAt?: string;
  /** SOP step 11: the Pengantar Kerja (or a delegate under disposisi) signs and stamps. */
  readonly approval?: {
    readonly officerId: string;
    readonly name: string;
    readonly nip: string;
    readonly at: string;
    readonly disposisiRef?: string;
  };
}

/** Every print of a card; a reprint needs a reason (the reprint log). */
export interface CardPrintRecord extends RecordMeta {
  readonly cardId: string;
  readonly printedAt: string;
  readonly copy: number;
  readonly reason: string; // '' for the first print
  readonly printer: string;
}

/** Laporan enam bulanan: a row of the LAPORAN table on the card. */
export interface ReportRecord extends RecordMeta {
  readonly seekerId: string;
  readonly cardId: string;
  readonly ordinal: number; // 1 = Pertama
  readonly reportedAt: string; // YYYY-MM-DD
  readonly officerName: string;
  readonly officerNip: string;
}

/** Lapor diterima kerja: the seeker is counted as placed (IPK III/8 by exchange type). */
export interface PlacementRecord extends RecordMeta {
  readonly seekerId: string;
  readonly cardId?: string;
  readonly employer: string;
  readonly position: string;
  readonly startDate: string; // YYYY-MM-DD
  readonly exchangeType: 'AKL' | 'AKAD' | 'AKAN';
}

/** Buku Penyerahan AK/I: one line per card handed over. */
export interface HandoverRecord extends RecordMeta {
  readonly cardId: string;
  readonly seekerId: string;
  readonly registrationNumber: string;
  readonly seekerName: string;
  readonly handedAt: string;
}

/** SOP step 12: what was explained, what was shortlisted, or why counselling was skipped. */
export interface CounsellingRecord extends RecordMeta {
  readonly visitId: string;
  readonly seekerId: string;
  readonly explainedVacancyIds: readonly string[];
  readonly shortlistVacancyIds: readonly string[];
  readonly notes: string;
  readonly skippedReason?: 'sudah-bekerja' | 'keperluan-administrasi';
}

/** The officer's decision on a likely duplicate (similar name, same birth date). */
export interface DuplicateDecisionRecord extends RecordMeta {
  readonly seekerId: string;
  readonly candidateSeekerId: string;
  readonly score: number;
  readonly decision: 'orang-berbeda' | 'orang-sama';
  readonly visitId?: string;
}

/** A vacancy in the local catalogue (imported from CSV/JSON now, pulled by sync later). */
export type VacancyRecord = Vacancy & { readonly importedAt: string; readonly source: string };

/** Last registration-number sequence issued per counter and day: the key is `${counterCode}:${day}`. */
export interface NumberSequenceRecord {
  readonly key: string;
  readonly last: number;
}
