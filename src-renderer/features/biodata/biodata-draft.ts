import type {
  Biodata,
  DesiredLocation,
  LanguageLevel,
} from '../../../src-shared/domain/biodata.js';
import { parseNik } from '../../../src-shared/domain/nik.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';

/*
 * The AK/II form as typed: every value a string (or flag) so nothing the officer types is
 * lost or reformatted while editing; biodata-check.ts turns it into a Biodata.
 */
export interface EducationDraft {
  readonly level: string;
  readonly institution: string;
  readonly major: string;
  readonly yearIn: string;
  readonly yearOut: string;
  readonly score: string;
}
export interface TrainingDraft {
  readonly name: string;
  readonly institution: string;
  readonly year: string;
  readonly certified: boolean;
}
export interface LanguageDraft {
  readonly language: string;
  readonly level: LanguageLevel;
}
export interface ExperienceDraft {
  readonly employer: string;
  readonly position: string;
  readonly yearIn: string;
  readonly yearOut: string;
}
export interface PositionDraft {
  readonly kbjiGroup: string;
  readonly title: string;
}

/** Kecamatan value for an address outside Kota Denpasar (then the street line says where). */
export const outsideDenpasar = 'luar-denpasar';

export interface BiodataDraft {
  readonly nik: string;
  readonly name: string;
  readonly birthPlace: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly heightCm: string;
  readonly weightKg: string;
  readonly religion: string;
  readonly maritalStatus: string;
  readonly street: string;
  readonly kecamatanCode: string;
  readonly kelurahanCode: string;
  readonly postcode: string;
  readonly phone: string;
  readonly email: string;
  readonly education: readonly EducationDraft[];
  readonly trainings: readonly TrainingDraft[];
  readonly skills: readonly string[];
  readonly languages: readonly LanguageDraft[];
  readonly workExperience: readonly ExperienceDraft[];
  readonly desiredPositions: readonly PositionDraft[];
  readonly desiredLocation: DesiredLocation;
  readonly targetEmployers: readonly string[];
  readonly nationalNumber: string;
  readonly counsellorNotes: string;
  /** The officer saw a surat keterangan domisili (address outside the home kota). */
  readonly domicileConfirmed: boolean;
}

export const emptyEducation: EducationDraft = {
  level: '',
  institution: '',
  major: '',
  yearIn: '',
  yearOut: '',
  score: '',
};
export const emptyTraining: TrainingDraft = {
  name: '',
  institution: '',
  year: '',
  certified: false,
};
export const emptyLanguage: LanguageDraft = { language: '', level: 'dasar' };
export const emptyExperience: ExperienceDraft = {
  employer: '',
  position: '',
  yearIn: '',
  yearOut: '',
};
export const emptyPosition: PositionDraft = { kbjiGroup: '', title: '' };

const text = (n: number | null): string => (n === null ? '' : String(n));

/** A fresh form, pre-filled from what the greeting learnt (NIK, name) and the NIK itself. */
export function newBiodataDraft(nik: string, name: string, today: string): BiodataDraft {
  const parsed = parseNik(nik, today);
  return {
    nik,
    name,
    birthPlace: '',
    birthDate: parsed.ok ? parsed.value.birthDate : '',
    sex: parsed.ok ? parsed.value.sex : '',
    heightCm: '',
    weightKg: '',
    religion: '',
    maritalStatus: '',
    street: '',
    kecamatanCode: '',
    kelurahanCode: '',
    postcode: '',
    phone: '',
    email: '',
    education: [emptyEducation],
    trainings: [],
    skills: [],
    languages: [{ language: 'Indonesia', level: 'mahir' }],
    workExperience: [],
    desiredPositions: [emptyPosition],
    desiredLocation: 'dalam-negeri',
    targetEmployers: [],
    nationalNumber: '',
    counsellorNotes: '',
    domicileConfirmed: false,
  };
}

/** The form for an existing seeker: their AK/II if filled in, else the registration fields. */
export function draftFromSeeker(seeker: Seeker, today: string): BiodataDraft {
  const b: Biodata | undefined = seeker.biodata;
  if (!b) {
    const base = newBiodataDraft(seeker.nik, seeker.name, today);
    return {
      ...base,
      birthPlace: seeker.birthPlace,
      birthDate: seeker.birthDate,
      sex: seeker.sex,
      street: seeker.address,
      phone: seeker.phone,
      education: [{ ...emptyEducation, level: seeker.educationLevel }],
    };
  }
  return {
    ...b,
    sex: b.sex,
    heightCm: text(b.heightCm),
    weightKg: text(b.weightKg),
    religion: String(b.religion),
    ...b.address,
    education: b.education.map((r) => ({
      ...r,
      yearIn: text(r.yearIn),
      yearOut: text(r.yearOut),
      score: text(r.score),
    })),
    trainings: b.trainings.map((r) => ({ ...r, year: text(r.year) })),
    workExperience: b.workExperience.map((r) => ({
      ...r,
      yearIn: text(r.yearIn),
      yearOut: text(r.yearOut),
    })),
    desiredPositions: b.desiredPositions.map((r) => ({ ...r, kbjiGroup: String(r.kbjiGroup) })),
    nationalNumber: b.nationalNumber ?? '',
    domicileConfirmed: b.address.kecamatanCode === outsideDenpasar,
  };
}
