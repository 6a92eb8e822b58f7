import { useState } from 'react';
import { compareDates } from '../../../src-shared/domain/calendar-date.js';
import { parseVacancyFile } from '../../../src-shared/domain/vacancy-import.js';
import type { VacancyRowError } from '../../../src-shared/domain/vacancy-import.js';
import type {
  VacanciesRepository,
  VacancyImportMode,
  VacancyImportSummary,
} from '../../db/vacancies-repository.js';

export type VacancyImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string }
  | {
      readonly kind: 'done';
      readonly file: string;
      readonly imported: number;
      readonly closed: number;
      readonly summary: VacancyImportSummary;
      readonly rowErrors: readonly VacancyRowError[];
    };

const nothingImported: VacancyImportSummary = { added: 0, updated: 0, removed: 0, total: 0 };

/**
 * Reads a chosen file, keeps its good rows and reports the bad ones. A file without a single
 * good row changes nothing, so "replace" can never empty the catalogue by mistake.
 */
export function useVacancyImport(
  repository: VacanciesRepository,
  today: string,
  onImported: () => void,
) {
  const [state, setState] = useState<VacancyImportState>({ kind: 'idle' });

  async function importFile(file: File, mode: VacancyImportMode): Promise<void> {
    setState({ kind: 'reading', file: file.name });
    try {
      const parsed = parseVacancyFile(file.name, await file.text());
      if (!parsed.ok) {
        setState({ kind: 'failed', file: file.name, reason: parsed.error.message });
        return;
      }
      const { vacancies, rowErrors } = parsed.value;
      const summary =
        vacancies.length === 0
          ? nothingImported
          : await repository.importVacancies(vacancies, { mode, source: file.name });
      setState({
        kind: 'done',
        file: file.name,
        imported: vacancies.length,
        closed: vacancies.filter((v) => compareDates(v.closesAt, today) < 0).length,
        summary,
        rowErrors,
      });
      onImported();
    } catch (error) {
      // Reading the file or writing IndexedDB failed (disk, quota): say so, keep the screen usable.
      setState({ kind: 'failed', file: file.name, reason: String(error) });
    }
  }

  return { state, importFile };
}
