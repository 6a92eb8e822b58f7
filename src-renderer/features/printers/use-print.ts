import { useMemo, useRef, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { fail } from '../../../src-shared/domain/outcome.js';
import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import { useServices } from '../../app/services.js';
import { useT, type Translate } from '../../i18n/i18n.js';
import {
  orderOf,
  sendPrint,
  type PrintArgs,
  type PrintOrder,
  type PrintOutcome,
} from './print-order.js';
import { createPrintRequestMemory } from './print-request-memory.js';
import { announcePrinterActivity } from './printer-activity.js';

export interface PrintReport {
  readonly tone: 'success' | 'warning' | 'error';
  /** Indonesian (or English), ready to show: what happened and what to do. */
  readonly text: string;
  readonly jobId: string;
  readonly job?: PrintJobView;
}

export interface Printing {
  /** One call = one user action = one job id; a repeat while it runs joins the same job. */
  readonly print: (...args: PrintArgs) => Promise<PrintOutcome>;
  readonly printOrder: (order: PrintOrder) => Promise<PrintOutcome>;
  readonly printing: boolean;
  /** The outcome of the last print from this screen, for a Notice; never silent. */
  readonly report: PrintReport | undefined;
  readonly clearReport: () => void;
}

/** Failures after which the job waits in the print queue for "Coba cetak lagi". */
const queuedFailures = new Set([
  'PRINTER_UNREACHABLE',
  'PRINTER_OFFLINE',
  'PRINTER_PAPER_OUT',
  'PRINTER_COVER_OPEN',
  'PRINT_REJECTED',
]);

export function usePrint(): Printing {
  const { api } = useServices();
  const t = useT();
  const memory = useMemo(() => createPrintRequestMemory(window.sessionStorage), []);
  const running = useRef(new Map<string, Promise<PrintOutcome>>());
  const [printing, setPrinting] = useState(false);
  const [report, setReport] = useState<PrintReport | undefined>(undefined);

  function printOrder(order: PrintOrder): Promise<PrintOutcome> {
    // A double click sends the same order twice: the second joins the first job.
    const key = JSON.stringify(order);
    const joined = running.current.get(key);
    if (joined) return joined;
    const jobId = uuidv7();
    memory.remember(jobId, order);
    setPrinting(true);
    setReport(undefined);
    announcePrinterActivity('print-started');
    const outcome = sendPrint(api, order, jobId)
      .catch((thrown: unknown) =>
        fail('INTERNAL', thrown instanceof Error ? thrown.message : String(thrown)),
      )
      .then((result) => {
        running.current.delete(key);
        setPrinting(running.current.size > 0);
        setReport(reportOf(result, order, jobId, t));
        announcePrinterActivity('print-finished');
        return result;
      });
    running.current.set(key, outcome);
    return outcome;
  }

  return {
    print: (...args) => printOrder(orderOf(...args)),
    printOrder,
    printing,
    report,
    clearReport: () => setReport(undefined),
  };
}

export function reportOf(
  result: PrintOutcome,
  order: PrintOrder,
  jobId: string,
  t: Translate,
): PrintReport {
  if (result.ok) {
    const job = result.value;
    const text = job.savedTo
      ? t('printers.report.saved', { label: job.label, path: job.savedTo })
      : t('printers.report.sent', { label: job.label });
    return { tone: 'success', text, jobId, job };
  }
  const what = t(
    order.kind === 'test'
      ? `printers.what.test-${order.request.printer}`
      : `printers.what.${order.kind}`,
  );
  const reason = result.error.message;
  if (result.error.code === 'PRINT_UNCERTAIN') {
    return { tone: 'warning', text: t('printers.report.uncertain', { what, reason }), jobId };
  }
  const key = queuedFailures.has(result.error.code)
    ? 'printers.report.failedQueued'
    : 'printers.report.failed';
  return { tone: 'error', text: t(key, { what, reason }), jobId };
}
