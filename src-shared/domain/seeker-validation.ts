import { normalisePhone } from './biodata-validation.js';
import { isEducationLevel, type EducationLevel } from './education.js';
import { checkNikAgreement, parseNik } from './nik.js';
import type { Failure } from './outcome.js';
import type { SeekerDraft, Sex } from './seeker.js';

/** A draft whose every field passed its rule, ready for the repository. */
export interface ValidSeekerDraft {
  readonly nik: string;
  readonly name: string;
  readonly birthPlace: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly address: string;
  readonly phone: string;
  readonly educationLevel: EducationLevel;
  readonly nikKecamatanCode?: string;
}

export type SeekerValidation =
  | { readonly ok: true; readonly value: ValidSeekerDraft }
  | { readonly ok: false; readonly errors: readonly Failure[] };

const namePattern = /^[\p{L}][\p{L} .,'-]*$/u;

/** Every failing field at once, each with a message that says what to fix; nothing is discarded. */
export function validateSeekerDraft(draft: SeekerDraft, today: string): SeekerValidation {
  const errors: Failure[] = [];
  const nik = parseNik(draft.nik, today);
  if (!nik.ok) errors.push(nik.error);

  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '')
    errors.push({ code: 'NAME_EMPTY', message: 'Nama lengkap wajib diisi.', field: 'name' });
  else if (!namePattern.test(name) || name.length > 100)
    errors.push({
      code: 'NAME_FORMAT',
      message:
        'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof atau tanda hubung (maks. 100 karakter).',
      field: 'name',
    });

  const birthPlace = draft.birthPlace.trim();
  if (birthPlace === '')
    errors.push({
      code: 'BIRTHPLACE_EMPTY',
      message: 'Tempat lahir wajib diisi.',
      field: 'birthPlace',
    });

  if (draft.sex === '')
    errors.push({ code: 'SEX_EMPTY', message: 'Pilih jenis kelamin.', field: 'sex' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.birthDate))
    errors.push({
      code: 'BIRTHDATE_EMPTY',
      message: 'Tanggal lahir wajib diisi (terisi otomatis dari NIK).',
      field: 'birthDate',
    });
  else if (nik.ok)
    errors.push(...checkNikAgreement(nik.value, { birthDate: draft.birthDate, sex: draft.sex }));

  const address = draft.address.trim();
  if (address.length < 5)
    errors.push({
      code: 'ADDRESS_SHORT',
      message: 'Alamat wajib diisi lengkap (jalan, nomor, banjar/lingkungan).',
      field: 'address',
    });

  const phone = normalisePhone(draft.phone);
  if (phone === null)
    errors.push({
      code: 'PHONE_FORMAT',
      message: 'Nomor telepon harus 8-15 digit, diawali 0 atau +62.',
      field: 'phone',
    });

  if (!isEducationLevel(draft.educationLevel))
    errors.push({
      code: 'EDUCATION_EMPTY',
      message: 'Pilih pendidikan terakhir.',
      field: 'educationLevel',
    });

  if (
    errors.length > 0 ||
    !nik.ok ||
    phone === null ||
    draft.sex === '' ||
    !isEducationLevel(draft.educationLevel)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      nik: nik.value.nik,
      name,
      birthPlace,
      birthDate: draft.birthDate,
      sex: draft.sex,
      address,
      phone,
      educationLevel: draft.educationLevel,
      ...(nik.value.kecamatan ? { nikKecamatanCode: nik.value.kecamatan.code } : {}),
    },
  };
}
