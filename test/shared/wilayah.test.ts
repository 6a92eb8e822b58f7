import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  kecamatanDenpasar,
  kecamatanForDistrictCode,
  kelurahanOf,
  wilayahByCode,
  wilayahDenpasar,
} from '../../src-shared/domain/wilayah.js';

const tsvPath = new URL('../../assets/data/wilayah-denpasar.tsv', import.meta.url);

describe('wilayah-data.ts generated from the TSV', () => {
  it('holds exactly the rows of assets/data/wilayah-denpasar.tsv (run node scripts/gen-wilayah.mjs)', () => {
    const [header, ...rows] = readFileSync(tsvPath, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    expect(header).toBe('code\tlevel\tname');
    const fromTsv = rows.map((line) => {
      const [code, level, name] = line.split('\t');
      return { code, level, name };
    });
    expect(wilayahDenpasar).toEqual(fromTsv);
  });
});

describe('kecamatanDenpasar', () => {
  it('lists the four kecamatan of Denpasar', () => {
    expect(kecamatanDenpasar().map((k) => `${k.code} ${k.name}`)).toEqual([
      '51.71.01 Denpasar Selatan',
      '51.71.02 Denpasar Timur',
      '51.71.03 Denpasar Barat',
      '51.71.04 Denpasar Utara',
    ]);
  });
});

describe('kelurahanOf', () => {
  it('gives kelurahan and desa of Denpasar Selatan sorted by name', () => {
    expect(kelurahanOf('51.71.01').map((w) => w.name)).toEqual([
      'Panjer',
      'Pedungan',
      'Pemogan',
      'Renon',
      'Sanur',
      'Sanur Kaja',
      'Sanur Kauh',
      'Serangan',
      'Sesetan',
      'Sidakarya',
    ]);
  });

  it('mixes both levels: Denpasar Utara has 3 kelurahan and 8 desa', () => {
    const levels = kelurahanOf('51.71.04').map((w) => w.level);
    expect(levels.filter((l) => l === 'kelurahan')).toHaveLength(3);
    expect(levels.filter((l) => l === 'desa')).toHaveLength(8);
  });

  it('gives nothing for an unknown or partial kecamatan code', () => {
    expect(kelurahanOf('51.71.05')).toEqual([]);
    expect(kelurahanOf('51.71.0')).toEqual([]);
    expect(kelurahanOf('')).toEqual([]);
  });

  it('does not reorder the shared list', () => {
    const before = wilayahDenpasar.map((w) => w.code);
    kelurahanOf('51.71.02');
    kecamatanDenpasar();
    expect(wilayahDenpasar.map((w) => w.code)).toEqual(before);
  });
});

describe('wilayahByCode', () => {
  it('finds a kelurahan, the kota and nothing for unknown codes', () => {
    expect(wilayahByCode('51.71.02.1014')).toEqual({
      code: '51.71.02.1014',
      level: 'kelurahan',
      name: 'Penatih',
    });
    expect(wilayahByCode('51.71')?.name).toBe('Kota Denpasar');
    expect(wilayahByCode('51.71.02.9999')).toBeUndefined();
  });
});

describe('kecamatanForDistrictCode', () => {
  it.each([
    ['517101', 'Denpasar Selatan'],
    ['517102', 'Denpasar Timur'],
    ['517103', 'Denpasar Barat'],
    ['517104', 'Denpasar Utara'],
  ])('%s -> %s', (district, name) => {
    expect(kecamatanForDistrictCode(district)?.name).toBe(name);
  });

  it.each(['517105', '517100', '310101', '5171', '5171011', '51.71.01', ''])(
    '%s is not a Denpasar kecamatan',
    (district) => {
      expect(kecamatanForDistrictCode(district)).toBeUndefined();
    },
  );
});
