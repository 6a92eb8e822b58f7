import type { CalendarDate } from './calendar-date.js';
import type { EducationLevel } from './education.js';
import type { KbjiMajorGroup } from './kbji.js';
import type { Sex } from './seeker.js';

/*
 * The AK/II biodata form ("daftar isian pencari kerja", REFERENCE §3): everything the office
 * keeps about a seeker beyond the card. Validation lives in biodata-validation.ts.
 */

/** Agama as coded on the AK/I card. */
export const religionCodes = [1, 2, 3, 4, 5, 6, 7] as const;
export type ReligionCode = (typeof religionCodes)[number];

export const religionLabels: Readonly<Record<ReligionCode, string>> = {
  1: 'Islam',
  2: 'Katolik',
  3: 'Protestan',
  4: 'Hindu',
  5: 'Buddha',
  6: 'Konghucu',
  7: 'Lainnya',
};

export interface CodeLabel {
  readonly code: string;
  readonly label: string;
}

/** Status perkawinan: local codes vary between offices, so the list is a setting. */
export const defaultMaritalStatuses: readonly CodeLabel[] = [
  { code: '1', label: 'Belum kawin' },
  { code: '2', label: 'Kawin' },
  { code: '3', label: 'Cerai hidup' },
  { code: '4', label: 'Cerai mati' },
];

export const desiredLocations = ['dalam-negeri', 'luar-negeri'] as const;
export type DesiredLocation = (typeof desiredLocations)[number];

export const desiredLocationLabels: Readonly<Record<DesiredLocation, string>> = {
  'dalam-negeri': 'Dalam negeri',
  'luar-negeri': 'Luar negeri',
};

export const languageLevels = ['dasar', 'menengah', 'mahir'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

export const languageLevelLabels: Readonly<Record<LanguageLevel, string>> = {
  dasar: 'Dasar',
  menengah: 'Menengah',
  mahir: 'Mahir / lancar',
};

export interface BiodataAddress {
  /** Street, number, banjar/lingkungan as on the KTP or KK. */
  readonly street: string;
  /** Dotted wilayah codes, e.g. "51.71.01" and "51.71.01.1001". */
  readonly kecamatanCode: string;
  readonly kelurahanCode: string;
  /** 5 digits, or '' when unknown. */
  readonly postcode: string;
}

export interface EducationRow {
  readonly level: EducationLevel;
  readonly institution: string;
  /** Jurusan; '' for SD/SLTP. */
  readonly major: string;
  readonly yearIn: number | null;
  readonly yearOut: number | null;
  /** Nilai/IPK as written on the diploma (0-100 or 0-4); null when not given. */
  readonly score: number | null;
}

export interface TrainingRow {
  readonly name: string;
  readonly institution: string;
  readonly year: number | null;
  readonly certified: boolean;
}

export interface LanguageRow {
  readonly language: string;
  readonly level: LanguageLevel;
}

export interface WorkExperienceRow {
  readonly employer: string;
  readonly position: string;
  readonly yearIn: number | null;
  /** null: still working there. */
  readonly yearOut: number | null;
}

export interface DesiredPosition {
  readonly kbjiGroup: KbjiMajorGroup;
  /** Free text: "Juru masak", "Staf administrasi". */
  readonly title: string;
}

export interface Biodata {
  readonly nik: string;
  readonly name: string;
  readonly birthPlace: string;
  readonly birthDate: CalendarDate;
  readonly sex: Sex;
  readonly heightCm: number | null;
  readonly weightKg: number | null;
  readonly religion: ReligionCode;
  /** A code from the configured marital status list. */
  readonly maritalStatus: string;
  readonly address: BiodataAddress;
  readonly phone: string;
  /** '' when the seeker has none. */
  readonly email: string;
  readonly education: readonly EducationRow[];
  readonly trainings: readonly TrainingRow[];
  readonly skills: readonly string[];
  readonly languages: readonly LanguageRow[];
  readonly workExperience: readonly WorkExperienceRow[];
  readonly desiredPositions: readonly DesiredPosition[];
  readonly desiredLocation: DesiredLocation;
  /** Perusahaan tujuan, free text. */
  readonly targetEmployers: readonly string[];
  /** Number from Karirhub/SIAPkerja, kept apart from the local registration number. */
  readonly nationalNumber?: string;
  /** Catatan Pengantar Kerja. */
  readonly counsellorNotes: string;
}
