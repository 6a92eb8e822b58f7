import { useRef, useState, type FormEvent } from 'react';
import { educationLevelLabels, educationLevels } from '../../../src-shared/domain/education.js';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import { sexLabels, type Seeker, type SeekerDraft } from '../../../src-shared/domain/seeker.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { emptyDraft, useRegistration } from './use-registration.js';

export interface RegistrationScreenProps {
  readonly draft: SeekerDraft;
  readonly onDraftChange: (draft: SeekerDraft) => void;
  /** A new seeker was saved, or the NIK was already registered: open that record. */
  readonly onOpenSeeker: (seeker: Seeker, how: 'registered' | 'already-registered') => void;
}

export function RegistrationScreen(props: RegistrationScreenProps) {
  const t = useT();
  const { nikInfo, existing, change, submit } = useRegistration(props.draft, props.onDraftChange);
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const draft = props.draft;
  const errorOf = (field: keyof SeekerDraft) => errors.find((e) => e.field === field)?.message;

  function update<K extends keyof SeekerDraft>(field: K, value: SeekerDraft[K]) {
    setErrors(
      errors.filter(
        (e) =>
          e.field !== field && !(field === 'nik' && (e.field === 'birthDate' || e.field === 'sex')),
      ),
    );
    change(field, value);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFailure(undefined);
    const result = await submit();
    setSaving(false);
    if (result.kind === 'invalid') {
      setErrors(result.errors);
      const first = result.errors.find((e) => e.field)?.field;
      if (first) formRef.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    if (result.kind === 'failed') {
      setFailure(t('register.saveFailed', { reason: result.reason }));
      return;
    }
    setErrors([]);
    props.onDraftChange(emptyDraft);
    props.onOpenSeeker(result.seeker, result.kind);
  }

  return (
    <section aria-labelledby="register-title" className="screen">
      <h1 id="register-title">{t('register.title')}</h1>
      <p className="screen__intro">{t('register.intro')}</p>
      <ErrorSummary title={t('register.errorsTitle', { count: errors.length })} errors={errors} />
      {failure && <Notice tone="error">{failure}</Notice>}
      <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate className="form-grid">
        <TextField
          id="nik"
          label={t('field.nik')}
          hint={t('field.nik.hint')}
          error={errorOf('nik')}
          value={draft.nik}
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          maxLength={24}
          onChange={(e) => update('nik', e.target.value)}
        >
          {nikInfo && (
            <p className="field__info" id="nik-info">
              {t('nik.derived', {
                sex: sexLabels[nikInfo.sex],
                date: formatTanggal(nikInfo.birthDate),
              })}{' '}
              {nikInfo.kecamatan
                ? t('nik.kecamatan', { name: nikInfo.kecamatan.name })
                : t('nik.outside', { province: nikInfo.provinceName })}
            </p>
          )}
          {existing && (
            <Notice tone="warning">
              {t('nik.alreadyRegistered', { name: existing.name })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => props.onOpenSeeker(existing, 'already-registered')}
              >
                {t('nik.openExisting', { name: existing.name })}
              </button>
            </Notice>
          )}
        </TextField>
        <TextField
          id="name"
          label={t('field.name')}
          error={errorOf('name')}
          value={draft.name}
          autoComplete="off"
          onChange={(e) => update('name', e.target.value)}
        />
        <TextField
          id="birthPlace"
          label={t('field.birthPlace')}
          error={errorOf('birthPlace')}
          value={draft.birthPlace}
          onChange={(e) => update('birthPlace', e.target.value)}
        />
        <TextField
          id="birthDate"
          type="date"
          label={t('field.birthDate')}
          error={errorOf('birthDate')}
          value={draft.birthDate}
          onChange={(e) => update('birthDate', e.target.value)}
        />
        <SelectField
          id="sex"
          label={t('field.sex')}
          error={errorOf('sex')}
          value={draft.sex}
          placeholder={t('field.sex.choose')}
          options={(['L', 'P'] as const).map((value) => ({ value, label: sexLabels[value] }))}
          onChange={(e) =>
            update('sex', e.target.value === 'L' || e.target.value === 'P' ? e.target.value : '')
          }
        />
        <TextField
          id="address"
          label={t('field.address')}
          error={errorOf('address')}
          value={draft.address}
          className="wide"
          onChange={(e) => update('address', e.target.value)}
        />
        <TextField
          id="phone"
          type="tel"
          label={t('field.phone')}
          error={errorOf('phone')}
          value={draft.phone}
          inputMode="tel"
          onChange={(e) => update('phone', e.target.value)}
        />
        <SelectField
          id="educationLevel"
          label={t('field.educationLevel')}
          error={errorOf('educationLevel')}
          value={draft.educationLevel}
          placeholder={t('field.educationLevel.choose')}
          options={educationLevels.map((value) => ({ value, label: educationLevelLabels[value] }))}
          onChange={(e) =>
            update('educationLevel', educationLevels.find((l) => l === e.target.value) ?? '')
          }
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('register.saving') : t('register.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setErrors([]);
              props.onDraftChange(emptyDraft);
            }}
          >
            {t('register.reset')}
          </button>
        </div>
      </form>
    </section>
  );
}
