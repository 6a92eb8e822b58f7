import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import { useT } from '../../i18n/i18n.js';

export type JobAction = 'retry' | 'printed' | 'reprint' | 'cancel';

function clock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
}

/** One print job: what, where, how it went, and the officer's choices when it needs one. */
export function PrintJobItem(props: {
  readonly job: PrintJobView;
  readonly busy: boolean;
  readonly onAction: (job: PrintJobView, action: JobAction) => void;
}) {
  const t = useT();
  const { job } = props;
  const act = (action: JobAction) => () => props.onAction(job, action);
  const titleId = `job-${job.id}`;
  return (
    <li className={`print-job print-job--${job.state}`} aria-labelledby={titleId}>
      <div className="print-job__head">
        <span id={titleId} className="print-job__label">
          {job.label}
        </span>
        <span className="print-job__state">{t(`printers.job.state.${job.state}`)}</span>
      </div>
      <p className="print-job__meta">
        {t(`printers.job.printer.${job.printer}`)} · {clock(job.createdAt)}
        {job.attempts > 1 ? ` · ${t('printers.job.attempts', { count: job.attempts })}` : ''}
      </p>
      {job.error && <p className="print-job__error">{job.error.message}</p>}
      {job.savedTo && (
        <p className="print-job__saved">
          {t('printers.job.savedTo')} <span className="mono">{job.savedTo}</span>
        </p>
      )}
      {job.state === 'failed' && (
        <div className="print-job__actions">
          <button type="button" className="primary" disabled={props.busy} onClick={act('retry')}>
            {t('printers.job.retry')}
          </button>
          <button type="button" disabled={props.busy} onClick={act('cancel')}>
            {t('printers.job.cancel')}
          </button>
        </div>
      )}
      {job.state === 'uncertain' && (
        <div className="print-job__question" role="group" aria-labelledby={`${titleId}-q`}>
          <p id={`${titleId}-q`} className="print-job__ask">
            {t(`printers.job.ask.${job.printer}`)}
          </p>
          <div className="print-job__actions">
            <button
              type="button"
              className="primary"
              disabled={props.busy}
              onClick={act('printed')}
            >
              {t('printers.job.printed')}
            </button>
            <button type="button" disabled={props.busy} onClick={act('reprint')}>
              {t('printers.job.reprint')}
            </button>
            <button type="button" disabled={props.busy} onClick={act('cancel')}>
              {t('printers.job.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
