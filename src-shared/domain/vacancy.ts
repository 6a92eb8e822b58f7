import { desiredLocationLabels } from './biodata.js';
import type { DesiredLocation } from './biodata.js';
import { compareDates } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';
import { educationLevelLabels } from './education.js';
import type { EducationLevel } from './education.js';
import { kbjiMajorGroupLabels } from './kbji.js';
import type { KbjiMajorGroup } from './kbji.js';

/**
 * Vacancies (AK/III, Bursa Kerja Denpasar) and the matching shown in job counselling (SOP
 * step 12): the Pengantar Kerja explains the openings that fit the seeker's talent, interest
 * and ability. Vacancies the seeker is not schooled enough for, or that have closed, are
 * left out rather than ranked low: they cannot be applied for.
 */
export interface Vacancy {
  readonly id: string;
  readonly employer: string;
  readonly position: string;
  readonly kbjiGroup: KbjiMajorGroup;
  /** null: any education. */
  readonly minEducation: EducationLevel | null;
  readonly location: { readonly scope: DesiredLocation; readonly place: string };
  readonly keywords: readonly string[];
  /** Last day to apply. */
  readonly closesAt: CalendarDate;
}

export interface SeekerProfile {
  readonly educationLevel: EducationLevel | null;
  readonly desiredKbjiGroups: readonly KbjiMajorGroup[];
  /** Skills, trainings and desired job titles as typed on the biodata form. */
  readonly skills: readonly string[];
  readonly desiredLocation: DesiredLocation | null;
}

export interface VacancyMatch {
  readonly vacancy: Vacancy;
  /** 0..100. */
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Points per criterion; keywords earn their share per matched keyword, up to 3. */
export const matchWeights = { kbji: 40, keywords: 30, location: 15, education: 15 } as const;
const keywordsForFullPoints = 3;

/** SLTA and SMK are the same level; D-IV equals S1 (both "D-IV/S1" in the IPK reports). */
const educationRank: Readonly<Record<EducationLevel, number>> = {
  SD: 1,
  SLTP: 2,
  SLTA: 3,
  SMK: 3,
  'D-I': 4,
  'D-II': 5,
  'D-III': 6,
  'D-IV': 7,
  S1: 7,
  S2: 8,
  S3: 9,
};

export function meetsMinimumEducation(
  level: EducationLevel | null,
  minimum: EducationLevel | null,
): boolean {
  if (minimum === null) return true;
  return level !== null && educationRank[level] >= educationRank[minimum];
}

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase('id-ID')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** A vacancy term matches when every word of it appears among the seeker's words. */
function matchedTerms(profile: SeekerProfile, vacancy: Vacancy): string[] {
  const seekerWords = new Set(profile.skills.flatMap(words));
  return [...vacancy.keywords, vacancy.position].filter((term) => {
    const w = words(term);
    return w.length > 0 && w.every((x) => seekerWords.has(x));
  });
}

function scoreOne(profile: SeekerProfile, vacancy: Vacancy): VacancyMatch {
  let score = 0;
  const reasons: string[] = [];
  if (profile.desiredKbjiGroups.includes(vacancy.kbjiGroup)) {
    score += matchWeights.kbji;
    reasons.push(`Golongan jabatan sesuai minat: ${kbjiMajorGroupLabels[vacancy.kbjiGroup]}`);
  }
  const terms = matchedTerms(profile, vacancy);
  if (terms.length > 0) {
    const share = Math.min(terms.length, keywordsForFullPoints) / keywordsForFullPoints;
    score += Math.round(matchWeights.keywords * share);
    reasons.push(`Keterampilan cocok: ${terms.join(', ')}`);
  }
  if (profile.desiredLocation !== null && profile.desiredLocation === vacancy.location.scope) {
    score += matchWeights.location;
    reasons.push(`Lokasi sesuai keinginan: ${desiredLocationLabels[vacancy.location.scope]}`);
  }
  score += matchWeights.education;
  reasons.push(
    vacancy.minEducation === null
      ? 'Tanpa syarat pendidikan minimal'
      : `Memenuhi pendidikan minimal ${educationLevelLabels[vacancy.minEducation]}`,
  );
  return { vacancy, score, reasons };
}

/**
 * Open vacancies the seeker qualifies for, best match first; ties go to the one closing
 * soonest, so nothing about to close is buried.
 */
export function matchVacancies(
  profile: SeekerProfile,
  vacancies: Iterable<Vacancy>,
  today: CalendarDate,
  options: { readonly limit?: number } = {},
): readonly VacancyMatch[] {
  const matches: VacancyMatch[] = [];
  for (const v of vacancies) {
    if (compareDates(v.closesAt, today) < 0) continue;
    if (!meetsMinimumEducation(profile.educationLevel, v.minEducation)) continue;
    matches.push(scoreOne(profile, v));
  }
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      compareDates(a.vacancy.closesAt, b.vacancy.closesAt) ||
      a.vacancy.id.localeCompare(b.vacancy.id),
  );
  return options.limit === undefined ? matches : matches.slice(0, Math.max(0, options.limit));
}
