import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { VacancyMatch } from '../../../src-shared/domain/vacancy.js';
import { useT } from '../../i18n/i18n.js';
import type { CounsellingDraft } from './counselling-model.js';

/** Matched vacancies, best first, with why they match and the officer's two ticks. */
export function CounsellingMatchesTable(props: {
  readonly matches: readonly VacancyMatch[];
  readonly draft: CounsellingDraft;
  readonly onToggleExplained: (id: string) => void;
  readonly onToggleShortlist: (id: string) => void;
}) {
  const t = useT();
  return (
    <table aria-label={t('counselling.matches')} className="counselling-table">
      <thead>
        <tr>
          <th scope="col">{t('counselling.col.vacancy')}</th>
          <th scope="col">{t('counselling.col.score')}</th>
          <th scope="col">{t('counselling.col.reasons')}</th>
          <th scope="col">{t('counselling.col.explained')}</th>
          <th scope="col">{t('counselling.col.shortlist')}</th>
        </tr>
      </thead>
      <tbody>
        {props.matches.map(({ vacancy: v, score, reasons }) => {
          const names = { position: v.position, employer: v.employer };
          return (
            <tr key={v.id}>
              <td>
                <strong>{v.position}</strong>
                <span className="vacancy-keywords">
                  {v.employer} · {v.location.place} ·{' '}
                  {t('counselling.closes', { date: formatTanggal(v.closesAt) })}
                </span>
              </td>
              <td className="mono">{score}</td>
              <td>
                <ul>
                  {reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              <td className="tick">
                <input
                  type="checkbox"
                  aria-label={t('counselling.explained.label', names)}
                  checked={props.draft.explained.includes(v.id)}
                  onChange={() => props.onToggleExplained(v.id)}
                />
              </td>
              <td className="tick">
                <input
                  type="checkbox"
                  aria-label={t('counselling.shortlist.label', names)}
                  checked={props.draft.shortlist.includes(v.id)}
                  onChange={() => props.onToggleShortlist(v.id)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
