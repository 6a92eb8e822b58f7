import { isCalendarDate } from '../../../src-shared/domain/calendar-date.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { PlacementRecord } from '../../../src-shared/domain/records.js';

export type ExchangeType = PlacementRecord['exchangeType'];
export const exchangeTypes: readonly ExchangeType[] = ['AKL', 'AKAD', 'AKAN'];

export interface PlacementDraft {
  readonly employer: string;
  readonly position: string;
  readonly startDate: string;
  readonly exchangeType: ExchangeType | '';
}

export const emptyPlacement: PlacementDraft = {
  employer: '',
  position: '',
  startDate: '',
  exchangeType: '',
};

/** Every missing or wrong field at once, with the field to fix. */
export function checkPlacement(
  d: PlacementDraft,
):
  | { ok: true; value: Omit<PlacementDraft, 'exchangeType'> & { exchangeType: ExchangeType } }
  | { ok: false; errors: Failure[] } {
  const errors: Failure[] = [];
  const need = (field: keyof PlacementDraft, message: string) =>
    errors.push({ code: 'REQUIRED', field: `placement-${field}`, message });
  if (d.employer.trim() === '') need('employer', 'Nama perusahaan / pemberi kerja wajib diisi.');
  if (d.position.trim() === '') need('position', 'Jabatan wajib diisi.');
  if (!isCalendarDate(d.startDate))
    need('startDate', 'Tanggal mulai kerja wajib diisi dengan tanggal yang sah.');
  const type = d.exchangeType;
  if (type === '') need('exchangeType', 'Pilih jenis antar kerja: AKL, AKAD atau AKAN.');
  if (errors.length > 0 || type === '') return { ok: false, errors };
  return {
    ok: true,
    value: {
      employer: d.employer.trim(),
      position: d.position.trim(),
      startDate: d.startDate,
      exchangeType: type,
    },
  };
}
