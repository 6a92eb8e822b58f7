import { fail, ok, type Outcome } from './outcome.js';

/**
 * The document checklist of SOP step 3. The regulation lists the minimum (REFERENCE §4);
 * offices add their own (KK, akta kelahiran, legalised diploma), so the list is settings data.
 */
export interface RequiredDocument {
  /** Stable key stored with the visit's checklist; never reuse for a different document. */
  readonly id: string;
  readonly label: string;
  /** false: "jika ada"; the seeker may proceed without it. */
  readonly required: boolean;
}

export const defaultRequirements: readonly RequiredDocument[] = [
  { id: 'ktp', label: 'KTP asli dan fotokopi KTP yang masih berlaku', required: true },
  { id: 'pas-foto', label: '2 lembar pas foto berwarna ukuran 3x4 terbaru', required: true },
  { id: 'ijazah', label: 'Fotokopi ijazah terakhir', required: true },
  { id: 'sertifikat', label: 'Fotokopi sertifikat keterampilan (jika ada)', required: false },
  {
    id: 'pengalaman-kerja',
    label: 'Fotokopi surat keterangan pengalaman kerja (jika ada)',
    required: false,
  },
];

export type RequirementListError = 'EMPTY_LIST' | 'DUPLICATE_ID' | 'EMPTY_ID' | 'EMPTY_LABEL';

/** Checks a list edited in the settings screen before it is saved. */
export function validateRequirements(
  list: readonly RequiredDocument[],
): Outcome<readonly RequiredDocument[], RequirementListError> {
  if (list.length === 0) return fail('EMPTY_LIST', 'Daftar persyaratan tidak boleh kosong.');
  const seen = new Set<string>();
  for (const [i, doc] of list.entries()) {
    const field = `requirements.${i}`;
    if (doc.id.trim() === '')
      return fail('EMPTY_ID', `Kode persyaratan ke-${i + 1} kosong.`, field);
    if (doc.label.trim() === '') {
      return fail('EMPTY_LABEL', `Nama persyaratan ke-${i + 1} kosong.`, field);
    }
    if (seen.has(doc.id)) {
      return fail('DUPLICATE_ID', `Kode persyaratan "${doc.id}" dipakai lebih dari sekali.`, field);
    }
    seen.add(doc.id);
  }
  return ok(list);
}

/** Required documents not ticked, in list order; optional ones never block. */
export function missingDocuments(
  list: readonly RequiredDocument[],
  checkedIds: Iterable<string>,
): readonly RequiredDocument[] {
  const checked = new Set(checkedIds);
  return list.filter((doc) => doc.required && !checked.has(doc.id));
}

export function requirementsComplete(
  list: readonly RequiredDocument[],
  checkedIds: Iterable<string>,
): boolean {
  return missingDocuments(list, checkedIds).length === 0;
}

export interface ReturnSlipInput {
  readonly list: readonly RequiredDocument[];
  readonly checkedIds: Iterable<string>;
  readonly seekerName?: string;
  /** Long-form date, e.g. "5 September 2017" (see calendar-date `formatTanggal`). */
  readonly dateText?: string;
  readonly officeName?: string;
}

/**
 * Text of the "berkas dikembalikan" slip: the SOP asks the officer to say clearly what to
 * complete, so every missing document is named and the service is stated to be free.
 * Returns lines for the printer or the screen; empty when nothing is missing.
 */
export function returnSlipLines(input: ReturnSlipInput): readonly string[] {
  const missing = missingDocuments(input.list, input.checkedIds);
  if (missing.length === 0) return [];
  const office = input.officeName ?? 'Dinas Tenaga Kerja dan Sertifikasi Kompetensi Kota Denpasar';
  return [
    office,
    'BERKAS DIKEMBALIKAN UNTUK DILENGKAPI',
    ...(input.dateText ? [`Tanggal: ${input.dateText}`] : []),
    ...(input.seekerName ? [`Nama: ${input.seekerName}`] : []),
    'Mohon lengkapi persyaratan berikut:',
    ...missing.map((doc, i) => `${i + 1}. ${doc.label}`),
    'Setelah lengkap, silakan datang kembali ke loket AK/I.',
    'Pelayanan kartu AK/I tidak dipungut biaya.',
  ];
}

/** The same slip as one string, also used as the visit's closing note. */
export function returnSlipText(input: ReturnSlipInput): string {
  return returnSlipLines(input).join('\n');
}
