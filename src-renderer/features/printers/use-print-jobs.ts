import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrintJobView } from '../../../src-shared/ipc/channels/printer.js';
import type { InvokeResponse } from '../../../src-shared/ipc/contract.js';
import { useServices } from '../../app/services.js';
import { usePrinterActivity } from './printer-activity.js';

/** Quick while something is on its way to a printer, slow otherwise. */
const busyPollMs = 1500;
const idlePollMs = 15_000;

export interface PrintJobs {
  /** Undefined until the first answer. Newest first. */
  readonly jobs: readonly PrintJobView[] | undefined;
  readonly error: string | undefined;
  readonly refresh: () => Promise<void>;
}

export const isActive = (job: PrintJobView) => job.state === 'queued' || job.state === 'printing';

export function usePrintJobs(): PrintJobs {
  const { api } = useServices();
  const [jobs, setJobs] = useState<readonly PrintJobView[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const alive = useRef(true);

  const apply = useCallback((result: InvokeResponse<'printer:jobs'>) => {
    if (!alive.current) return;
    if (result.ok) {
      setJobs(result.value);
      setError(undefined);
    } else {
      setError(result.error.message);
    }
  }, []);

  const refresh = useCallback(() => api.invoke('printer:jobs', {}).then(apply), [api, apply]);

  useEffect(() => {
    alive.current = true;
    void api.invoke('printer:jobs', {}).then(apply);
    return () => {
      alive.current = false;
    };
  }, [api, apply]);

  const busy = jobs?.some(isActive) ?? false;
  useEffect(() => {
    const timer = window.setInterval(() => void refresh(), busy ? busyPollMs : idlePollMs);
    return () => window.clearInterval(timer);
  }, [busy, refresh]);

  usePrinterActivity((activity) => {
    void refresh();
    // The job appears in the main process a moment after the request leaves.
    if (activity === 'print-started') window.setTimeout(() => void refresh(), 400);
  });

  return { jobs, error, refresh };
}
