import { usePrintJobs } from './use-print-jobs.js';

/** Print jobs the officer has to act on: failed, or possibly printed and waiting for an answer. */
export function usePrintAttention(): number {
  const { jobs } = usePrintJobs();
  return (jobs ?? []).filter((job) => job.state === 'failed' || job.state === 'uncertain').length;
}
