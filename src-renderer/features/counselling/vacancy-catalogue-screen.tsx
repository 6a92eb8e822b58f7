import { useState } from 'react';
import {
  isKbjiMajorGroup,
  kbjiMajorGroups,
  kbjiMajorGroupText,
} from '../../../src-shared/domain/kbji.js';
import type { KbjiMajorGroup } from '../../../src-shared/domain/kbji.js';
import { SelectField, TextField } from '../../components/field.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { useOpenVacancies } from './use-open-vacancies.js';
import { VacancyImportBox } from './vacancy-import-box.js';
import { VacancyTable } from './vacancy-table.js';
import './counselling.css';

const groupOptions = kbjiMajorGroups.map((g) => ({
  value: String(g),
  label: kbjiMajorGroupText(g),
}));

/** The local vacancy catalogue: import from a file, browse what is still open. */
export function VacancyCatalogueScreen() {
  const t = useT();
  const { vacancies, today } = useServices();
  const [group, setGroup] = useState<KbjiMajorGroup | undefined>(undefined);
  const [text, setText] = useState('');
  const [revision, setRevision] = useState(0);
  const filter = { ...(group === undefined ? {} : { kbjiGroup: group }), text };
  const list = useOpenVacancies(vacancies, today(), filter, revision);

  return (
    <section aria-labelledby="vacancies-title" className="screen">
      <h1 id="vacancies-title">{t('vacancies.title')}</h1>
      <p className="screen__intro">{t('vacancies.intro')}</p>
      <VacancyImportBox onImported={() => setRevision((r) => r + 1)} />
      <form role="search" className="vacancy-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="vacancy-kbji"
          label={t('vacancies.filter.kbji')}
          placeholder={t('vacancies.filter.kbji.all')}
          options={groupOptions}
          value={group === undefined ? '' : String(group)}
          onChange={(e) => {
            const value = Number(e.target.value);
            setGroup(e.target.value !== '' && isKbjiMajorGroup(value) ? value : undefined);
          }}
        />
        <TextField
          id="vacancy-search"
          type="search"
          label={t('vacancies.filter.text')}
          hint={t('vacancies.filter.text.hint')}
          value={text}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      {list === undefined ? null : list.open === 0 ? (
        <p role="status">{t('vacancies.empty')}</p>
      ) : (
        <>
          <p role="status">{t('vacancies.count', { shown: list.shown.length, open: list.open })}</p>
          {list.shown.length === 0 ? (
            <p>{t('vacancies.noneMatch')}</p>
          ) : (
            <VacancyTable vacancies={list.shown} />
          )}
        </>
      )}
    </section>
  );
}
