import type { Biodata } from '../../../src-shared/domain/biodata.js';
import { findLikelyDuplicates } from '../../../src-shared/domain/duplicates.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import type { SeekersRepository } from '../../db/seekers-repository.js';

export interface LikelyDuplicate {
  readonly seeker: Seeker;
  readonly score: number;
  readonly reasons: readonly string[];
}

/**
 * Seekers who are probably the person being registered under another NIK: same birth date
 * and a similar name (Balinese name prefixes ignored). The seeker being edited is left out.
 */
export async function likelyDuplicates(
  seekers: SeekersRepository,
  biodata: Biodata,
  selfId?: string,
): Promise<readonly LikelyDuplicate[]> {
  const sameDay = await seekers.listByBirthDate(biodata.birthDate);
  const others = sameDay.filter((s) => s.id !== selfId && s.nik !== biodata.nik);
  const found = findLikelyDuplicates(
    { name: biodata.name, birthDate: biodata.birthDate, sex: biodata.sex },
    others,
  );
  return found.flatMap((c) => {
    const seeker = others.find((s) => s.id === c.id);
    return seeker ? [{ seeker, score: c.score, reasons: c.reasons }] : [];
  });
}
