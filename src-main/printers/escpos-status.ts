import type { ThermalStatusState } from '../../src-shared/ipc/channels/printer.js';

/** DLE EOT n: real-time status, answered at once even while the printer is busy or offline. */
export const statusQueries = Buffer.from([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4]);

export interface DecodedStatus {
  readonly state: Extract<
    ThermalStatusState,
    'ready' | 'paper-out' | 'cover-open' | 'offline' | 'unknown'
  >;
  readonly paperNearEnd: boolean;
}

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear (Epson ESC/POS spec). */
function wellFormed(byte: number): boolean {
  return (byte & 0b1001_0011) === 0b0001_0010;
}

/**
 * Reads the answers to n=1 (printer), n=2 (offline cause) and n=4 (roll paper sensor).
 * A cover left open or a paper end also set the offline bit, so causes are checked first.
 */
export function decodeStatus(bytes: Uint8Array): DecodedStatus {
  const [printer, cause, paper] = bytes;
  if (printer === undefined || cause === undefined || paper === undefined) {
    return { state: 'unknown', paperNearEnd: false };
  }
  if (![printer, cause, paper].every(wellFormed)) return { state: 'unknown', paperNearEnd: false };
  const paperNearEnd = (paper & 0x0c) !== 0;
  if ((cause & 0x04) !== 0) return { state: 'cover-open', paperNearEnd };
  if ((paper & 0x60) !== 0 || (cause & 0x20) !== 0) return { state: 'paper-out', paperNearEnd };
  if ((printer & 0x08) !== 0 || (cause & 0x40) !== 0) return { state: 'offline', paperNearEnd };
  return { state: 'ready', paperNearEnd };
}
