import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  PrintJobKind,
  PrintJobView,
  PrinterErrorCode,
} from '../../src-shared/ipc/channels/printer.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import type { Logger } from '../platform/logger.js';
import { queueTicketLines } from '../../src-shared/printing/queue-ticket.js';
import type { SlipContext, SlipLine } from '../../src-shared/printing/slip-line.js';
import { formatDateTime } from '../../src-shared/printing/slip-time.js';
import { slipLabel, slipLines } from '../../src-shared/printing/slip.js';
import { thermalTestPageLines } from '../../src-shared/printing/thermal-test-page.js';
import { prepareCardPdf, writeTempPdf, type PreparedCard } from './card-job.js';
import { layoutSizes } from './card-pdf.js';
import { createCupsCardPrinter, type CardPrinter } from './card-printer.js';
import { cardTestPagePdf } from './card-test-page.js';
import { createCommandRunner, type CommandRunner } from './command-runner.js';
import { renderEscPos } from './escpos-render.js';
import { createPrintJobStore } from './print-job-store.js';
import { payloadSender, releasePayload, sweepPrintFiles } from './print-payload.js';
import { createPrintQueue } from './print-queue.js';
import { createPrinterSettingsStore } from './printer-settings.js';
import type { TcpTimeouts } from './tcp-printer.js';
import { cupsPrinterSource, type SystemPrinterSource } from './system-printers.js';
import { createThermalDriver, thermalMessage } from './thermal-printer.js';
import type { OpenShare } from './windows-share.js';

type PrinterChannel =
  | 'printer:settings:get'
  | 'printer:settings:set'
  | 'printer:status'
  | 'printer:printTicket'
  | 'printer:printSlip'
  | 'printer:printCard'
  | 'printer:testPage'
  | 'printer:jobs'
  | 'printer:systemPrinters'
  | 'printer:confirmJob';

/** Only what printing needs from the archive: where an archived card PDF lies. */
export interface CardPdfSource {
  pathOf(sha256: string): Promise<string | undefined>;
}

export interface PrinterHandlerDeps {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly archive: CardPdfSource;
  readonly officeName?: string;
  /** Runs `lp`; the default spawns real programs from PATH. */
  readonly commandRunner?: CommandRunner;
  /** Electron's adapter; without it cards go through CUPS `lp` or are saved to a folder. */
  readonly cardPrinter?: CardPrinter;
  /** Installed printers for the settings screen; the default asks CUPS. */
  readonly systemPrinters?: SystemPrinterSource;
  readonly thermalTimeouts?: Partial<TcpTimeouts>;
  /** Defaults to this process's platform; tests choose. */
  readonly platform?: NodeJS.Platform;
  readonly openShare?: OpenShare;
  readonly newJobId?: () => string;
  readonly logger?: Logger;
}

export const defaultOfficeName = 'Dinas Tenaga Kerja dan Sertifikasi Kompetensi Kota Denpasar';

/** A finished job as the caller sees it: failures and uncertain jobs are failures with their message. */
function jobOutcome(view: PrintJobView): Outcome<PrintJobView, PrinterErrorCode> {
  return view.error && (view.state === 'failed' || view.state === 'uncertain')
    ? fail(view.error.code, view.error.message)
    : ok(view);
}

/** Holds the print queue: create once per process and keep the result. */
export function printerHandlers(deps: PrinterHandlerDeps): Pick<InvokeHandlers, PrinterChannel> {
  const run = deps.commandRunner ?? createCommandRunner();
  const settings = createPrinterSettingsStore({ dataDir: deps.dataDir });
  const thermal = createThermalDriver({
    run,
    now: deps.now,
    timeouts: deps.thermalTimeouts ?? {},
    ...(deps.platform ? { platform: deps.platform } : {}),
    ...(deps.openShare ? { openShare: deps.openShare } : {}),
  });
  const cards =
    deps.cardPrinter ?? createCupsCardPrinter({ run, saveDir: join(deps.dataDir, 'cetak-kartu') });
  const queue = createPrintQueue({
    now: deps.now,
    send: payloadSender({ settings: () => settings.load(), thermal, cards }),
    release: releasePayload,
    store: createPrintJobStore(deps),
  });
  const newId = deps.newJobId ?? uuidv7;
  const officeName = deps.officeName ?? defaultOfficeName;
  const workDir = join(deps.dataDir, 'cetak-sementara');
  /** Card jobs wait for it: a file being prepared must not be swept away. */
  const swept = queue.openPayloads().then((open) => sweepPrintFiles(workDir, open));

  /**
   * Requests enter the print queue in the order they arrived: preparing one awaits the settings
   * file, and without this a later request could overtake an earlier one.
   */
  let arrival: Promise<unknown> = Promise.resolve();
  function inArrivalOrder<T>(prepare: () => Promise<T>): Promise<T> {
    const next = arrival.then(prepare);
    arrival = next.catch(() => undefined);
    return next;
  }

  async function printThermal(
    kind: PrintJobKind,
    label: string,
    lines: (ctx: SlipContext) => SlipLine[],
    jobId: string | undefined,
  ) {
    const queued = await inArrivalOrder(async () => {
      const current = await settings.load();
      if (!current.thermal.enabled) return undefined;
      const bytes = renderEscPos(
        lines({ paper: current.thermal.paperWidth, officeName }),
        current.thermal.paperWidth,
      );
      // Wrapped so that the arrival chain moves on once the job is queued, not once printed.
      return {
        view: queue.submit({
          id: jobId ?? newId(),
          kind,
          printer: 'thermal',
          label,
          payload: { type: 'escpos', bytesBase64: Buffer.from(bytes).toString('base64') },
        }),
      };
    });
    if (!queued) {
      return fail(
        'PRINTER_DISABLED',
        `${thermalMessage('disabled', '')} Aktifkan dulu, atau tulis secara manual.`,
      );
    }
    return jobOutcome(await queued.view);
  }

  async function printCardFile(
    kind: PrintJobKind,
    label: string,
    prepared: PreparedCard,
    id: string,
  ) {
    const stamp = deps.now().toISOString().replace(/[:.]/g, '-');
    const view = await queue.submit({
      id,
      kind,
      printer: 'card',
      label,
      payload: {
        type: 'card-pdf',
        filePath: prepared.filePath,
        widthMm: prepared.size.width,
        heightMm: prepared.size.height,
        saveAs: `${kind}-${stamp}.pdf`,
        temporary: prepared.temporary,
      },
    });
    return jobOutcome(view);
  }

  return {
    'printer:settings:get': async () => ok(await settings.load()),
    'printer:settings:set': async (request) => settings.save(request),
    // In the printer's lane: many network printers take one connection at a time.
    'printer:status': async () =>
      ok(
        await queue.exclusive('thermal', async () =>
          thermal.status((await settings.load()).thermal),
        ),
      ),

    'printer:printTicket': async ({ ticket, jobId }) =>
      printThermal(
        'ticket',
        `Tiket ${ticket.number}`,
        (ctx) => queueTicketLines(ticket, ctx),
        jobId,
      ),

    'printer:printSlip': async ({ slip, jobId }) =>
      printThermal('slip', slipLabel(slip), (ctx) => slipLines(slip, ctx), jobId),

    'printer:printCard': async ({ sha256, jobId }) => {
      const id = jobId ?? newId();
      await swept;
      const source = await deps.archive.pathOf(sha256);
      if (!source)
        return fail(
          'CARD_PDF_NOT_FOUND',
          'PDF kartu tidak ditemukan di arsip lokal. Buat ulang kartu.',
        );
      const prepared = await prepareCardPdf(source, (await settings.load()).card, workDir, id);
      if (!prepared.ok) return prepared;
      return printCardFile('card', `Kartu AK/I ${sha256.slice(0, 8)}`, prepared.value, id);
    },

    'printer:testPage': async ({ printer, jobId }) => {
      const id = jobId ?? newId();
      const current = await settings.load();
      const printedAt = deps.now().toISOString();
      if (printer === 'thermal') {
        const lines = (ctx: SlipContext) =>
          thermalTestPageLines(ctx, { printedAt, connection: current.thermal.connection });
        return printThermal('test-thermal', 'Halaman uji printer struk', lines, id);
      }
      await swept;
      const pdf = await cardTestPagePdf(current.card.layout, current.card.calibration, {
        officeName,
        printedAt: formatDateTime(printedAt, {}),
      });
      const prepared = await writeTempPdf(workDir, id, pdf, layoutSizes[current.card.layout]);
      return printCardFile('test-card', 'Halaman uji printer kartu', prepared, id);
    },

    'printer:jobs': async () => ok(await queue.list()),
    'printer:systemPrinters': async () =>
      ok(await (deps.systemPrinters ?? cupsPrinterSource(run))()),

    'printer:confirmJob': async ({ jobId, action }) => {
      const confirmed = await queue.confirm(jobId, action);
      return confirmed.ok ? jobOutcome(confirmed.value) : confirmed;
    },
  };
}
