import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { ReportRecord } from '../../../src-shared/domain/records.js';
import type { ReportDue } from '../../../src-shared/domain/validity.js';
import { useT } from '../../i18n/i18n.js';

/** The card's LAPORAN table: rows done (date, officer) and rows still due. */
export function ReportTable(props: {
  readonly dues: readonly ReportDue[];
  readonly reports: readonly ReportRecord[];
  readonly nextOrdinal: number;
}) {
  const t = useT();
  const rows = Math.max(props.dues.length, props.reports.length, props.nextOrdinal);
  return (
    <table aria-label={t('report.table')}>
      <thead>
        <tr>
          <th scope="col">{t('handover.dueRow')}</th>
          <th scope="col">{t('handover.dueDate')}</th>
          <th scope="col">{t('report.reportedAt')}</th>
          <th scope="col">{t('report.officer')}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => {
          const due = props.dues[i];
          const done = props.reports[i];
          const next = i + 1 === props.nextOrdinal;
          return (
            <tr
              key={i}
              className={next ? 'row--next' : undefined}
              aria-current={next ? 'true' : undefined}
            >
              <td>{due?.label ?? `Ke-${i + 1}`}</td>
              <td>{due ? formatTanggal(due.dueOn) : '—'}</td>
              <td>{done ? formatTanggal(done.reportedAt) : next ? t('report.today') : ''}</td>
              <td>{done ? `${done.officerName} (NIP ${done.officerNip || '-'})` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
