import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Slip } from '../../../src-shared/printing/slip.js';
import type { QueueTicket } from '../../../src-shared/printing/queue-ticket.js';
import { decodeEscPos, endsWithCut, type DecodedEscPos } from '../../fakes/escpos-decoder.js';
import { startPrinterHarness, type PrinterHarness } from './printer-harness.js';

const visitId = '0195a3f2-7c1e-7b44-9a10-3c5d2e8f9a01';

const ticket: QueueTicket = {
  number: 'A-012',
  service: 'Pembuatan Kartu AK/I',
  issuedAt: '2025-03-14T01:05:00Z',
  visitId,
  waitingAhead: 3,
};

const missing: Slip = {
  kind: 'missing-documents',
  visitId,
  seekerName: 'Ni Luh Putu Ayu Sri Wahyuni Kusumawardhani',
  nik: '5171014508990002',
  missing: ['Fotokopi ijazah terakhir yang dilegalisir', 'Pas foto 3x4 berwarna (2 lembar)'],
  note: 'Latar foto merah.',
  returnedAt: '2025-03-14T01:20:00Z',
  officerName: 'I Made Sudarsana',
};

const handover: Slip = {
  kind: 'handover',
  cardNumber: '5171140325000123',
  seekerName: 'Ni Luh Putu Ayu',
  issuedOn: '2025-03-14',
  validUntil: '2027-03-14',
  reportDueDates: ['2025-09-14', '2026-03-14', '2026-09-14'],
  obligations: [],
  handedOverAt: '2025-03-14T02:00:00Z',
  officerName: 'Kadek Wirawan',
};

const legalisation: Slip = {
  kind: 'legalisation',
  cardNumber: '5171140325000123',
  seekerName: 'Ni Luh Putu Ayu',
  copies: 3,
  legalisedAt: '2025-03-14T02:10:00Z',
  officerName: 'Kadek Wirawan',
  receiptNumber: 'LG-2025-0042',
};

let h: PrinterHarness;
beforeEach(async () => {
  h = await startPrinterHarness();
});
afterEach(async () => h.close());

async function printedJob(): Promise<DecodedEscPos> {
  const jobs = h.printer.jobs();
  expect(jobs).toHaveLength(1);
  return decodeEscPos(jobs[0] ?? Buffer.alloc(0));
}

/** The slip as one paragraph: a phrase wrapped over two lines on 58 mm paper still matches. */
function flat(decoded: DecodedEscPos): string {
  return decoded.lines.join(' ').replace(/\s+/g, ' ');
}

function expectWellFormed(decoded: DecodedEscPos, width: number): void {
  expect(decoded.unknown).toEqual([]);
  expect(decoded.cuts).toBe(1);
  expect(endsWithCut(decoded)).toBe(true);
  for (const line of decoded.lines) expect(line.length).toBeLessThanOrEqual(width);
}

describe.each([
  [58, 32],
  [80, 48],
] as const)('kertas %i mm (%i karakter)', (paperWidth, width) => {
  beforeEach(async () => h.configure({ thermal: { paperWidth } }));

  it('tiket antrean: nomor, layanan, tanggal WITA, QR kunjungan, lalu dipotong', async () => {
    const result = await h.call('printer:printTicket', { ticket });
    expect(result.ok && result.value.state).toBe('done');
    const slip = await printedJob();
    expectWellFormed(slip, width);
    expect(slip.lines).toContain('A-012');
    expect(slip.lines).toContain('Pembuatan Kartu AK/I');
    expect(slip.lines).toContain('14 Maret 2025 09.05 WITA');
    expect(slip.lines).toContain('Antrean di depan Anda: 3');
    expect(flat(slip)).toContain('Dinas Tenaga Kerja dan Sertifikasi Kompetensi Kota Denpasar');
    expect(slip.qr).toEqual([visitId]);
  });

  it('slip berkas dikembalikan: daftar berkas yang kurang, NIK disamarkan', async () => {
    const result = await h.call('printer:printSlip', { slip: missing });
    expect(result.ok).toBe(true);
    const slip = await printedJob();
    expectWellFormed(slip, width);
    const all = flat(slip);
    expect(slip.lines).toContain('BERKAS DIKEMBALIKAN');
    expect(all).toContain('1. Fotokopi ijazah');
    expect(all).toContain('2. Pas foto 3x4 berwarna');
    expect(all).toContain('517101******0002');
    expect(all).not.toContain('5171014508990002');
    expect(all).toContain('Catatan: Latar foto merah.');
    // The long name wraps under its label instead of running off the paper.
    expect(all).toContain('Ni Luh Putu Ayu Sri Wahyuni Kusumawardhani');
    expect(slip.qr).toEqual([visitId]);
  });

  it('tanda terima kartu: nomor kartu, masa berlaku, jadwal lapor, kewajiban', async () => {
    const result = await h.call('printer:printSlip', { slip: handover });
    expect(result.ok).toBe(true);
    const slip = await printedJob();
    expectWellFormed(slip, width);
    const all = flat(slip);
    expect(slip.lines).toContain('TANDA TERIMA KARTU AK/I');
    expect(all).toMatch(/No\. Kartu : 5171140325000123/);
    expect(all).toMatch(/Berlaku s\.d\.: 14 Maret 2027/);
    expect(all).toContain('1. 14 September 2025');
    expect(all).toContain('2. 14 Maret 2026');
    expect(all).toContain('3. 14 September 2026');
    expect(all).toContain('- Lapor ke Disnaker setiap 6 bulan');
    expect(slip.qr).toEqual(['5171140325000123']);
  });

  it('tanda terima legalisir: jumlah salinan dan nomor tanda terima', async () => {
    const result = await h.call('printer:printSlip', { slip: legalisation });
    expect(result.ok).toBe(true);
    const slip = await printedJob();
    expectWellFormed(slip, width);
    const all = flat(slip);
    expect(slip.lines).toContain('TANDA TERIMA LEGALISIR AK/I');
    expect(all).toMatch(/Salinan : 3 lembar dilegalisir/);
    expect(all).toMatch(/No\. Terima: LG-2025-0042/);
    expect(all).toContain('Legalisir AK/I tidak dipungut biaya.');
    expect(slip.qr).toEqual(['5171140325000123']);
  });

  it('halaman uji: penggaris tepat satu baris selebar kertas', async () => {
    const result = await h.call('printer:testPage', { printer: 'thermal' });
    expect(result.ok).toBe(true);
    const slip = await printedJob();
    expectWellFormed(slip, width);
    const ruler = slip.lines.find((l) => /^1234567890/.test(l));
    expect(ruler).toHaveLength(width);
    expect(slip.lines.join(' ')).toContain('Dinas Tenaga Kerja');
    expect(slip.qr).toEqual(['UJI-PRINTER']);
  });
});

describe('isi slip', () => {
  it('data yang tidak sah ditolak sebelum dicetak, dengan pesan yang menyebut perbaikannya', () => {
    const parsed = () => h.call('printer:printSlip', { slip: { ...missing, missing: [] } as Slip });
    return expect(parsed()).rejects.toThrow('Sebutkan minimal satu berkas yang kurang');
  });
});
