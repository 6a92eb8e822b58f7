import { ageOn, compareDates, parseCalendarDate } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';

/**
 * Office policies with no firm legal rule behind them (REFERENCE §4, marked [?]), hence
 * settings. A failure blocks registration; a warning only asks the officer to confirm.
 */
export interface OfficePolicy {
  /** Statistics count job seekers from 15; no regulation sets a minimum. */
  readonly minimumAge: number;
  /** Kab/kota code of the office, digits only ("5171" Denpasar). */
  readonly homeKotaCode: string;
  readonly homeKotaName: string;
  /** 'warn': a non-local address needs a confirmed surat domisili; 'off': no check. */
  readonly domicileCheck: 'warn' | 'off';
}

export const defaultOfficePolicy: OfficePolicy = {
  minimumAge: 15,
  homeKotaCode: '5171',
  homeKotaName: 'Kota Denpasar',
  domicileCheck: 'warn',
};

export type PolicyCode = 'INVALID_BIRTH_DATE' | 'BIRTH_DATE_IN_FUTURE' | 'UNDER_MINIMUM_AGE';

export interface PolicyFailure {
  readonly level: 'failure';
  readonly code: PolicyCode;
  readonly message: string;
  readonly field: string;
}

/** What the officer must tick to proceed past a warning. */
export interface Confirmation {
  readonly id: 'surat-domisili';
  readonly label: string;
}

export interface PolicyWarning {
  readonly level: 'warning';
  readonly code: 'OUTSIDE_DOMICILE';
  readonly message: string;
  readonly field: string;
  readonly confirmation: Confirmation;
}

export type PolicyFinding = PolicyFailure | PolicyWarning;

/** Age check: null when the seeker is old enough. */
export function checkMinimumAge(
  birthDate: CalendarDate,
  today: CalendarDate,
  policy: Pick<OfficePolicy, 'minimumAge'> = defaultOfficePolicy,
): PolicyFailure | null {
  const field = 'birthDate';
  if (!parseCalendarDate(birthDate)) {
    const message = 'Tanggal lahir tidak sah. Isi dengan format tanggal yang benar.';
    return { level: 'failure', code: 'INVALID_BIRTH_DATE', message, field };
  }
  if (compareDates(birthDate, today) > 0) {
    const message = 'Tanggal lahir tidak boleh setelah hari ini.';
    return { level: 'failure', code: 'BIRTH_DATE_IN_FUTURE', message, field };
  }
  const age = ageOn(birthDate, today);
  if (age >= policy.minimumAge) return null;
  return {
    level: 'failure',
    code: 'UNDER_MINIMUM_AGE',
    message: `Umur pencaker ${age} tahun. Kartu AK/I hanya untuk umur minimal ${policy.minimumAge} tahun.`,
    field,
  };
}

/** "51.71.01.1001" and "5171011001" are the same region; compare on digits. */
const digits = (code: string): string => code.replace(/\D/g, '');

export function domicileConfirmation(homeKotaName: string): Confirmation {
  const label = `Pencaker menunjukkan surat keterangan domisili di ${homeKotaName}`;
  return { id: 'surat-domisili', label };
}

/**
 * Domicile comes from the KTP/KK address, never from the NIK prefix (which only says where
 * the NIK was first issued). Registration elsewhere is allowed because the card is national,
 * so a non-local address yields a warning, not a block. Unknown address codes yield nothing:
 * the biodata form requires them.
 */
export function checkDomicile(
  address: { readonly kecamatanCode?: string | null; readonly kotaCode?: string | null },
  policy: Pick<
    OfficePolicy,
    'homeKotaCode' | 'homeKotaName' | 'domicileCheck'
  > = defaultOfficePolicy,
): PolicyWarning | null {
  if (policy.domicileCheck === 'off') return null;
  const code = digits(address.kecamatanCode ?? address.kotaCode ?? '');
  if (code.length < 4) return null;
  if (code.startsWith(digits(policy.homeKotaCode))) return null;
  return {
    level: 'warning',
    code: 'OUTSIDE_DOMICILE',
    message: `Alamat pencaker di luar ${policy.homeKotaName}. Minta surat keterangan domisili, lalu centang konfirmasinya untuk melanjutkan.`,
    field: 'address.kecamatanCode',
    confirmation: domicileConfirmation(policy.homeKotaName),
  };
}

/**
 * What still stops the officer: every failure, and each warning whose confirmation has not
 * been ticked.
 */
export function blockingFindings(
  findings: readonly (PolicyFinding | null)[],
  confirmedIds: Iterable<string>,
): readonly PolicyFinding[] {
  const confirmed = new Set(confirmedIds);
  return findings.filter(
    (f): f is PolicyFinding =>
      f !== null && (f.level === 'failure' || !confirmed.has(f.confirmation.id)),
  );
}
