import {
  religionCodes,
  religionLabels,
  type CodeLabel,
} from '../../../src-shared/domain/biodata.js';
import { sexLabels } from '../../../src-shared/domain/seeker.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { fieldId, type BiodataFormApi } from './form-api.js';

/** Identity, body and contact fields of the AK/II form. */
export function IdentitySection(props: {
  readonly form: BiodataFormApi;
  readonly maritalStatuses: readonly CodeLabel[];
}) {
  const t = useT();
  const { draft, set, error } = props.form;
  const text = (key: 'nik' | 'name' | 'birthPlace' | 'phone' | 'email' | 'nationalNumber') => ({
    id: fieldId(key),
    error: error(key),
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });
  return (
    <fieldset className="form-grid">
      <legend>{t('bio.identity')}</legend>
      <TextField
        {...text('nik')}
        label={t('field.nik')}
        hint={t('field.nik.hint')}
        inputMode="numeric"
        autoComplete="off"
        autoFocus
      />
      <TextField {...text('name')} label={t('field.name')} autoComplete="off" />
      <TextField {...text('birthPlace')} label={t('field.birthPlace')} />
      <TextField
        id={fieldId('birthDate')}
        type="date"
        label={t('field.birthDate')}
        error={error('birthDate')}
        value={draft.birthDate}
        onChange={(e) => set('birthDate', e.target.value)}
      />
      <SelectField
        id={fieldId('sex')}
        label={t('field.sex')}
        error={error('sex')}
        value={draft.sex}
        placeholder={t('field.sex.choose')}
        options={(['L', 'P'] as const).map((value) => ({ value, label: sexLabels[value] }))}
        onChange={(e) => set('sex', e.target.value)}
      />
      <SelectField
        id={fieldId('religion')}
        label={t('bio.religion')}
        error={error('religion')}
        value={draft.religion}
        placeholder={t('field.sex.choose')}
        options={religionCodes.map((c) => ({ value: String(c), label: religionLabels[c] }))}
        onChange={(e) => set('religion', e.target.value)}
      />
      <SelectField
        id={fieldId('maritalStatus')}
        label={t('bio.maritalStatus')}
        error={error('maritalStatus')}
        value={draft.maritalStatus}
        placeholder={t('field.sex.choose')}
        options={props.maritalStatuses.map((s) => ({ value: s.code, label: s.label }))}
        onChange={(e) => set('maritalStatus', e.target.value)}
      />
      <TextField
        id={fieldId('heightCm')}
        label={t('bio.height')}
        error={error('heightCm')}
        value={draft.heightCm}
        inputMode="numeric"
        onChange={(e) => set('heightCm', e.target.value)}
      />
      <TextField
        id={fieldId('weightKg')}
        label={t('bio.weight')}
        error={error('weightKg')}
        value={draft.weightKg}
        inputMode="numeric"
        onChange={(e) => set('weightKg', e.target.value)}
      />
      <TextField {...text('phone')} type="tel" label={t('field.phone')} inputMode="tel" />
      <TextField {...text('email')} type="email" label={t('bio.email')} hint={t('bio.emailHint')} />
      <TextField
        {...text('nationalNumber')}
        label={t('bio.nationalNumber')}
        hint={t('bio.nationalNumberHint')}
      />
    </fieldset>
  );
}
