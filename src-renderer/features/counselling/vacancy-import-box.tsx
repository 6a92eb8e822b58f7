import { useState, type ChangeEvent } from 'react';
import { Notice } from '../../components/notice.js';
import { useServices } from '../../app/services.js';
import type { VacancyImportMode } from '../../db/vacancies-repository.js';
import { useT } from '../../i18n/i18n.js';
import { useVacancyImport, type VacancyImportState } from './use-vacancy-import.js';

const modes: readonly VacancyImportMode[] = ['gabung', 'ganti'];

export function VacancyImportBox(props: { readonly onImported: () => void }) {
  const t = useT();
  const { vacancies, today } = useServices();
  const [mode, setMode] = useState<VacancyImportMode>('gabung');
  const { state, importFile } = useVacancyImport(vacancies, today(), props.onImported);

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again after fixing it still fires `change`.
    input.value = '';
    if (file) void importFile(file, mode);
  }

  return (
    <section aria-labelledby="vacancy-import-title" className="vacancy-import">
      <h2 id="vacancy-import-title">{t('vacancies.import.title')}</h2>
      <fieldset>
        <legend>{t('vacancies.import.mode')}</legend>
        {modes.map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="vacancy-import-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t(m === 'gabung' ? 'vacancies.import.merge' : 'vacancies.import.replace')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="vacancy-file">{t('vacancies.import.file')}</label>
        <input
          id="vacancy-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="vacancy-file-hint"
          disabled={state.kind === 'reading'}
          onChange={onFile}
        />
        <p id="vacancy-file-hint" className="field__hint">
          {t('vacancies.import.hint')}
        </p>
      </div>
      <ImportResult state={state} />
    </section>
  );
}

function ImportResult(props: { readonly state: VacancyImportState }) {
  const t = useT();
  const { state } = props;
  if (state.kind === 'idle') return null;
  if (state.kind === 'reading') {
    return <Notice tone="info">{t('vacancies.import.reading', { file: state.file })}</Notice>;
  }
  if (state.kind === 'failed') {
    return (
      <Notice tone="error">
        {t('vacancies.import.failed', { file: state.file, reason: state.reason })}
      </Notice>
    );
  }
  const { summary } = state;
  return (
    <>
      <Notice tone={state.imported > 0 ? 'success' : 'info'}>
        {t('vacancies.import.done', {
          count: state.imported,
          file: state.file,
          added: summary.added,
          updated: summary.updated,
        })}
        {summary.removed > 0 && ` ${t('vacancies.import.removed', { count: summary.removed })}`}
        {state.closed > 0 && ` ${t('vacancies.import.closed', { count: state.closed })}`}
      </Notice>
      {state.rowErrors.length > 0 && (
        <div className="error-summary" role="alert">
          <p className="error-summary__title">
            {t('vacancies.import.rowErrors', {
              count: new Set(state.rowErrors.map((e) => e.row)).size,
            })}
          </p>
          <ul>
            {state.rowErrors.map((e) => (
              <li key={e.message}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
