import { describe, expect, it } from 'vitest';
import {
  isKbjiMajorGroup,
  kbjiMajorGroupLabels,
  kbjiMajorGroupOf,
  kbjiMajorGroups,
  kbjiMajorGroupText,
  KBJI_VERSION,
} from '../../src-shared/domain/kbji.js';

describe('golongan pokok KBJI 2014', () => {
  it('sepuluh golongan 0-9 dengan nama resmi', () => {
    expect(KBJI_VERSION).toBe('KBJI 2014');
    expect(kbjiMajorGroups).toHaveLength(10);
    expect(kbjiMajorGroupLabels[0]).toBe('TNI dan Polri');
    expect(kbjiMajorGroupLabels[5]).toBe('Tenaga Usaha Jasa dan Penjualan');
    expect(kbjiMajorGroupLabels[7]).toBe('Pekerja Pengolahan, Kerajinan dan YBDI');
    expect(kbjiMajorGroupLabels[9]).toBe('Pekerja Kasar');
    expect(kbjiMajorGroupText(2)).toBe('2 - Profesional');
  });

  it('mengenali golongan dari kode jabatan 1-4 digit', () => {
    expect(kbjiMajorGroupOf('5120')).toBe(5);
    expect(kbjiMajorGroupOf('0110')).toBe(0);
    expect(kbjiMajorGroupOf(' 3 ')).toBe(3);
    expect(kbjiMajorGroupOf('51201')).toBeNull();
    expect(kbjiMajorGroupOf('A1')).toBeNull();
    expect(kbjiMajorGroupOf('')).toBeNull();
  });

  it('hanya bilangan 0-9 yang golongan pokok', () => {
    expect(isKbjiMajorGroup(9)).toBe(true);
    expect(isKbjiMajorGroup(10)).toBe(false);
    expect(isKbjiMajorGroup('1')).toBe(false);
  });
});
