import type { EducationRow } from '../../../src-shared/domain/biodata.js';
import type { CalendarDate } from '../../../src-shared/domain/calendar-date.js';
import type { EducationLevel } from '../../../src-shared/domain/education.js';
import { fail, ok, type Outcome } from '../../../src-shared/domain/outcome.js';
import type { CounsellingRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import {
  matchVacancies,
  meetsMinimumEducation,
  type SeekerProfile,
  type Vacancy,
  type VacancyMatch,
} from '../../../src-shared/domain/vacancy.js';
import type { CounsellingFields } from '../../db/counselling-repository.js';

/**
 * The counselling panel's decisions without React: what the seeker is matched on, and what
 * the officer's ticks become as a record. Tested directly (vitest runs without a DOM).
 */
export type SkipReason = NonNullable<CounsellingRecord['skippedReason']>;
export const skipReasons: readonly SkipReason[] = ['sudah-bekerja', 'keperluan-administrasi'];

/** The biodata's education rows are the fuller record; registration's level is the fallback. */
function highestLevel(
  rows: readonly EducationRow[],
  fallback: EducationLevel | null,
): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const { level } of rows) {
    // meetsMinimumEducation(a, b) is "a is at least b": the same order the vacancies use.
    if (best === null || !meetsMinimumEducation(best, level)) best = level;
  }
  return best ?? fallback;
}

const languageSkill = (language: string) =>
  /^bahasa\s/i.test(language.trim()) ? language.trim() : `Bahasa ${language.trim()}`;

/**
 * What the matching sees of a seeker: the AK/II biodata when it is filled in (highest
 * education, desired KBJI groups, everything typed that names a skill, desired location),
 * else only the education level from registration.
 */
export function seekerProfileOf(seeker: Seeker): SeekerProfile {
  const b = seeker.biodata;
  if (b === undefined) {
    return {
      educationLevel: seeker.educationLevel,
      desiredKbjiGroups: [],
      skills: [],
      desiredLocation: null,
    };
  }
  const skills = [
    ...b.skills,
    ...b.trainings.map((t) => t.name),
    ...b.desiredPositions.map((p) => p.title),
    ...b.workExperience.map((w) => w.position),
    ...b.education.map((e) => e.major),
    ...b.languages.map((l) => languageSkill(l.language)),
  ].filter((s) => s.trim() !== '');
  return {
    educationLevel: highestLevel(b.education, seeker.educationLevel),
    desiredKbjiGroups: [...new Set(b.desiredPositions.map((p) => p.kbjiGroup))],
    skills,
    desiredLocation: b.desiredLocation,
  };
}

export function counsellingMatches(
  seeker: Seeker,
  vacancies: readonly Vacancy[],
  today: CalendarDate,
): readonly VacancyMatch[] {
  return matchVacancies(seekerProfileOf(seeker), vacancies, today);
}

export interface CounsellingDraft {
  readonly explained: readonly string[];
  readonly shortlist: readonly string[];
  readonly notes: string;
}

export const emptyCounsellingDraft: CounsellingDraft = { explained: [], shortlist: [], notes: '' };

const without = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
const withId = (ids: readonly string[], id: string) => (ids.includes(id) ? ids : [...ids, id]);

/** Unticking "explained" also takes the vacancy off the shortlist: only what was explained is chosen. */
export function toggleExplained(draft: CounsellingDraft, id: string): CounsellingDraft {
  return draft.explained.includes(id)
    ? { ...draft, explained: without(draft.explained, id), shortlist: without(draft.shortlist, id) }
    : { ...draft, explained: withId(draft.explained, id) };
}

/** Shortlisting a vacancy marks it explained too. */
export function toggleShortlist(draft: CounsellingDraft, id: string): CounsellingDraft {
  return draft.shortlist.includes(id)
    ? { ...draft, shortlist: without(draft.shortlist, id) }
    : { ...draft, shortlist: withId(draft.shortlist, id), explained: withId(draft.explained, id) };
}

/** Counselling happened when an option was explained or the officer wrote what was advised. */
export function counsellingFieldsOf(
  draft: CounsellingDraft,
  ids: { readonly visitId: string; readonly seekerId: string },
): Outcome<CounsellingFields, 'bimbingan-kosong'> {
  const notes = draft.notes.trim();
  if (draft.explained.length === 0 && notes === '') {
    return fail(
      'bimbingan-kosong',
      'Centang lowongan yang sudah dijelaskan, atau tulis catatan saran yang diberikan; jika bimbingan tidak perlu, pilih alasan melewatinya.',
      'counselling-notes',
    );
  }
  return ok({
    ...ids,
    explainedVacancyIds: [...draft.explained],
    shortlistVacancyIds: draft.shortlist.filter((id) => draft.explained.includes(id)),
    notes,
  });
}

export function skippedCounsellingFields(
  reason: SkipReason,
  ids: { readonly visitId: string; readonly seekerId: string },
): CounsellingFields {
  return {
    ...ids,
    explainedVacancyIds: [],
    shortlistVacancyIds: [],
    notes: '',
    skippedReason: reason,
  };
}
