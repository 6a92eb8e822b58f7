import { describe, expect, it } from 'vitest';
import type { RequiredDocument } from '../../src-shared/domain/requirements.js';
import {
  defaultRequirements,
  missingDocuments,
  requirementsComplete,
  returnSlipLines,
  returnSlipText,
  validateRequirements,
} from '../../src-shared/domain/requirements.js';

const ids = (docs: readonly RequiredDocument[]): string[] => docs.map((d) => d.id);

describe('daftar persyaratan berkas (langkah 3)', () => {
  it('memuat KTP, pas foto, ijazah wajib; sertifikat dan pengalaman kerja jika ada', () => {
    expect(ids(defaultRequirements.filter((d) => d.required))).toEqual([
      'ktp',
      'pas-foto',
      'ijazah',
    ]);
    expect(ids(defaultRequirements.filter((d) => !d.required))).toEqual([
      'sertifikat',
      'pengalaman-kerja',
    ]);
    expect(defaultRequirements.find((d) => d.id === 'pas-foto')?.label).toContain('3x4');
  });

  it('melaporkan hanya berkas wajib yang belum dicentang, sesuai urutan daftar', () => {
    expect(ids(missingDocuments(defaultRequirements, []))).toEqual(['ktp', 'pas-foto', 'ijazah']);
    expect(ids(missingDocuments(defaultRequirements, ['pas-foto']))).toEqual(['ktp', 'ijazah']);
    expect(requirementsComplete(defaultRequirements, ['ktp', 'pas-foto', 'ijazah'])).toBe(true);
    expect(requirementsComplete(defaultRequirements, ['ktp', 'ijazah', 'sertifikat'])).toBe(false);
  });

  it('mengikuti daftar kantor yang diubah (misalnya tambah KK)', () => {
    const list = [
      ...defaultRequirements,
      { id: 'kk', label: 'Fotokopi Kartu Keluarga', required: true },
    ];
    expect(ids(missingDocuments(list, ['ktp', 'pas-foto', 'ijazah']))).toEqual(['kk']);
  });

  it('memeriksa daftar sebelum disimpan', () => {
    expect(validateRequirements(defaultRequirements).ok).toBe(true);
    const code = (list: readonly RequiredDocument[]): string => {
      const r = validateRequirements(list);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code([])).toBe('EMPTY_LIST');
    expect(
      code([
        { id: 'a', label: 'A', required: true },
        { id: 'a', label: 'B', required: false },
      ]),
    ).toBe('DUPLICATE_ID');
    expect(code([{ id: ' ', label: 'A', required: true }])).toBe('EMPTY_ID');
    expect(code([{ id: 'a', label: '', required: true }])).toBe('EMPTY_LABEL');
  });
});

describe('slip berkas dikembalikan', () => {
  it('menyebut setiap berkas yang kurang dan bahwa layanan gratis', () => {
    const lines = returnSlipLines({
      list: defaultRequirements,
      checkedIds: ['ktp'],
      seekerName: 'Ni Luh Putu Sari',
      dateText: '10 Juni 2025',
    });
    expect(lines).toContain('BERKAS DIKEMBALIKAN UNTUK DILENGKAPI');
    expect(lines).toContain('Nama: Ni Luh Putu Sari');
    expect(lines).toContain('Tanggal: 10 Juni 2025');
    expect(lines).toContain('1. 2 lembar pas foto berwarna ukuran 3x4 terbaru');
    expect(lines).toContain('2. Fotokopi ijazah terakhir');
    expect(lines.some((l) => l.includes('sertifikat'))).toBe(false);
    expect(lines.some((l) => l.includes('tidak dipungut biaya'))).toBe(true);
  });

  it('kosong bila berkas lengkap', () => {
    expect(
      returnSlipText({ list: defaultRequirements, checkedIds: ['ktp', 'pas-foto', 'ijazah'] }),
    ).toBe('');
  });
});
