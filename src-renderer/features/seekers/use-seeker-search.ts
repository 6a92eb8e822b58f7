import { useEffect, useState } from 'react';
import { normaliseNik } from '../../../src-shared/domain/nik.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import type { SeekersRepository } from '../../db/seekers-repository.js';

/** A query of digits is a NIK (exact match); anything else is the start of a name. */
export async function searchSeekers(
  repository: SeekersRepository,
  query: string,
): Promise<Seeker[]> {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const asNik = normaliseNik(trimmed);
  if (/^\d+$/.test(asNik)) {
    const found = asNik.length === 16 ? await repository.findByNik(asNik) : undefined;
    return found ? [found] : [];
  }
  return repository.searchByNamePrefix(trimmed, 20);
}

export function useSeekerSearch(
  repository: SeekersRepository,
  query: string,
): Seeker[] | undefined {
  const [results, setResults] = useState<Seeker[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void searchSeekers(repository, query).then((found) => {
      if (current) setResults(found);
    });
    return () => {
      current = false;
    };
  }, [repository, query]);
  return results;
}
