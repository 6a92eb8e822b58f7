import type { CalendarDate } from '../../src-shared/domain/calendar-date.js';
import type { KbjiMajorGroup } from '../../src-shared/domain/kbji.js';
import type { VacancyRecord } from '../../src-shared/domain/records.js';
import type { Vacancy } from '../../src-shared/domain/vacancy.js';
import type { RepositoryContext } from './repository-context.js';

/**
 * The local vacancy catalogue. Vacancies flow down from the city system (imported from a file
 * until sync pulls them), so the counter never pushes them: no outbox here.
 */
export type VacancyImportMode = 'ganti' | 'gabung';

export interface VacancyImportSummary {
  readonly added: number;
  readonly updated: number;
  /** Only when replacing: vacancies of the old catalogue not in the new file. */
  readonly removed: number;
  /** Size of the catalogue after the import. */
  readonly total: number;
}

export interface VacancyFilter {
  readonly kbjiGroup?: KbjiMajorGroup;
  /** Case-insensitive words, all of which must occur in position, employer, place or keywords. */
  readonly text?: string;
}

export interface VacanciesRepository {
  /**
   * 'ganti' replaces the whole catalogue with the list; 'gabung' adds new ids and overwrites
   * known ones, keeping the rest. One transaction: a failed import leaves the old catalogue.
   */
  importVacancies(
    list: readonly Vacancy[],
    options: { readonly mode: VacancyImportMode; readonly source: string },
  ): Promise<VacancyImportSummary>;
  /** Vacancies closing today or later, soonest first (then by id). */
  listOpen(today: CalendarDate, filter?: VacancyFilter): Promise<VacancyRecord[]>;
  get(id: string): Promise<VacancyRecord | undefined>;
  count(): Promise<number>;
}

const searchWords = (text: string) => text.toLocaleLowerCase('id-ID').split(/\s+/).filter(Boolean);

function haystack(v: Vacancy): string {
  return [v.position, v.employer, v.location.place, ...v.keywords]
    .join(' ')
    .toLocaleLowerCase('id-ID');
}

export function createVacanciesRepository(context: RepositoryContext): VacanciesRepository {
  const { db } = context;
  return {
    importVacancies: (list, { mode, source }) =>
      db.transaction('rw', db.vacancies, async () => {
        const importedAt = context.now().toISOString();
        const known = new Set((await db.vacancies.toCollection().primaryKeys()).map(String));
        const incoming = new Set(list.map((v) => v.id));
        const updated = [...incoming].filter((id) => known.has(id)).length;
        const removed = mode === 'ganti' ? [...known].filter((id) => !incoming.has(id)) : [];
        await db.vacancies.bulkDelete(removed);
        await db.vacancies.bulkPut(list.map((v): VacancyRecord => ({ ...v, importedAt, source })));
        return {
          added: incoming.size - updated,
          updated,
          removed: removed.length,
          total: await db.vacancies.count(),
        };
      }),
    async listOpen(today, filter = {}) {
      const words = searchWords(filter.text ?? '');
      const open = await db.vacancies.where('closesAt').aboveOrEqual(today).toArray();
      return open.filter((v) => {
        if (filter.kbjiGroup !== undefined && v.kbjiGroup !== filter.kbjiGroup) return false;
        const text = haystack(v);
        return words.every((w) => text.includes(w));
      });
    },
    get: (id) => db.vacancies.get(id),
    count: () => db.vacancies.count(),
  };
}
