import { afterEach, describe, expect, it } from 'vitest';
import type { OpenShare, ShareHandle } from '../../../src-main/printers/windows-share.js';
import { decodeEscPos } from '../../fakes/escpos-decoder.js';
import { sampleTicket, startPrinterHarness, type PrinterHarness } from './printer-harness.js';

const ticket = sampleTicket('A-041');

/** The Windows spooler as seen through a printer share: records what each open path received. */
function fakeShares(behaviour: 'accepts' | 'not-shared' | 'hangs') {
  const written = new Map<string, Buffer>();
  const openShare: OpenShare = async (path) => {
    if (behaviour === 'not-shared') {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT',
      });
    }
    const handle: ShareHandle = {
      write: (bytes) =>
        behaviour === 'hangs'
          ? new Promise(() => undefined)
          : Promise.resolve(written.set(path, Buffer.from(bytes))),
      close: async () => undefined,
    };
    return handle;
  };
  return { openShare, written };
}

let h: PrinterHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function windowsHarness(shares: ReturnType<typeof fakeShares>): Promise<PrinterHarness> {
  const harness = await startPrinterHarness({
    deps: { platform: 'win32', openShare: shares.openShare },
  });
  await harness.configure({ thermal: { connection: 'printer:TM-T82' } });
  return harness;
}

describe('printer struk USB di Windows (lewat share printer)', () => {
  it('byte ESC/POS ditulis utuh ke \\\\localhost\\TM-T82', async () => {
    const shares = fakeShares('accepts');
    h = await windowsHarness(shares);
    const result = await h.call('printer:printTicket', { ticket });
    expect(result.ok && result.value.state).toBe('done');
    expect([...shares.written.keys()]).toEqual(['\\\\localhost\\TM-T82']);
    const paper = decodeEscPos(shares.written.get('\\\\localhost\\TM-T82') ?? Buffer.alloc(0));
    expect(paper.lines).toContain('A-041');
    expect(paper.cuts).toBeGreaterThan(0);
  });

  it('printer belum dibagikan: gagal tanpa terkirim, pesan menjelaskan cara membagikannya', async () => {
    const shares = fakeShares('not-shared');
    h = await windowsHarness(shares);
    const result = await h.call('printer:printTicket', { ticket });
    expect(!result.ok && result.error.code).toBe('PRINTER_UNREACHABLE');
    expect(!result.ok && result.error.message).toContain('Share this printer');
    const jobs = await h.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]?.state).toBe('failed');
  });

  it('spooler tidak menjawab setelah data dikirim: belum pasti, tidak dikirim ulang', async () => {
    const shares = fakeShares('hangs');
    h = await windowsHarness(shares);
    const result = await h.call('printer:printTicket', { ticket });
    expect(!result.ok && result.error.code).toBe('PRINT_UNCERTAIN');
    const jobs = await h.call('printer:jobs', {});
    expect(jobs.ok && jobs.value[0]?.state).toBe('uncertain');
  });
});
