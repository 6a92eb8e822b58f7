import type { CardEducation } from '../../src-shared/domain/card-print.js';

/** The fixed rows of PENDIDIKAN FORMAL on the paper card, lowest level first. */
const groups = [
  { label: 'SD', match: /^(SD|MI)$/ },
  { label: 'SLTP', match: /^(SLTP|SMP|MTS)$/ },
  { label: 'SLTA/SMK', match: /^(SLTA|SMA|SMK|MA|MAK|PAKET-?C)$/ },
  { label: 'D-I s.d. D-IV', match: /^D-?(I{1,3}|IV|[1-4])$/ },
  { label: 'Akta I-IV', match: /^AKTA/ },
  { label: 'S1-S3', match: /^S-?[1-3]$/ },
] as const;

export interface EducationRow {
  /** The printed level: the group label, or the seeker's own levels when filled (e.g. 'D-III'). */
  readonly level: string;
  readonly institution: string;
  readonly major: string;
  readonly yearOut: string;
  readonly filled: boolean;
}

function groupOf(level: string): number {
  const key = level.toUpperCase().replace(/\s+/g, '');
  const index = groups.findIndex((g) => g.match.test(key));
  return index === -1 ? groups.length : index;
}

function join(entries: readonly CardEducation[], pick: (e: CardEducation) => string): string {
  return entries
    .map(pick)
    .filter((v) => v.trim() !== '')
    .join('; ');
}

/**
 * Every paper row in order, filled from the seeker's education. A level the card has no row
 * for (e.g. 'Paket B') gets an extra row at the end instead of being dropped.
 */
export function educationRows(education: readonly CardEducation[]): EducationRow[] {
  const buckets: CardEducation[][] = groups.map(() => []);
  const others: CardEducation[] = [];
  for (const entry of education) {
    const g = groupOf(entry.level);
    (buckets[g] ?? others).push(entry);
  }
  const rows = groups.map((group, i) => toRow(group.label, buckets[i] ?? []));
  for (const other of others) rows.push(toRow(other.level, [other]));
  return rows;
}

/** Only the filled rows: the condensed CR80 card prints these. */
export function filledEducationRows(education: readonly CardEducation[]): EducationRow[] {
  return educationRows(education).filter((row) => row.filled);
}

function toRow(label: string, entries: readonly CardEducation[]): EducationRow {
  if (entries.length === 0) {
    return { level: label, institution: '', major: '', yearOut: '', filled: false };
  }
  return {
    level: join(entries, (e) => e.level) || label,
    institution: join(entries, (e) => e.institution),
    major: join(entries, (e) => e.major),
    yearOut: join(entries, (e) => e.yearOut),
    filled: true,
  };
}
