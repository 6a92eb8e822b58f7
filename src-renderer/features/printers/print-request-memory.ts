import { printerChannels } from '../../../src-shared/ipc/channels/printer.js';
import { printChannels, type PrintOrder } from './print-order.js';

/**
 * Which request each job id printed, so "Coba cetak lagi" can send the same request again
 * (re-rendered with today's settings) from any screen. Kept in sessionStorage: it survives a
 * reload of the window but not a restart; after a restart the main process's saved print queue
 * sends the job's own bytes again instead.
 */
export interface PrintRequestMemory {
  remember(jobId: string, order: PrintOrder): void;
  recall(jobId: string): PrintOrder | undefined;
}

const storageKey = 'loket.print-requests';
/** Enough for a busy day's failed jobs; older entries fall back to the main-process reprint. */
const keep = 60;

export function createPrintRequestMemory(storage: Storage | undefined): PrintRequestMemory {
  const read = (): [string, unknown][] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  };
  return {
    remember(jobId, order) {
      const entries = read().filter(([id]) => id !== jobId);
      entries.push([jobId, order]);
      try {
        storage?.setItem(storageKey, JSON.stringify(entries.slice(-keep)));
      } catch {
        // A full or blocked storage only costs the re-render on retry; the job itself is safe.
      }
    },
    recall(jobId) {
      const found = read().find(([id]) => id === jobId)?.[1];
      return found === undefined ? undefined : validOrder(found);
    },
  };
}

function isEntry(value: unknown): value is [string, unknown] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';
}

/** Stored text is not trusted: it is checked against the channel's own schema. */
function validOrder(value: unknown): PrintOrder | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind: unknown = 'kind' in value ? value.kind : undefined;
  const request: unknown = 'request' in value ? value.request : undefined;
  switch (kind) {
    case 'ticket': {
      const parsed = printerChannels[printChannels.ticket].safeParse(request);
      return parsed.success ? { kind, request: { ticket: parsed.data.ticket } } : undefined;
    }
    case 'slip': {
      const parsed = printerChannels[printChannels.slip].safeParse(request);
      return parsed.success ? { kind, request: { slip: parsed.data.slip } } : undefined;
    }
    case 'card': {
      const parsed = printerChannels[printChannels.card].safeParse(request);
      return parsed.success ? { kind, request: { sha256: parsed.data.sha256 } } : undefined;
    }
    case 'test': {
      const parsed = printerChannels[printChannels.test].safeParse(request);
      return parsed.success ? { kind, request: { printer: parsed.data.printer } } : undefined;
    }
    default:
      return undefined;
  }
}
