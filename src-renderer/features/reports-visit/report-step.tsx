import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { cardStatusLabels, reportDueDates } from '../../../src-shared/domain/validity.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { useCardStatus } from '../renewal/use-card-status.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { VisitController } from '../visit/use-visit.js';
import { ReportTable } from './report-table.js';

/**
 * Step 4 of a six-monthly report: the card's status and the LAPORAN row that will be filled
 * today; the Pengantar Kerja signs it at step 11.
 */
export function ReportStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const settings = useCounterSettings();
  const { seeker } = props.controller;
  const status = useCardStatus(seeker?.id);
  if (!seeker || !settings || !status) return <p role="status">{t('visit.loading')}</p>;
  const { card } = status;
  if (!card) return <Notice tone="error">{t('report.noCard')}</Notice>;
  const dues = reportDueDates(card.issuedAt, settings.validity);
  const nextOrdinal = status.reports.length + 1;
  const blocked = status.status === 'kedaluwarsa' || status.status === 'sudah-bekerja';

  return (
    <form
      className="step-panel"
      aria-label={t('visit.panel', { no: 4 })}
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked)
          return props.controller.fail(
            t(status.status === 'kedaluwarsa' ? 'report.expired' : 'report.placed'),
          );
        void props.controller.complete(t('report.note', { ordinal: nextOrdinal }));
      }}
    >
      <p>
        {t('report.card', {
          number: card.registrationNumber,
          until: formatTanggal(card.validUntil),
          status: status.status ? cardStatusLabels[status.status] : '',
        })}
      </p>
      {status.nextReport?.overdue && (
        <Notice tone="warning">{t('report.overdue', { days: -status.nextReport.daysLeft })}</Notice>
      )}
      {!status.nextReport && !blocked && <Notice tone="info">{t('report.extraRow')}</Notice>}
      {blocked && (
        <Notice tone="error">
          {t(status.status === 'kedaluwarsa' ? 'report.expired' : 'report.placed')}
        </Notice>
      )}
      <ReportTable dues={dues} reports={status.reports} nextOrdinal={nextOrdinal} />
      <p>{t('report.askChanges')}</p>
      <div className="form-actions">
        <button type="submit" className="primary" autoFocus disabled={props.controller.busy}>
          {t('report.next', { ordinal: nextOrdinal })}
        </button>
      </div>
    </form>
  );
}
