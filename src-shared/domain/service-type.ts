/** What the visitor came for; each walks its own SOP steps (see `serviceStepPlans`). */
export const serviceTypes = [
  'baru',
  'perpanjangan',
  'lapor-enam-bulan',
  'lapor-diterima-kerja',
  'legalisir',
  'informasi',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const serviceTypeLabels: Readonly<Record<ServiceType, string>> = {
  baru: 'Pembuatan AK/I baru',
  perpanjangan: 'Perpanjangan AK/I',
  'lapor-enam-bulan': 'Lapor 6 bulanan (belum bekerja)',
  'lapor-diterima-kerja': 'Lapor sudah diterima kerja',
  legalisir: 'Legalisir fotokopi AK/I',
  informasi: 'Informasi / konsultasi',
};
