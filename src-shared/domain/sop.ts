import type { ServiceType } from './service-type.js';

/**
 * SOP Pelayanan Penerbitan AK/I (PM-DTKSK/PTK/PTK/001, rev. 01, 5 Sept 2017) as data.
 *
 * The performer columns of the SOP table are tick marks that did not survive the text
 * copy; the roles below follow the activity text (e.g. step 5 "mengarahkan ke Petugas
 * Antar Kerja / Pengantar Kerja untuk proses foto" means step 6 is theirs).
 */
export const officerRoles = ['petugas-ak1', 'pengantar-kerja', 'kasi-ipk'] as const;
export type OfficerRole = (typeof officerRoles)[number];

export const officerRoleLabels: Readonly<Record<OfficerRole, string>> = {
  'petugas-ak1': 'Petugas AK/I',
  'pengantar-kerja': 'Pengantar Kerja / Petugas Antar Kerja',
  'kasi-ipk': 'Kasi Informasi Pasar Kerja',
};

export type SopStepNo =
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
  | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20; // prettier-ignore

export interface SopStep {
  readonly no: SopStepNo;
  /** Short title for the counter screen. */
  readonly title: string;
  readonly role: OfficerRole;
  /** Mutu Baku "Waktu"; null where the SOP gives none (steps 2 and 3). */
  readonly standardMinutes: number | null;
  /** Mutu Baku "Output". */
  readonly output: string;
  /**
   * Signing or approving on the office's behalf: only the role itself, or an officer
   * holding a recorded disposisi for the step, may do it.
   */
  readonly authorising: boolean;
  /** The SOP lets this step be left out (step 12: seeker already employed, or card for admin only). */
  readonly skippable: boolean;
}

type Row = [SopStepNo, string, OfficerRole, number | null, string, boolean?, boolean?];

const rows: readonly Row[] = [
  [1, 'Menerima tamu dan menanyakan kebutuhan layanan', 'petugas-ak1', 1, 'Berkas AK/I'],
  [2, 'Menjelaskan layanan dan persyaratan', 'petugas-ak1', null, 'Berkas AK/I'],
  [3, 'Memeriksa berkas persyaratan', 'petugas-ak1', null, 'Daftar Pencari Kerja AK/I'],
  [4, 'Mengisi data AK/I ke sistem', 'petugas-ak1', 5, 'Sistem Informasi Ketenagakerjaan'],
  [5, 'Mengarahkan pencaker ke proses foto', 'petugas-ak1', 1, 'Sistem Informasi Ketenagakerjaan'],
  [6, 'Foto pencaker', 'pengantar-kerja', 1, 'Kartu AK/I'],
  [7, 'Mencetak kartu AK/I', 'pengantar-kerja', 2, 'Kartu AK/I'],
  [8, 'Pencaker memeriksa kartu AK/I', 'pengantar-kerja', 2, 'Kartu AK/I'],
  [9, 'Pencaker menandatangani kartu', 'pengantar-kerja', 1, 'Kartu AK/I'],
  [10, 'Mengarahkan ke Pengantar Kerja untuk pengesahan', 'pengantar-kerja', 1, 'Kartu AK/I'],
  [11, 'Pengesahan: tanda tangan dan stempel dinas', 'pengantar-kerja', 1, 'Kartu AK/I', true],
  [12, 'Job counseling / interview', 'pengantar-kerja', 1, 'Kartu AK/I', false, true],
  [13, 'Menyerahkan kartu AK/I dan informasi ketentuan', 'pengantar-kerja', 1, 'Kartu AK/I'],
  [14, 'Pencaker memfotokopi kartu untuk legalisir', 'petugas-ak1', 1, 'Salinan Kartu AK/I'],
  [15, 'Menerima fotokopi dan memintakan tanda tangan', 'petugas-ak1', 1, 'Salinan Kartu AK/I'],
  [16, 'Mengesahkan fotokopi AK/I (legalisir)', 'pengantar-kerja', 1, 'Pengesahan legalisir', true],
  [17, 'Menyerahkan fotokopi AK/I yang dilegalisir', 'petugas-ak1', 1, 'Salinan Kartu AK/I'],
  [18, 'Membuat laporan layanan / laporan IPK', 'petugas-ak1', 5, 'Laporan IPK'],
  [19, 'Menyetujui / mereview laporan bulanan IPK', 'kasi-ipk', 5, 'Laporan IPK', true],
  [20, 'Mengarsipkan berkas pencaker dan laporan IPK', 'petugas-ak1', 5, 'Arsip'],
];

export const sopSteps: readonly SopStep[] = rows.map(
  ([no, title, role, standardMinutes, output, authorising = false, skippable = false]) => ({
    no,
    title,
    role,
    standardMinutes,
    output,
    authorising,
    skippable,
  }),
);

export function isSopStepNo(value: number): value is SopStepNo {
  return Number.isInteger(value) && value >= 1 && value <= 20;
}

export function sopStep(no: SopStepNo): SopStep {
  const step = sopSteps[no - 1];
  // The table above is complete and ordered; a gap is a programming error.
  if (!step || step.no !== no) throw new Error(`Langkah SOP ${no} tidak ada di tabel`);
  return step;
}

/** Steps a counter visit walks through; 18-20 are periodic back-office work, not per visit. */
export const counterSteps: readonly SopStepNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
export const legalisationSteps: readonly SopStepNo[] = [14, 15, 16, 17];
export const backOfficeSteps: readonly SopStepNo[] = [18, 19, 20];

/**
 * Steps each service walks through. Only 'baru' is spelled out by the SOP; the others are
 * the office's reading of it: renewals repeat the issue flow, reports are written into the
 * card's LAPORAN table and signed (step 11), and the SOP drops counselling (12) for seekers
 * already employed.
 */
export const serviceStepPlans: Readonly<Record<ServiceType, readonly SopStepNo[]>> = {
  baru: counterSteps,
  perpanjangan: counterSteps,
  'lapor-enam-bulan': [1, 2, 4, 11, 12, 13],
  'lapor-diterima-kerja': [1, 2, 4, 11, 13],
  legalisir: [1, 2, ...legalisationSteps],
  informasi: [1, 2],
};

/** The plan for one visit; a new or renewed card may be legalised in the same visit. */
export function stepsForService(
  service: ServiceType,
  options: { readonly withLegalisation?: boolean } = {},
): readonly SopStepNo[] {
  const plan = serviceStepPlans[service];
  const addLegalisation =
    options.withLegalisation === true && (service === 'baru' || service === 'perpanjangan');
  return addLegalisation ? [...plan, ...legalisationSteps] : plan;
}

/** Sum of the standard times of the given steps, ignoring steps without one. */
export function standardMinutesFor(steps: readonly SopStepNo[]): number {
  return steps.reduce((sum, no) => sum + (sopStep(no).standardMinutes ?? 0), 0);
}
