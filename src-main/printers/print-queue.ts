import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  PrintJobKind,
  PrintJobView,
  PrinterErrorCode,
} from '../../src-shared/ipc/channels/printer.js';
import type { PrintJobStore, PrintPayload, StoredPrintJob } from './print-job-store.js';
import {
  interrupted,
  lostPayload,
  stateMessage,
  type ConfirmAction,
} from './print-job-messages.js';
import type { SendResult } from './send-result.js';

export interface PrintJobSpec {
  readonly id: string;
  readonly kind: PrintJobKind;
  readonly printer: PrintJobView['printer'];
  readonly label: string;
  readonly payload: PrintPayload;
}

export interface PrintQueueWorld {
  readonly now: () => Date;
  /** Closed jobs kept for the history list. */
  readonly keep?: number;
  /** One attempt; called again only when the officer asks for a reprint. */
  readonly send: (payload: PrintPayload, job: PrintJobView) => Promise<SendResult>;
  /** Frees what a closed job held (a temporary PDF); it will never be sent again. */
  readonly release?: (payload: PrintPayload) => Promise<void>;
  /** Without a store the jobs live in memory only. */
  readonly store?: PrintJobStore;
}

export interface PrintQueue {
  /** Runs the job once, after earlier jobs on the same printer; a known id is never re-run. */
  submit(spec: PrintJobSpec): Promise<PrintJobView>;
  confirm(id: string, action: ConfirmAction): Promise<Outcome<PrintJobView, PrinterErrorCode>>;
  /** Newest first. */
  list(): Promise<readonly PrintJobView[]>;
  /** Runs `task` in the printer's lane (after its jobs, before later ones): one connection at a time. */
  exclusive<T>(printer: PrintJobView['printer'], task: () => Promise<T>): Promise<T>;
  /** What open jobs still need (their files must not be cleaned up). */
  openPayloads(): Promise<readonly PrintPayload[]>;
}

interface Job {
  view: PrintJobView;
  payload: PrintPayload | undefined;
  running?: Promise<PrintJobView>;
}

const isClosed = (view: PrintJobView) => view.state === 'done' || view.state === 'cancelled';

/**
 * One lane per printer so two slips never interleave on one connection. There is no automatic
 * retry: a failed job waits for "Coba cetak lagi", and an uncertain one (bytes left, no
 * confirmation) waits for the officer to say whether the paper came out. The list is saved
 * before every attempt, so a job cut off by a crash comes back as uncertain, never re-sent.
 */
export function createPrintQueue(world: PrintQueueWorld): PrintQueue {
  const jobs = new Map<string, Job>();
  const lanes = new Map<string, Promise<unknown>>();
  const stamp = (): string => world.now().toISOString();
  /** Deletions of closed jobs' files still running. */
  const releasing = new Set<Promise<void>>();

  function restore(entry: StoredPrintJob): void {
    const { view } = entry;
    const job: Job = { view, payload: isClosed(view) ? undefined : entry.payload };
    jobs.set(view.id, job);
    if (view.state === 'printing') {
      update(job, { state: 'uncertain' }, interrupted.printing);
    } else if (view.state === 'queued') {
      update(job, { state: 'failed' }, interrupted.queued);
    }
  }

  const snapshot = (): StoredPrintJob[] =>
    [...jobs.values()].map((j) =>
      j.payload ? { view: j.view, payload: j.payload } : { view: j.view },
    );
  const persist = (): Promise<void> => world.store?.save(snapshot) ?? Promise.resolve();
  /** Every answer waits for this: what the officer was told is on disk, and no file work lingers. */
  const settled = async (): Promise<void> => {
    await Promise.all([persist(), ...releasing]);
  };

  /** The error of a previous attempt never outlives a new state. */
  function update(
    job: Job,
    patch: Partial<Omit<PrintJobView, 'error'>>,
    error?: PrintJobView['error'],
  ): PrintJobView {
    const { error: _previous, ...rest } = job.view;
    job.view = { ...rest, ...patch, ...(error ? { error } : {}), updatedAt: stamp() };
    if (isClosed(job.view) && job.payload) {
      const { payload } = job;
      job.payload = undefined;
      const release = (world.release?.(payload) ?? Promise.resolve()).catch(() => undefined);
      releasing.add(release);
      void release.finally(() => releasing.delete(release));
    }
    void persist();
    return job.view;
  }

  function inLane<T>(printer: string, task: () => Promise<T>): Promise<T> {
    const previous = lanes.get(printer) ?? Promise.resolve();
    const running = previous.then(task);
    lanes.set(
      printer,
      running.catch(() => undefined),
    );
    return running;
  }

  async function attempt(job: Job): Promise<PrintJobView> {
    const { payload } = job;
    if (!payload) {
      const view = update(job, { state: 'failed' }, lostPayload);
      await settled();
      return view;
    }
    update(job, { state: 'printing', attempts: job.view.attempts + 1 });
    // On disk before the first byte leaves: a crash from here on reads back as uncertain.
    await persist();
    const result = await world.send(payload, job.view).catch((error: unknown): SendResult => ({
      ok: false,
      // A bug in our own code before or while sending: the officer must look.
      sent: 'maybe',
      code: 'PRINT_UNCERTAIN',
      message: `Kesalahan tak terduga saat mencetak (${error instanceof Error ? error.message : String(error)}). Periksa hasil cetak.`,
    }));
    const view = result.ok
      ? update(job, { state: 'done', ...(result.savedTo ? { savedTo: result.savedTo } : {}) })
      : update(
          job,
          { state: result.sent === 'maybe' ? 'uncertain' : 'failed' },
          { code: result.code, message: result.message },
        );
    await settled();
    return view;
  }

  function start(job: Job): Promise<PrintJobView> {
    update(job, { state: 'queued' });
    const running = inLane(job.view.printer, () => attempt(job));
    job.running = running;
    void running.finally(() => {
      // A reprint may already have started a newer attempt.
      if (job.running === running) job.running = undefined;
      prune();
    });
    return running;
  }

  function prune(): void {
    const closed = [...jobs.values()].filter((j) => isClosed(j.view));
    for (const job of closed.slice(0, Math.max(0, closed.length - (world.keep ?? 100)))) {
      jobs.delete(job.view.id);
    }
  }

  /** Jobs from the last run, back before anything else is done with the queue. */
  const ready = (world.store?.load() ?? Promise.resolve([])).then((stored) => {
    for (const entry of stored) restore(entry);
    return stored.length > 0 ? settled() : undefined;
  });

  return {
    async submit(spec) {
      await ready;
      const known = jobs.get(spec.id);
      if (known) return known.running ?? known.view;
      const now = stamp();
      const job: Job = {
        payload: spec.payload,
        view: {
          id: spec.id,
          kind: spec.kind,
          printer: spec.printer,
          label: spec.label,
          state: 'queued',
          attempts: 0,
          createdAt: now,
          updatedAt: now,
        },
      };
      jobs.set(spec.id, job);
      return start(job);
    },

    async confirm(id, action) {
      await ready;
      const job = jobs.get(id);
      if (!job) {
        return fail(
          'PRINT_JOB_NOT_FOUND',
          'Tugas cetak tidak ditemukan (mungkin sudah lama dan terhapus dari riwayat). Cetak lagi dari data yang tersimpan.',
        );
      }
      const { state } = job.view;
      const close = async (next: 'done' | 'cancelled') => {
        const view = update(job, { state: next });
        await settled();
        return ok(view);
      };
      if (action === 'printed' && state === 'uncertain') return close('done');
      if (action === 'cancel' && (state === 'failed' || state === 'uncertain'))
        return close('cancelled');
      if (action === 'reprint' && (state === 'failed' || state === 'uncertain'))
        return ok(await start(job));
      return fail('PRINT_JOB_STATE', stateMessage(state, action));
    },

    async list() {
      await ready;
      return [...jobs.values()].map((j) => j.view).reverse();
    },

    async exclusive(printer, task) {
      await ready;
      return inLane(printer, task);
    },

    async openPayloads() {
      await ready;
      return [...jobs.values()].flatMap((j) => (j.payload ? [j.payload] : []));
    },
  };
}
