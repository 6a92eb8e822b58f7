import { isCalendarDate } from '../../../src-shared/domain/calendar-date.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord } from '../../../src-shared/domain/records.js';

/**
 * An officer as saved from settings: a name, at least one role, and a NIP that is either
 * empty (staff who are not civil servants) or 18 digits `YYYYMMDD YYYYMM G NNN`.
 */
export function checkOfficer(officer: OfficerRecord, prefix: string): Failure[] {
  const errors: Failure[] = [];
  if (officer.name.trim() === '') {
    errors.push({
      code: 'REQUIRED',
      field: `${prefix}-name`,
      message: 'Nama petugas wajib diisi.',
    });
  }
  const nip = officer.nip.replace(/\s+/g, '');
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const gender = nip.slice(14, 15);
  if (
    nip !== '' &&
    (!/^\d{18}$/.test(nip) || !isCalendarDate(birth) || !['1', '2'].includes(gender))
  ) {
    errors.push({
      code: 'FORMAT',
      field: `${prefix}-nip`,
      message:
        'NIP harus 18 digit: tanggal lahir YYYYMMDD, TMT YYYYMM, jenis kelamin 1/2, nomor urut 3 digit. Kosongkan untuk petugas non-PNS.',
    });
  }
  if (officer.roles.length === 0) {
    errors.push({
      code: 'REQUIRED',
      field: `${prefix}-roles`,
      message: 'Pilih minimal satu peran petugas.',
    });
  }
  return errors;
}
