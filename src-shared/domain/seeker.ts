import type { EducationLevel } from './education.js';
import type { Biodata } from './biodata.js';
import type { RecordMeta } from './record.js';

/** Jenis kelamin as coded on the AK/I card: 1 Pria (L), 2 Wanita (P). */
export type Sex = 'L' | 'P';

export const sexLabels: Readonly<Record<Sex, string>> = { L: 'Laki-laki', P: 'Perempuan' };

/** What the officer types at the counter for a new registration (first slice fields). */
export interface SeekerDraft {
  readonly nik: string;
  readonly name: string;
  readonly birthPlace: string;
  /** YYYY-MM-DD; derived from the NIK, must agree with it. */
  readonly birthDate: string;
  readonly sex: Sex | '';
  readonly address: string;
  readonly phone: string;
  readonly educationLevel: EducationLevel | '';
}

/** A job seeker (pencari kerja) as stored. Later issues add the full AK/II biodata. */
export interface Seeker extends RecordMeta {
  readonly nik: string;
  readonly name: string;
  /** Lower-cased, single-spaced name: the index behind case-insensitive prefix search. */
  readonly nameKey: string;
  readonly birthPlace: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly address: string;
  readonly phone: string;
  readonly educationLevel: EducationLevel;
  /** Kecamatan code (e.g. "51.71.01") when the NIK was issued in Denpasar. */
  readonly nikKecamatanCode?: string;
  /** The full AK/II form, once filled in (counter workflow step 4). */
  readonly biodata?: Biodata;
  /** Pas foto 3x4 in the main-process archive, with a small thumbnail (data URL) for lists. */
  readonly photo?: {
    readonly sha256: string;
    readonly thumbnail: string;
    readonly takenAt: string;
  };
  /** Number of the seeker's current card (also in `cards`). */
  readonly registrationNumber?: string;
  /** Typed in from the manual books after an outage (keeps the original date and number). */
  readonly backfilled?: {
    readonly originalDate: string;
    readonly manualNumber: string;
    readonly servedBy: string;
  };
}

/** Key used for name search: case- and space-insensitive, Indonesian locale. */
export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
}
