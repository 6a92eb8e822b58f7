import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../src-shared/domain/biodata-validation.js';
import { validateSeekerDraft } from '../../src-shared/domain/seeker-validation.js';
import type { SeekerDraft } from '../../src-shared/domain/seeker.js';

const today = '2026-11-24';
const draft: SeekerDraft = {
  nik: '5171 0145 0899 0002',
  name: '  Ni Luh   Ayu ',
  birthPlace: 'Denpasar',
  birthDate: '1999-08-05',
  sex: 'P',
  address: 'Jl. Tukad Badung No. 7',
  phone: '+62 812-3456-7890',
  educationLevel: 'SMK',
};

const fieldsOf = (d: SeekerDraft) => {
  const result = validateSeekerDraft(d, today);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('registration form rules', () => {
  it('accepts a complete draft and normalises NIK, name and phone', () => {
    const result = validateSeekerDraft(draft, today);
    expect(result).toEqual({
      ok: true,
      value: {
        ...draft,
        nik: '5171014508990002',
        name: 'Ni Luh Ayu',
        phone: '081234567890',
        nikKecamatanCode: '51.71.01',
      },
    });
  });

  it('lists every failing field at once', () => {
    expect(
      fieldsOf({
        ...draft,
        nik: '',
        name: '',
        birthPlace: ' ',
        address: 'Jl',
        phone: '12',
        educationLevel: '',
        sex: '',
      }),
    ).toEqual(['nik', 'name', 'birthPlace', 'sex', 'address', 'phone', 'educationLevel']);
  });

  it('refuses a birth date or sex that disagree with the NIK', () => {
    expect(fieldsOf({ ...draft, birthDate: '1999-08-06' })).toEqual(['birthDate']);
    expect(fieldsOf({ ...draft, sex: 'L' })).toEqual(['sex']);
  });

  it('refuses names with digits and explains what is allowed', () => {
    const result = validateSeekerDraft({ ...draft, name: 'Ayu 2' }, today);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('hanya boleh berisi huruf');
  });

  it.each([
    ['081234567890', '081234567890'],
    ['+6281234567890', '081234567890'],
    ['62 361 9075751', '03619075751'],
    ['(0361) 907-5751', '03619075751'],
    ['1234567', null],
    ['0812', null],
    ['08123456789012345', null],
  ])('reads phone number %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});
