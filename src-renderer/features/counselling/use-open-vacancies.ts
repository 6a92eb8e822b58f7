import { useEffect, useState } from 'react';
import type { VacancyRecord } from '../../../src-shared/domain/records.js';
import type { VacanciesRepository, VacancyFilter } from '../../db/vacancies-repository.js';

export interface OpenVacancies {
  /** After the filter. */
  readonly shown: readonly VacancyRecord[];
  /** All open vacancies, for the "n of m" line. */
  readonly open: number;
}

/** Open vacancies for `today`, re-read whenever the filter or `revision` (an import) changes. */
export function useOpenVacancies(
  repository: VacanciesRepository,
  today: string,
  filter: VacancyFilter,
  revision: number,
): OpenVacancies | undefined {
  const [result, setResult] = useState<OpenVacancies | undefined>(undefined);
  const { kbjiGroup, text } = filter;
  useEffect(() => {
    let current = true;
    const narrowed = {
      ...(kbjiGroup === undefined ? {} : { kbjiGroup }),
      ...(text === undefined ? {} : { text }),
    };
    void Promise.all([
      repository.listOpen(today, narrowed),
      repository.listOpen(today).then((all) => all.length),
    ]).then(([shown, open]) => {
      if (current) setResult({ shown, open });
    });
    return () => {
      current = false;
    };
  }, [repository, today, kbjiGroup, text, revision]);
  return result;
}
