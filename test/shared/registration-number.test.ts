import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { RegistrationPattern } from '../../src-shared/domain/registration-number.js';
import {
  allocateRegistrationNumber,
  compileRegistrationPattern,
  DEFAULT_REGISTRATION_PATTERN,
  formatRegistrationNumber,
  maxSequence,
  nextSequence,
  parseRegistrationNumber,
} from '../../src-shared/domain/registration-number.js';

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.value;
}
const code = <T>(o: Outcome<T>): string => (o.ok ? 'ok' : o.error.code);
const pattern: RegistrationPattern = value(
  compileRegistrationPattern(DEFAULT_REGISTRATION_PATTERN),
);
const parts = { kotaCode: '5171', date: '2025-06-10', counterCode: '01', sequence: 7 };

describe('pola nomor pendaftaran', () => {
  it('pola bawaan menghasilkan 16 digit: kota, DDMMYY, loket, urut', () => {
    expect(pattern.length).toBe(16);
    expect(maxSequence(pattern)).toBe(9999);
    expect(value(formatRegistrationNumber(pattern, parts))).toBe('5171100625010007');
  });
});

describe('menulis dan membaca nomor', () => {
  it('membaca kembali nomor, juga bila ditulis per kotak dengan spasi', () => {
    expect(value(parseRegistrationNumber(pattern, '5171100625010007'))).toEqual(parts);
    expect(
      value(parseRegistrationNumber(DEFAULT_REGISTRATION_PATTERN, '5171 1006 2501 0007')),
    ).toEqual(parts);
  });

  it('menolak nomor dengan panjang, tanggal atau urutan yang salah', () => {
    expect(code(parseRegistrationNumber(pattern, '517110062501007'))).toBe('INVALID_NUMBER');
    expect(code(parseRegistrationNumber(pattern, '51711006250100A7'))).toBe('INVALID_NUMBER');
    expect(code(parseRegistrationNumber(pattern, '5171300225010007'))).toBe('INVALID_DATE');
    expect(code(parseRegistrationNumber(pattern, '5171100625010000'))).toBe('INVALID_NUMBER');
  });

  it('menolak bagian yang tidak sesuai lebar pola', () => {
    expect(code(formatRegistrationNumber(pattern, { ...parts, kotaCode: '51.71' }))).toBe(
      'INVALID_KOTA_CODE',
    );
    expect(code(formatRegistrationNumber(pattern, { ...parts, counterCode: '1' }))).toBe(
      'INVALID_COUNTER_CODE',
    );
    expect(code(formatRegistrationNumber(pattern, { ...parts, date: '2025-02-30' }))).toBe(
      'INVALID_DATE',
    );
    expect(code(formatRegistrationNumber(pattern, { ...parts, sequence: 0 }))).toBe(
      'SEQUENCE_OUT_OF_RANGE',
    );
    expect(code(formatRegistrationNumber(pattern, { ...parts, sequence: 10_000 }))).toBe(
      'SEQUENCE_OUT_OF_RANGE',
    );
  });
});

describe('nomor urut harian per loket', () => {
  it('mulai dari 1 dan naik satu', () => {
    expect(value(nextSequence(null))).toBe(1);
    expect(value(nextSequence(41))).toBe(42);
  });

  it('nomor urut 9999 habis dengan pesan yang jelas', () => {
    expect(value(nextSequence(9998))).toBe(9999);
    const r = nextSequence(9999);
    expect(code(r)).toBe('SEQUENCE_EXHAUSTED');
    expect(r.ok ? '' : r.error.message).toContain('9999');
    const full = allocateRegistrationNumber(pattern, { ...parts }, 9999);
    expect(code(full)).toBe('SEQUENCE_EXHAUSTED');
  });

  it('tidak ada nomor kembar antar 3 loket selama 40 hari (ribuan nomor)', () => {
    const counters = ['01', '02', '03'];
    const perDay = 150;
    // Crosses a month and a year end, where DDMMYY digits change most.
    const days = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2025, 11, 20 + i)).toISOString().slice(0, 10),
    );
    const issued = new Set<string>();
    const last = new Map<string, number>();
    let count = 0;
    for (const date of days) {
      for (let round = 0; round < perDay; round++) {
        for (const counterCode of counters) {
          const key = `${counterCode}|${date}`;
          const r = value(
            allocateRegistrationNumber(
              pattern,
              { kotaCode: '5171', date, counterCode },
              last.get(key) ?? null,
            ),
          );
          last.set(key, r.sequence);
          issued.add(r.number);
          count++;
          expect(value(parseRegistrationNumber(pattern, r.number))).toEqual({
            kotaCode: '5171',
            date,
            counterCode,
            sequence: r.sequence,
          });
        }
      }
    }
    expect(count).toBe(3 * 40 * 150);
    expect(issued.size).toBe(count);
  });

  it('urutan penuh 1..9999 satu loket satu hari semuanya berbeda dan berakhir habis', () => {
    const seen = new Set<string>();
    let last: number | null = null;
    let exhausted = false;
    for (let i = 0; i < 10_001 && !exhausted; i++) {
      const r = allocateRegistrationNumber(pattern, { ...parts, counterCode: '02' }, last);
      if (!r.ok) {
        expect(r.error.code).toBe('SEQUENCE_EXHAUSTED');
        exhausted = true;
        continue;
      }
      seen.add(r.value.number);
      last = r.value.sequence;
    }
    expect(exhausted).toBe(true);
    expect(seen.size).toBe(9999);
  });
});
