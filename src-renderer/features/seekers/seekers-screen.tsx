import { useEffect, useState } from 'react';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { educationLevelLabels } from '../../../src-shared/domain/education.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { TextField } from '../../components/field.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { useSeekerSearch } from './use-seeker-search.js';

export function SeekersScreen(props: {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  readonly onOpen: (seeker: Seeker) => void;
}) {
  const t = useT();
  const { seekers } = useServices();
  const results = useSeekerSearch(seekers, props.query);
  const [total, setTotal] = useState<number | undefined>(undefined);
  useEffect(() => {
    void seekers.count().then(setTotal);
  }, [seekers]);

  return (
    <section aria-labelledby="seekers-title" className="screen">
      <h1 id="seekers-title">{t('seekers.title')}</h1>
      {total !== undefined && (
        <p className="screen__intro">{t('seekers.count', { count: total })}</p>
      )}
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="seeker-search"
          type="search"
          label={t('seekers.search')}
          hint={t('seekers.search.hint')}
          value={props.query}
          autoFocus
          autoComplete="off"
          onChange={(e) => props.onQueryChange(e.target.value)}
        />
      </form>
      {props.query.trim() === '' ? (
        <p>{t('seekers.prompt')}</p>
      ) : results && results.length === 0 ? (
        <p role="status">{t('seekers.empty', { query: props.query.trim() })}</p>
      ) : (
        <table aria-label={t('seekers.results')}>
          <thead>
            <tr>
              <th scope="col">{t('seekers.col.nik')}</th>
              <th scope="col">{t('seekers.col.name')}</th>
              <th scope="col">{t('seekers.col.birth')}</th>
              <th scope="col">{t('seekers.col.education')}</th>
              <th scope="col">{t('seekers.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {(results ?? []).map((seeker) => (
              <tr key={seeker.id}>
                <td className="mono">{seeker.nik}</td>
                <td>{seeker.name}</td>
                <td>{formatTanggal(seeker.birthDate)}</td>
                <td>{educationLevelLabels[seeker.educationLevel]}</td>
                <td>
                  <button type="button" onClick={() => props.onOpen(seeker)}>
                    {t('seekers.open', { name: seeker.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
