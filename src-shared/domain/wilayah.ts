import { wilayahDenpasarData } from './wilayah-data.js';

/** Denpasar has both kelurahan (urban) and desa (village) under its kecamatan. */
export type WilayahLevel = 'kota' | 'kecamatan' | 'kelurahan' | 'desa';

export interface Wilayah {
  /** Dotted Kemendagri code: "51.71", "51.71.01", "51.71.01.1001". */
  readonly code: string;
  readonly level: WilayahLevel;
  readonly name: string;
}

/** Kota Denpasar, its kecamatan and their kelurahan/desa (assets/data/wilayah-denpasar.tsv). */
export const wilayahDenpasar: readonly Wilayah[] = wilayahDenpasarData;

const byCode: ReadonlyMap<string, Wilayah> = new Map(wilayahDenpasar.map((w) => [w.code, w]));

function byName(a: Wilayah, b: Wilayah): number {
  return a.name.localeCompare(b.name, 'id-ID');
}

/** The four kecamatan of Denpasar, in code order (Selatan, Timur, Barat, Utara). */
export function kecamatanDenpasar(): readonly Wilayah[] {
  return wilayahDenpasar
    .filter((w) => w.level === 'kecamatan')
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Kelurahan and desa of one kecamatan ("51.71.01"), sorted by name for a picker. */
export function kelurahanOf(kecamatanCode: string): readonly Wilayah[] {
  const prefix = `${kecamatanCode}.`;
  return wilayahDenpasar
    .filter((w) => (w.level === 'kelurahan' || w.level === 'desa') && w.code.startsWith(prefix))
    .sort(byName);
}

export function wilayahByCode(code: string): Wilayah | undefined {
  return byCode.get(code);
}

/** Kecamatan for the six-digit district part of a NIK ("517101" -> Denpasar Selatan). */
export function kecamatanForDistrictCode(districtCode6: string): Wilayah | undefined {
  if (!/^\d{6}$/.test(districtCode6)) return undefined;
  const code = `${districtCode6.slice(0, 2)}.${districtCode6.slice(2, 4)}.${districtCode6.slice(4)}`;
  const found = byCode.get(code);
  return found?.level === 'kecamatan' ? found : undefined;
}
