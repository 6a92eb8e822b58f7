import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  daysBetween,
  formatTanggal,
  isCalendarDate,
  parseCalendarDate,
} from '../../src-shared/domain/calendar-date.js';

describe('tanggal kalender YYYY-MM-DD', () => {
  it('menolak tanggal yang tidak ada atau salah bentuk', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '25-01-01', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    expect(parseCalendarDate('2025-06-15')).toEqual({ year: 2025, month: 6, day: 15 });
  });

  it('menambah bulan dan turun ke akhir bulan bila tanggalnya tidak ada', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-10', -3)).toBe('2024-12-10');
  });

  it('menghitung selisih hari melewati tahun kabisat', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('menghitung umur dalam tahun genap', () => {
    expect(ageOn('2010-06-15', '2025-06-15')).toBe(15);
    expect(ageOn('2010-06-16', '2025-06-15')).toBe(14);
    expect(ageOn('2008-02-29', '2023-02-28')).toBe(14);
    expect(ageOn('2008-02-29', '2023-03-01')).toBe(15);
  });

  it('menulis tanggal panjang berbahasa Indonesia', () => {
    expect(formatTanggal('2017-09-05')).toBe('5 September 2017');
  });
});
