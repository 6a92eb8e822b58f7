/**
 * How the thermal printer is reached, written the way node-thermal-printer spells it:
 * `tcp://192.168.1.50:9100` for a network printer, `printer:NAME` for a queue of the
 * operating system (a USB printer installed as a raw CUPS/Windows queue).
 */
export type ThermalConnection =
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'os'; readonly printerName: string };

const tcpPattern = /^tcp:\/\/([A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/;
const osPattern = /^printer:([A-Za-z0-9_.@-]+)$/;

/** ESC/POS printers listen on the raw port 9100 unless told otherwise. */
export const defaultRawPort = 9100;

export function parseThermalConnection(value: string): ThermalConnection | null {
  const tcp = tcpPattern.exec(value.trim());
  if (tcp?.[1] !== undefined) {
    const port = tcp[2] === undefined ? defaultRawPort : Number(tcp[2]);
    return port >= 1 && port <= 65_535 ? { kind: 'tcp', host: tcp[1], port } : null;
  }
  const os = osPattern.exec(value.trim());
  return os?.[1] === undefined ? null : { kind: 'os', printerName: os[1] };
}

export function describeConnection(connection: ThermalConnection): string {
  return connection.kind === 'tcp'
    ? `${connection.host}:${connection.port}`
    : `antrean printer "${connection.printerName}"`;
}

export const connectionHint =
  'Tulis tcp://ALAMAT-IP:9100 untuk printer jaringan, atau printer:NAMA-ANTREAN untuk printer USB yang dipasang di sistem operasi.';
