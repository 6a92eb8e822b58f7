import { describe, expect, it } from 'vitest';
import {
  blockingFindings,
  checkDomicile,
  checkMinimumAge,
  defaultOfficePolicy,
} from '../../src-shared/domain/policies.js';

describe('umur minimal pencaker', () => {
  it('genap 15 tahun hari ini boleh, sehari kurang ditolak dengan pesan jelas', () => {
    expect(checkMinimumAge('2010-06-15', '2025-06-15')).toBeNull();
    const young = checkMinimumAge('2010-06-16', '2025-06-15');
    expect(young).toMatchObject({
      level: 'failure',
      code: 'UNDER_MINIMUM_AGE',
      field: 'birthDate',
    });
    expect(young?.message).toBe(
      'Umur pencaker 14 tahun. Kartu AK/I hanya untuk umur minimal 15 tahun.',
    );
  });

  it('batas umur dapat diatur', () => {
    expect(checkMinimumAge('2008-01-01', '2025-06-15', { minimumAge: 18 })?.code).toBe(
      'UNDER_MINIMUM_AGE',
    );
    expect(checkMinimumAge('2007-06-15', '2025-06-15', { minimumAge: 18 })).toBeNull();
  });

  it('tanggal lahir tidak sah atau di masa depan ditolak', () => {
    expect(checkMinimumAge('2010-02-30', '2025-06-15')?.code).toBe('INVALID_BIRTH_DATE');
    expect(checkMinimumAge('2025-06-16', '2025-06-15')?.code).toBe('BIRTH_DATE_IN_FUTURE');
  });
});

describe('domisili', () => {
  it('alamat di Denpasar tidak menimbulkan peringatan, titik atau tanpa titik', () => {
    expect(checkDomicile({ kecamatanCode: '51.71.01' })).toBeNull();
    expect(checkDomicile({ kecamatanCode: '517104' })).toBeNull();
    expect(checkDomicile({ kotaCode: '51.71' })).toBeNull();
  });

  it('alamat di luar Denpasar memberi peringatan yang minta surat domisili, bukan penolakan', () => {
    const w = checkDomicile({ kecamatanCode: '51.03.01' });
    expect(w).toMatchObject({
      level: 'warning',
      code: 'OUTSIDE_DOMICILE',
      confirmation: { id: 'surat-domisili' },
    });
    expect(w?.message).toContain('surat keterangan domisili');
    expect(w?.message).toContain('Kota Denpasar');
  });

  it('tanpa kode alamat atau bila pemeriksaan dimatikan, tidak ada peringatan', () => {
    expect(checkDomicile({})).toBeNull();
    expect(
      checkDomicile(
        { kecamatanCode: '51.03.01' },
        { ...defaultOfficePolicy, domicileCheck: 'off' },
      ),
    ).toBeNull();
  });

  it('kantor lain memakai kode dan namanya sendiri', () => {
    const badung = {
      ...defaultOfficePolicy,
      homeKotaCode: '51.03',
      homeKotaName: 'Kabupaten Badung',
    };
    expect(checkDomicile({ kecamatanCode: '51.03.01' }, badung)).toBeNull();
    expect(checkDomicile({ kecamatanCode: '51.71.01' }, badung)?.message).toContain(
      'Kabupaten Badung',
    );
  });
});

describe('temuan yang masih menghalangi', () => {
  it('peringatan hilang setelah dikonfirmasi, kegagalan tetap', () => {
    const warning = checkDomicile({ kecamatanCode: '51.03.01' });
    const failure = checkMinimumAge('2012-01-01', '2025-06-15');
    expect(blockingFindings([warning, null], [])).toHaveLength(1);
    expect(blockingFindings([warning, null], ['surat-domisili'])).toHaveLength(0);
    expect(blockingFindings([warning, failure], ['surat-domisili']).map((f) => f.code)).toEqual([
      'UNDER_MINIMUM_AGE',
    ]);
  });
});
