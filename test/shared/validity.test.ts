import { describe, expect, it } from 'vitest';
import {
  cardStatus,
  defaultValidityPolicy,
  isExpired,
  nextReportDue,
  reportDueDates,
  validUntil,
} from '../../src-shared/domain/validity.js';

const card = { issuedOn: '2025-01-15' };
const four = { ...defaultValidityPolicy, reportCount: 4 };

describe('masa berlaku kartu AK/I', () => {
  it('berlaku sampai 2 tahun setelah tanggal terbit', () => {
    expect(validUntil('2025-01-15')).toBe('2027-01-15');
  });

  it('kartu terbit 29 Februari berlaku s.d. 28 Februari dua tahun kemudian', () => {
    expect(validUntil('2024-02-29')).toBe('2026-02-28');
  });

  it('masih berlaku pada tanggal berlaku s.d., kedaluwarsa sehari sesudahnya', () => {
    expect(isExpired(card, '2027-01-15')).toBe(false);
    expect(isExpired(card, '2027-01-16')).toBe(true);
    expect(cardStatus(card, 3, '2027-01-16')).toBe('kedaluwarsa');
  });
});

describe('jadwal lapor 6 bulanan', () => {
  it('mencetak 3 baris: bulan 6, 12, 18', () => {
    expect(reportDueDates('2025-01-15')).toEqual([
      { ordinal: 1, label: 'Pertama', dueOn: '2025-07-15' },
      { ordinal: 2, label: 'Kedua', dueOn: '2026-01-15' },
      { ordinal: 3, label: 'Ketiga', dueOn: '2026-07-15' },
    ]);
  });

  it('laporan keempat pada bulan 24 bila diatur', () => {
    const dates = reportDueDates('2025-01-15', four);
    expect(dates).toHaveLength(4);
    expect(dates[3]).toEqual({ ordinal: 4, label: 'Keempat', dueOn: '2027-01-15' });
  });

  it('akhir bulan: terbit 31 Agustus, lapor 28/29 Februari', () => {
    expect(reportDueDates('2025-08-31').map((r) => r.dueOn)).toEqual([
      '2026-02-28',
      '2026-08-31',
      '2027-02-28',
    ]);
  });

  it('laporan berikutnya dihitung dari jumlah laporan yang sudah dilakukan', () => {
    expect(nextReportDue(card, 0, '2025-03-01')).toMatchObject({
      ordinal: 1,
      dueOn: '2025-07-15',
      daysLeft: 136,
      overdue: false,
    });
    expect(nextReportDue(card, 1, '2025-08-01')).toMatchObject({ ordinal: 2, dueOn: '2026-01-15' });
  });

  it('terlambat lapor bila tanggal jatuh tempo sudah lewat', () => {
    const late = nextReportDue(card, 0, '2025-07-20');
    expect(late).toMatchObject({ ordinal: 1, daysLeft: -5, overdue: true });
    expect(cardStatus(card, 0, '2025-07-20')).toBe('terlambat-lapor');
    expect(cardStatus(card, 1, '2025-07-20')).toBe('berlaku');
    expect(cardStatus(card, 0, '2025-07-15')).toBe('berlaku');
  });

  it('tidak ada laporan lagi setelah semua dilakukan, setelah bekerja, atau setelah kedaluwarsa', () => {
    expect(nextReportDue(card, 3, '2026-08-01')).toBeNull();
    expect(nextReportDue(card, 3, '2026-08-01', four)).toMatchObject({ ordinal: 4 });
    const placed = { ...card, placedOn: '2025-05-01' };
    expect(nextReportDue(placed, 0, '2025-08-01')).toBeNull();
    expect(cardStatus(placed, 0, '2025-08-01')).toBe('sudah-bekerja');
    expect(nextReportDue(card, 0, '2027-02-01')).toBeNull();
  });
});
