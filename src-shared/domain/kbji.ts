/**
 * KBJI 2014 (Klasifikasi Baku Jabatan Indonesia), based on ISCO-08: codes equal ISCO up to
 * four digits, and the first digit is the major group used by IPK report III/3 and III/5.
 * The version is stored with classified data so a later KBJI can live beside it.
 */
export const KBJI_VERSION = 'KBJI 2014';

export const kbjiMajorGroups = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type KbjiMajorGroup = (typeof kbjiMajorGroups)[number];

export const kbjiMajorGroupLabels: Readonly<Record<KbjiMajorGroup, string>> = {
  0: 'TNI dan Polri',
  1: 'Manajer',
  2: 'Profesional',
  3: 'Teknisi dan Asisten Profesional',
  4: 'Tenaga Tata Usaha',
  5: 'Tenaga Usaha Jasa dan Penjualan',
  6: 'Pekerja Terampil Pertanian, Kehutanan dan Perikanan',
  7: 'Pekerja Pengolahan, Kerajinan dan YBDI',
  8: 'Operator dan Perakit Mesin',
  9: 'Pekerja Kasar',
};

export function isKbjiMajorGroup(value: unknown): value is KbjiMajorGroup {
  return kbjiMajorGroups.some((g) => g === value);
}

/** Major group of a KBJI code of 1 to 4 digits ("2221" -> 2); null if not a KBJI code. */
export function kbjiMajorGroupOf(code: string): KbjiMajorGroup | null {
  const trimmed = code.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const group = Number(trimmed[0]);
  return isKbjiMajorGroup(group) ? group : null;
}

/** "2 - Profesional": how a group is shown in lists and reports. */
export function kbjiMajorGroupText(group: KbjiMajorGroup): string {
  return `${group} - ${kbjiMajorGroupLabels[group]}`;
}
