import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  PrintJobKind,
  PrintJobView,
  PrinterErrorCode,
} from '../../src-shared/ipc/channels/printer.js';
import type { SendResult } from './send-result.js';

export interface PrintJobSpec {
  readonly id: string;
  readonly kind: PrintJobKind;
  readonly printer: PrintJobView['printer'];
  readonly label: string;
  /** One attempt; called again only when the officer asks for a reprint. */
  readonly run: () => Promise<SendResult>;
  /** Called once the job is done or cancelled and will never be sent again. */
  readonly release?: () => Promise<void>;
}

export type ConfirmAction = 'printed' | 'reprint' | 'cancel';

export interface PrintQueue {
  /** Runs the job once, after earlier jobs on the same printer; a known id is never re-run. */
  submit(spec: PrintJobSpec): Promise<PrintJobView>;
  confirm(id: string, action: ConfirmAction): Promise<Outcome<PrintJobView, PrinterErrorCode>>;
  list(): readonly PrintJobView[];
}

interface Job {
  view: PrintJobView;
  readonly spec: PrintJobSpec;
  running?: Promise<PrintJobView>;
}

/**
 * Jobs in memory, one lane per printer so two slips never interleave on one connection.
 * There is no automatic retry: a failed job waits for 'Cetak ulang', and an uncertain one
 * (bytes left, no confirmation) waits for the officer to say whether the paper came out.
 */
export function createPrintQueue(world: {
  readonly now: () => Date;
  readonly keep?: number;
}): PrintQueue {
  const jobs = new Map<string, Job>();
  const lanes = new Map<string, Promise<unknown>>();
  const stamp = (): string => world.now().toISOString();

  /** The error of a previous attempt never outlives a new state. */
  function update(
    job: Job,
    patch: Partial<Omit<PrintJobView, 'error'>>,
    error?: PrintJobView['error'],
  ): PrintJobView {
    const { error: _previous, ...rest } = job.view;
    job.view = { ...rest, ...patch, ...(error ? { error } : {}), updatedAt: stamp() };
    if (patch.state === 'done' || patch.state === 'cancelled') {
      void job.spec.release?.().catch(() => undefined);
    }
    return job.view;
  }

  function start(job: Job): Promise<PrintJobView> {
    update(job, { state: 'queued' });
    const previous = lanes.get(job.spec.printer) ?? Promise.resolve();
    const running = previous.then(async () => {
      update(job, { state: 'printing', attempts: job.view.attempts + 1 });
      const result = await job.spec.run().catch((error: unknown): SendResult => ({
        ok: false,
        // A bug in our own code before or while sending: the officer must look.
        sent: 'maybe',
        code: 'PRINT_UNCERTAIN',
        message: `Kesalahan tak terduga saat mencetak (${error instanceof Error ? error.message : String(error)}). Periksa hasil cetak.`,
      }));
      if (result.ok) {
        return update(job, {
          state: 'done',
          ...(result.savedTo ? { savedTo: result.savedTo } : {}),
        });
      }
      return update(
        job,
        { state: result.sent === 'maybe' ? 'uncertain' : 'failed' },
        { code: result.code, message: result.message },
      );
    });
    lanes.set(job.spec.printer, running);
    job.running = running;
    void running.finally(() => {
      // A reprint may already have started a newer attempt.
      if (job.running === running) job.running = undefined;
      prune();
    });
    return running;
  }

  function prune(): void {
    const finished = [...jobs.values()].filter(
      (j) => j.view.state === 'done' || j.view.state === 'cancelled',
    );
    for (const job of finished.slice(0, Math.max(0, finished.length - (world.keep ?? 100)))) {
      jobs.delete(job.view.id);
    }
  }

  return {
    async submit(spec) {
      const known = jobs.get(spec.id);
      if (known) return known.running ?? known.view;
      const now = stamp();
      const job: Job = {
        spec,
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
      const job = jobs.get(id);
      if (!job) {
        return fail(
          'PRINT_JOB_NOT_FOUND',
          'Tugas cetak tidak ditemukan (mungkin aplikasi dimulai ulang). Cetak lagi dari data yang tersimpan.',
        );
      }
      const { state } = job.view;
      if (action === 'printed' && state === 'uncertain') return ok(update(job, { state: 'done' }));
      if (action === 'cancel' && (state === 'failed' || state === 'uncertain')) {
        return ok(update(job, { state: 'cancelled' }));
      }
      if (action === 'reprint' && (state === 'failed' || state === 'uncertain'))
        return ok(await start(job));
      return fail('PRINT_JOB_STATE', stateMessage(state, action));
    },

    list() {
      return [...jobs.values()].map((j) => j.view).reverse();
    },
  };
}

function stateMessage(state: PrintJobView['state'], action: ConfirmAction): string {
  if (state === 'queued' || state === 'printing')
    return 'Tugas cetak ini sedang diproses; tunggu sampai selesai.';
  if (state === 'done') return 'Tugas cetak ini sudah selesai; tidak perlu dikonfirmasi lagi.';
  if (state === 'cancelled')
    return 'Tugas cetak ini sudah dibatalkan; cetak lagi dari data yang tersimpan.';
  return action === 'printed'
    ? "Hanya tugas yang statusnya belum pasti yang dapat ditandai 'Sudah tercetak'; tugas ini gagal sebelum data terkirim, pilih 'Cetak ulang'."
    : 'Tindakan ini tidak berlaku untuk tugas cetak ini.';
}
