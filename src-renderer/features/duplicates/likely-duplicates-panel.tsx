import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { useT } from '../../i18n/i18n.js';
import type { LikelyDuplicate } from './find-duplicates.js';

/**
 * Possible duplicates for the officer to decide: the same person (continue with that record)
 * or different people (register the new one). The decision is recorded either way.
 */
export function LikelyDuplicatesPanel(props: {
  readonly candidates: readonly LikelyDuplicate[];
  readonly busy: boolean;
  readonly onSame: (candidate: LikelyDuplicate) => void;
  readonly onDifferent: () => void;
}) {
  const t = useT();
  return (
    <section className="duplicates notice notice--warning" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('duplicates.likelyTitle')}</h2>
      <p>{t('duplicates.likelyIntro')}</p>
      <table aria-label={t('duplicates.likelyTable')}>
        <thead>
          <tr>
            <th scope="col">{t('seekers.col.name')}</th>
            <th scope="col">{t('seekers.col.nik')}</th>
            <th scope="col">{t('seekers.col.birth')}</th>
            <th scope="col">{t('duplicates.reasons')}</th>
            <th scope="col">{t('seekers.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {props.candidates.map((c) => (
            <tr key={c.seeker.id}>
              <td>{c.seeker.name}</td>
              <td className="mono">{c.seeker.nik}</td>
              <td>{formatTanggal(c.seeker.birthDate)}</td>
              <td>
                {c.reasons.join(', ')} · {Math.round(c.score * 100)}%
              </td>
              <td>
                <button type="button" disabled={props.busy} onClick={() => props.onSame(c)}>
                  {t('duplicates.same', { name: c.seeker.name })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" disabled={props.busy} onClick={props.onDifferent}>
        {t('duplicates.different')}
      </button>
    </section>
  );
}
