import { desiredLocationLabels } from '../../../src-shared/domain/biodata.js';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { kbjiMajorGroupText } from '../../../src-shared/domain/kbji.js';
import type { Vacancy } from '../../../src-shared/domain/vacancy.js';
import { useT } from '../../i18n/i18n.js';

export function VacancyTable(props: { readonly vacancies: readonly Vacancy[] }) {
  const t = useT();
  return (
    <table aria-label={t('vacancies.table')} className="vacancy-table">
      <thead>
        <tr>
          <th scope="col">{t('vacancies.col.id')}</th>
          <th scope="col">{t('vacancies.col.position')}</th>
          <th scope="col">{t('vacancies.col.employer')}</th>
          <th scope="col">{t('vacancies.col.kbji')}</th>
          <th scope="col">{t('vacancies.col.education')}</th>
          <th scope="col">{t('vacancies.col.location')}</th>
          <th scope="col">{t('vacancies.col.closes')}</th>
        </tr>
      </thead>
      <tbody>
        {props.vacancies.map((v) => (
          <tr key={v.id}>
            <td className="mono">{v.id}</td>
            <td>
              {v.position}
              {v.keywords.length > 0 && (
                <span className="vacancy-keywords">{v.keywords.join(', ')}</span>
              )}
            </td>
            <td>{v.employer}</td>
            <td>{kbjiMajorGroupText(v.kbjiGroup)}</td>
            <td>{v.minEducation ?? t('vacancies.anyEducation')}</td>
            <td>
              {desiredLocationLabels[v.location.scope]}: {v.location.place}
            </td>
            <td className="nowrap">{formatTanggal(v.closesAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
