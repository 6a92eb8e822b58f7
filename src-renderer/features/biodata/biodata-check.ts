import { religionCodes, type Biodata } from '../../../src-shared/domain/biodata.js';
import { validateBiodata, normalisePhone } from '../../../src-shared/domain/biodata-validation.js';
import { isCalendarDate } from '../../../src-shared/domain/calendar-date.js';
import { isEducationLevel } from '../../../src-shared/domain/education.js';
import { isKbjiMajorGroup } from '../../../src-shared/domain/kbji.js';
import { checkNikAgreement, normaliseNik, parseNik } from '../../../src-shared/domain/nik.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import {
  checkDomicile,
  checkMinimumAge,
  type OfficePolicy,
  type PolicyWarning,
} from '../../../src-shared/domain/policies.js';
import type { CodeLabel } from '../../../src-shared/domain/biodata.js';
import { outsideDenpasar, type BiodataDraft } from './biodata-draft.js';

export interface BiodataCheck {
  /** Best effort even when invalid: placeholders stand where a choice is missing. */
  readonly biodata: Biodata;
  /** Everything that blocks saving, one message per field, in form order. */
  readonly failures: readonly Failure[];
  /** Address outside the home kota: shown with its confirmation box. */
  readonly domicile: PolicyWarning | null;
}

/** '' is "not given"; anything not a number stays NaN so validation names the field. */
const num = (value: string): number | null =>
  value.trim() === '' ? null : Number(value.trim().replace(',', '.'));

/** Fields in the order the form shows them, so the summary and the focus follow the form. */
const formOrder = [
  'nik', 'name', 'birthPlace', 'birthDate', 'sex', 'religion', 'maritalStatus', 'heightCm',
  'weightKg', 'phone', 'email', 'nationalNumber', 'address', 'domicileConfirmed', 'education',
  'trainings', 'skills', 'languages', 'workExperience', 'desiredPositions',
]; // prettier-ignore

function formRank(field: string | undefined): number {
  const [head = '', row = '0'] = (field ?? '').split('.');
  const at = formOrder.indexOf(head);
  // Rows keep their order inside a section; unknown fields go last.
  return (at < 0 ? formOrder.length : at) * 1000 + (Number(row) || 0);
}

export function checkBiodataDraft(
  d: BiodataDraft,
  today: string,
  settings: { readonly policy: OfficePolicy; readonly maritalStatuses: readonly CodeLabel[] },
): BiodataCheck {
  const own: Failure[] = [];
  const need = (field: string, message: string) => own.push({ code: 'REQUIRED', field, message });
  const nik = normaliseNik(d.nik);
  const parsed = parseNik(nik, today);
  if (!parsed.ok) own.push({ ...parsed.error, field: 'nik' });
  const sex = d.sex === 'L' || d.sex === 'P' ? d.sex : undefined;
  if (!sex) need('sex', 'Pilih jenis kelamin.');
  const religion = religionCodes.find((c) => String(c) === d.religion);
  if (religion === undefined) need('religion', 'Pilih agama dari daftar.');
  d.education.forEach((row, i) => {
    if (!isEducationLevel(row.level)) need(`education.${i}.level`, 'Pilih jenjang pendidikan.');
  });
  d.desiredPositions.forEach((row, i) => {
    if (!isKbjiMajorGroup(Number(row.kbjiGroup)) || row.kbjiGroup === '') {
      need(`desiredPositions.${i}.kbjiGroup`, 'Pilih golongan jabatan KBJI.');
    }
  });

  const biodata: Biodata = {
    nik,
    name: d.name.trim().replace(/\s+/g, ' '),
    birthPlace: d.birthPlace.trim(),
    birthDate: d.birthDate,
    sex: sex ?? 'L',
    heightCm: num(d.heightCm),
    weightKg: num(d.weightKg),
    religion: religion ?? 7,
    maritalStatus: d.maritalStatus,
    address: {
      street: d.street.trim(),
      kecamatanCode: d.kecamatanCode,
      kelurahanCode: d.kecamatanCode === outsideDenpasar ? outsideDenpasar : d.kelurahanCode,
      postcode: d.postcode.trim(),
    },
    phone: normalisePhone(d.phone) ?? d.phone.trim(),
    email: d.email.trim(),
    education: d.education.map((r) => ({
      level: isEducationLevel(r.level) ? r.level : 'SD',
      institution: r.institution.trim(),
      major: r.major.trim(),
      yearIn: num(r.yearIn),
      yearOut: num(r.yearOut),
      score: num(r.score),
    })),
    trainings: d.trainings.map((r) => ({ ...r, name: r.name.trim(), year: num(r.year) })),
    skills: d.skills.map((s) => s.trim()),
    languages: d.languages.map((r) => ({ ...r, language: r.language.trim() })),
    workExperience: d.workExperience.map((r) => ({
      employer: r.employer.trim(),
      position: r.position.trim(),
      yearIn: num(r.yearIn),
      yearOut: num(r.yearOut),
    })),
    desiredPositions: d.desiredPositions.map((r) => {
      const group = Number(r.kbjiGroup);
      return { kbjiGroup: isKbjiMajorGroup(group) ? group : 0, title: r.title.trim() };
    }),
    desiredLocation: d.desiredLocation,
    targetEmployers: d.targetEmployers.map((s) => s.trim()).filter(Boolean),
    ...(d.nationalNumber.trim() ? { nationalNumber: d.nationalNumber.trim() } : {}),
    counsellorNotes: d.counsellorNotes.trim(),
  };

  const rules = { maritalStatuses: settings.maritalStatuses };
  const found: Failure[] = [...own, ...validateBiodata(biodata, today, rules)];
  if (parsed.ok)
    found.push(...checkNikAgreement(parsed.value, { birthDate: d.birthDate, sex: sex ?? '' }));
  if (isCalendarDate(d.birthDate)) {
    const age = checkMinimumAge(d.birthDate, today, settings.policy);
    if (age) found.push(age);
  }
  // Outside Denpasar there is no kecamatan code to compare, only "not the home kota".
  const domicile =
    d.kecamatanCode === outsideDenpasar
      ? checkDomicile({ kotaCode: '0000' }, settings.policy)
      : checkDomicile({ kecamatanCode: d.kecamatanCode }, settings.policy);
  if (domicile && !d.domicileConfirmed) {
    found.push({
      code: 'DOMICILE_UNCONFIRMED',
      field: 'domicileConfirmed',
      message: domicile.message,
    });
  }
  const seen = new Set<string>();
  const failures = [...found]
    .sort((a, b) => formRank(a.field) - formRank(b.field))
    .filter((f) => {
      const key = f.field ?? f.code;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { biodata, failures, domicile };
}
