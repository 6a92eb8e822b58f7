import { useMemo, useRef, useState } from 'react';
import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import { Notice } from '../../components/notice.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { PrintJobItem, type JobAction } from './print-job-item.js';
import { PrintReportNotice } from './print-report-notice.js';
import { createPrintRequestMemory } from './print-request-memory.js';
import { announcePrinterActivity } from './printer-activity.js';
import { usePrint } from './use-print.js';
import { usePrintJobs } from './use-print-jobs.js';
import './printers.css';

const historyShown = 10;

/**
 * The print queue: jobs that need the officer first (failed, uncertain, on their way), then the
 * last finished ones. Nothing is ever sent again without a click here.
 */
export function PrintJobsPanel() {
  const t = useT();
  const { api } = useServices();
  const { jobs, error, refresh } = usePrintJobs();
  const { printOrder, report } = usePrint();
  const memory = useMemo(() => createPrintRequestMemory(window.sessionStorage), []);
  const [busyJob, setBusyJob] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function confirm(job: PrintJobView, action: 'printed' | 'reprint' | 'cancel') {
    const result = await api.invoke('printer:confirmJob', { jobId: job.id, action });
    // A reprint that failed again is shown on its job; anything else is said here.
    if (!result.ok && action !== 'reprint') setProblem(result.error.message);
  }

  async function retry(job: PrintJobView) {
    const order = memory.recall(job.id);
    if (!order) return confirm(job, 'reprint');
    // The same request as a new job, rendered with today's settings; the failed one is closed.
    await api.invoke('printer:confirmJob', { jobId: job.id, action: 'cancel' });
    await printOrder(order);
  }

  async function onAction(job: PrintJobView, action: JobAction) {
    setBusyJob(job.id);
    setProblem(undefined);
    const printsAgain = action === 'retry' || action === 'reprint';
    if (action === 'reprint') announcePrinterActivity('print-started');
    if (action === 'retry') await retry(job);
    else await confirm(job, action);
    if (action === 'reprint') announcePrinterActivity('print-finished');
    await refresh();
    setBusyJob(undefined);
    if (!printsAgain) headingRef.current?.focus();
  }

  const open = (jobs ?? []).filter((j) => j.state !== 'done' && j.state !== 'cancelled');
  const finished = (jobs ?? [])
    .filter((j) => j.state === 'done' || j.state === 'cancelled')
    .slice(0, historyShown);

  return (
    <section aria-labelledby="print-jobs-title" className="print-jobs">
      <h2 id="print-jobs-title" ref={headingRef} tabIndex={-1}>
        {t('printers.jobs.title')}
      </h2>
      {error && <Notice tone="error">{t('printers.jobs.loadFailed', { reason: error })}</Notice>}
      {problem && <Notice tone="error">{problem}</Notice>}
      <PrintReportNotice report={report} />
      {jobs === undefined && !error && <p>{t('printers.jobs.loading')}</p>}
      {jobs !== undefined && open.length === 0 && <p>{t('printers.jobs.none')}</p>}
      {open.length > 0 && (
        <ul className="print-jobs__list" aria-label={t('printers.jobs.open')}>
          {open.map((job) => (
            <PrintJobItem key={job.id} job={job} busy={busyJob === job.id} onAction={onAction} />
          ))}
        </ul>
      )}
      {finished.length > 0 && (
        <>
          <h3>{t('printers.jobs.history')}</h3>
          <ul className="print-jobs__list" aria-label={t('printers.jobs.history')}>
            {finished.map((job) => (
              <PrintJobItem key={job.id} job={job} busy={false} onAction={onAction} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
