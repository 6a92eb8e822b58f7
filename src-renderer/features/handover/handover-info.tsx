import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import { defaultCardObligations } from '../../../src-shared/printing/handover-slip.js';
import type { ReportDue } from '../../../src-shared/domain/validity.js';
import { useT } from '../../i18n/i18n.js';

/**
 * What the SOP (step 13) says to tell the seeker: valid 2 years and nationally, report
 * every 6 months while unemployed (with the dates), report when employed or data change.
 */
export function HandoverInfo(props: {
  readonly card: CardRecord;
  readonly dues: readonly ReportDue[];
  readonly reportsDone: number;
}) {
  const t = useT();
  return (
    <section className="handover-info" aria-labelledby="handover-info-title">
      <h2 id="handover-info-title">{t('handover.infoTitle')}</h2>
      <p>
        {t('handover.validity', {
          number: props.card.registrationNumber,
          issued: formatTanggal(props.card.issuedAt),
          until: formatTanggal(props.card.validUntil),
        })}
      </p>
      <table aria-label={t('handover.dueTable')}>
        <thead>
          <tr>
            <th scope="col">{t('handover.dueRow')}</th>
            <th scope="col">{t('handover.dueDate')}</th>
            <th scope="col">{t('handover.dueState')}</th>
          </tr>
        </thead>
        <tbody>
          {props.dues.map((due) => (
            <tr key={due.ordinal}>
              <td>{due.label}</td>
              <td>{formatTanggal(due.dueOn)}</td>
              <td>
                {due.ordinal <= props.reportsDone ? t('handover.dueDone') : t('handover.dueOpen')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="obligations" aria-label={t('handover.obligations')}>
        {defaultCardObligations.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
