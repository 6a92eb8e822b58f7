import type { CardLayout } from '../../../src-shared/domain/card-print.js';
import { fail, type Failure } from '../../../src-shared/domain/outcome.js';
import type { CardSendAs, PrinterSettings } from '../../../src-shared/ipc/channels/printer.js';
import { parseThermalConnection } from '../../../src-shared/printing/thermal-connection.js';
import type { Translate } from '../../i18n/i18n.js';

/** The settings as typed: strings until saved, so a half-typed "-0," is never lost. */
export interface PrinterSettingsForm {
  readonly thermalEnabled: boolean;
  readonly thermalVia: 'network' | 'os';
  readonly thermalAddress: string;
  readonly thermalQueue: string;
  readonly paperWidth: '58' | '80';
  readonly cardPrinterName: string;
  readonly cardLayout: CardLayout;
  readonly cardSendAs: CardSendAs;
  readonly dx: string;
  readonly dy: string;
}

/** Field ids of the form, also the `field` of each failure. */
export type PrinterField = 'thermalAddress' | 'thermalQueue' | 'cardPrinterName' | 'dx' | 'dy';

const maxOffsetMm = 20;
const queuePattern = /^[A-Za-z0-9_.@-]+$/;

export function formOf(settings: PrinterSettings): PrinterSettingsForm {
  const connection = parseThermalConnection(settings.thermal.connection);
  return {
    thermalEnabled: settings.thermal.enabled,
    thermalVia: connection?.kind === 'os' ? 'os' : 'network',
    thermalAddress: connection?.kind === 'os' ? '' : settings.thermal.connection,
    thermalQueue: connection?.kind === 'os' ? connection.printerName : '',
    paperWidth: settings.thermal.paperWidth === 58 ? '58' : '80',
    cardPrinterName: settings.card.printerName,
    cardLayout: settings.card.layout,
    cardSendAs: settings.card.sendAs,
    dx: decimal(settings.card.calibration.dx),
    dy: decimal(settings.card.calibration.dy),
  };
}

/** Millimetres the Indonesian way (1,5) since that is what the officer types back. */
function decimal(mm: number): string {
  return String(mm).replace('.', ',');
}

/** A bare `192.168.1.50` or `192.168.1.50:9100` means the network printer; tcp:// is added. */
function networkConnection(typed: string): string {
  const value = typed.trim();
  return /^[a-z]+:\/\//i.test(value) ? value : `tcp://${value}`;
}

function millimetres(typed: string): number | undefined {
  const value = typed.trim().replace(',', '.');
  if (value === '') return 0;
  return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
}

export type FormCheck =
  | { readonly ok: true; readonly value: PrinterSettings }
  | { readonly ok: false; readonly errors: readonly Failure[] };

/** Every problem at once, each naming its field and the fix. */
export function settingsOf(form: PrinterSettingsForm, t: Translate): FormCheck {
  const errors: Failure[] = [];
  const problem = (field: PrinterField, message: string) =>
    errors.push(fail('INVALID_PRINTER_SETTINGS', message, field).error);

  let connection = '';
  if (form.thermalVia === 'network') {
    connection = networkConnection(form.thermalAddress);
    if (form.thermalAddress.trim() === '')
      problem('thermalAddress', t('printers.error.addressEmpty'));
    else if (parseThermalConnection(connection)?.kind !== 'tcp')
      problem('thermalAddress', t('printers.error.addressInvalid'));
  } else {
    const queue = form.thermalQueue.trim();
    connection = `printer:${queue}`;
    if (queue === '') problem('thermalQueue', t('printers.error.queueEmpty'));
    else if (!queuePattern.test(queue)) problem('thermalQueue', t('printers.error.queueInvalid'));
  }

  const printerName = form.cardPrinterName.trim();
  if (printerName.length > 127) problem('cardPrinterName', t('printers.error.cardNameLong'));

  const offsets = { dx: millimetres(form.dx), dy: millimetres(form.dy) };
  for (const axis of ['dx', 'dy'] as const) {
    const value = offsets[axis];
    if (value === undefined) problem(axis, t(`printers.error.${axis}NotNumber`));
    else if (Math.abs(value) > maxOffsetMm) problem(axis, t(`printers.error.${axis}Range`));
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      thermal: {
        enabled: form.thermalEnabled,
        connection,
        paperWidth: form.paperWidth === '58' ? 58 : 80,
      },
      card: {
        printerName,
        layout: form.cardLayout,
        calibration: { dx: offsets.dx ?? 0, dy: offsets.dy ?? 0 },
        sendAs: form.cardSendAs,
      },
    },
  };
}
