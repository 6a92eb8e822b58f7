import { useEffect, useState } from 'react';
import type { VisitRecord } from '../../../src-shared/domain/records.js';
import { serviceTypeLabels } from '../../../src-shared/domain/service-type.js';
import {
  currentStep,
  visitStatusLabels,
  type VisitStatus,
} from '../../../src-shared/domain/visit.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { clockTime } from './format-duration.js';

const statuses: readonly VisitStatus[] = [
  'berjalan',
  'selesai',
  'berkas-dikembalikan',
  'dibatalkan',
];

/** Today's queue: every visit is counted, including returned files and cancellations. */
export function TodayVisits(props: { readonly onOpen: (visitId: string) => void }) {
  const t = useT();
  const { visits, today } = useServices();
  const [list, setList] = useState<readonly VisitRecord[] | undefined>(undefined);
  useEffect(() => {
    void visits.listByDay(today()).then(setList);
  }, [visits, today]);
  if (!list) return null;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">{t('lobby.today')}</h2>
      <ul className="counts" aria-label={t('lobby.counts')}>
        {statuses.map((s) => (
          <li key={s}>
            {visitStatusLabels[s]}: <strong>{list.filter((v) => v.status === s).length}</strong>
          </li>
        ))}
      </ul>
      {list.length === 0 ? (
        <p>{t('lobby.none')}</p>
      ) : (
        <table aria-label={t('lobby.table')}>
          <thead>
            <tr>
              <th scope="col">{t('lobby.col.queue')}</th>
              <th scope="col">{t('lobby.col.time')}</th>
              <th scope="col">{t('lobby.col.service')}</th>
              <th scope="col">{t('lobby.col.visitor')}</th>
              <th scope="col">{t('lobby.col.status')}</th>
              <th scope="col">{t('seekers.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.id}>
                <td className="mono">{v.queueNumber}</td>
                <td>{clockTime(v.openedAt)}</td>
                <td>{serviceTypeLabels[v.serviceType]}</td>
                <td>{v.visitorName ?? '—'}</td>
                <td>
                  {visitStatusLabels[v.status]}
                  {v.status === 'berjalan' &&
                    ` · ${t('lobby.atStep', { no: currentStep(v) ?? '-' })}`}
                </td>
                <td>
                  <button type="button" onClick={() => props.onOpen(v.id)}>
                    {v.status === 'berjalan'
                      ? t('lobby.resume', { number: v.queueNumber })
                      : t('lobby.view', { number: v.queueNumber })}
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
