/** Formal education levels as the office records them (REFERENCE §2, §6). */
export const educationLevels = [
  'SD',
  'SLTP',
  'SLTA',
  'SMK',
  'D-I',
  'D-II',
  'D-III',
  'D-IV',
  'S1',
  'S2',
  'S3',
] as const;

export type EducationLevel = (typeof educationLevels)[number];

export const educationLevelLabels: Readonly<Record<EducationLevel, string>> = {
  SD: 'SD / sederajat',
  SLTP: 'SLTP / SMP / sederajat',
  SLTA: 'SLTA / SMA / sederajat',
  SMK: 'SMK',
  'D-I': 'Diploma I',
  'D-II': 'Diploma II',
  'D-III': 'Diploma III',
  'D-IV': 'Diploma IV',
  S1: 'Sarjana (S1)',
  S2: 'Magister (S2)',
  S3: 'Doktor (S3)',
};

export function isEducationLevel(value: string): value is EducationLevel {
  return (educationLevels as readonly string[]).includes(value);
}
