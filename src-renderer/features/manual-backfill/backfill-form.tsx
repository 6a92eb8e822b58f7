import type { FormEvent } from 'react';
import type { BackfillDraft } from '../../../src-shared/domain/backfill.js';
import { educationLevelLabels, educationLevels } from '../../../src-shared/domain/education.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord } from '../../../src-shared/domain/records.js';
import { sexLabels, type SeekerDraft } from '../../../src-shared/domain/seeker.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';

/** One page line of the manual book: when, which number, who served, the seeker, the card. */
export function BackfillForm(props: {
  readonly draft: BackfillDraft;
  readonly errors: readonly Failure[];
  readonly staff: readonly OfficerRecord[];
  readonly onChange: (draft: BackfillDraft) => void;
  readonly onSave: () => void;
}) {
  const t = useT();
  const { draft } = props;
  const errorOf = (field: string) => props.errors.find((e) => e.field === field)?.message;
  const setSeeker = <K extends keyof SeekerDraft>(field: K, value: SeekerDraft[K]) =>
    props.onChange({ ...draft, seeker: { ...draft.seeker, [field]: value } });
  const set = <K extends keyof BackfillDraft>(field: K, value: BackfillDraft[K]) =>
    props.onChange({ ...draft, [field]: value });
  const err = (field: string) => {
    const message = errorOf(field);
    return message ? { error: message } : {};
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSave();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="backfill-form-title">
      <h2 id="backfill-form-title">{t('backfill.form.title')}</h2>
      <ErrorSummary
        title={t('register.errorsTitle', { count: props.errors.length })}
        errors={props.errors}
      />
      <fieldset className="form-grid">
        <legend>{t('backfill.book')}</legend>
        <TextField
          id="originalAt"
          type="datetime-local"
          label={t('backfill.originalAt')}
          hint={t('backfill.originalAt.hint')}
          value={draft.originalAt}
          onChange={(e) => set('originalAt', e.target.value)}
          {...err('originalAt')}
        />
        <TextField
          id="manualNumber"
          label={t('backfill.manualNumber')}
          hint={t('backfill.manualNumber.hint')}
          value={draft.manualNumber}
          onChange={(e) => set('manualNumber', e.target.value)}
          {...err('manualNumber')}
        />
        <SelectField
          id="servedBy"
          label={t('backfill.servedBy')}
          placeholder={t('backfill.servedBy.choose')}
          value={draft.servedBy}
          options={props.staff.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(e) => set('servedBy', e.target.value)}
          {...err('servedBy')}
        />
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('backfill.seeker')}</legend>
        <TextField
          id="nik"
          label={t('field.nik')}
          hint={t('field.nik.hint')}
          inputMode="numeric"
          value={draft.seeker.nik}
          onChange={(e) => setSeeker('nik', e.target.value)}
          {...err('nik')}
        />
        <TextField
          id="name"
          label={t('field.name')}
          value={draft.seeker.name}
          onChange={(e) => setSeeker('name', e.target.value)}
          {...err('name')}
        />
        <TextField
          id="birthPlace"
          label={t('field.birthPlace')}
          value={draft.seeker.birthPlace}
          onChange={(e) => setSeeker('birthPlace', e.target.value)}
          {...err('birthPlace')}
        />
        <TextField
          id="birthDate"
          type="date"
          label={t('field.birthDate')}
          value={draft.seeker.birthDate}
          onChange={(e) => setSeeker('birthDate', e.target.value)}
          {...err('birthDate')}
        />
        <SelectField
          id="sex"
          label={t('field.sex')}
          placeholder={t('field.sex.choose')}
          value={draft.seeker.sex}
          options={(['L', 'P'] as const).map((sex) => ({ value: sex, label: sexLabels[sex] }))}
          onChange={(e) =>
            setSeeker('sex', e.target.value === 'L' || e.target.value === 'P' ? e.target.value : '')
          }
          {...err('sex')}
        />
        <TextField
          id="address"
          className="wide"
          label={t('field.address')}
          value={draft.seeker.address}
          onChange={(e) => setSeeker('address', e.target.value)}
          {...err('address')}
        />
        <TextField
          id="phone"
          label={t('field.phone')}
          inputMode="tel"
          value={draft.seeker.phone}
          onChange={(e) => setSeeker('phone', e.target.value)}
          {...err('phone')}
        />
        <SelectField
          id="educationLevel"
          label={t('field.educationLevel')}
          placeholder={t('field.educationLevel.choose')}
          value={draft.seeker.educationLevel}
          options={educationLevels.map((level) => ({
            value: level,
            label: educationLevelLabels[level],
          }))}
          onChange={(e) =>
            setSeeker(
              'educationLevel',
              educationLevels.find((level) => level === e.target.value) ?? '',
            )
          }
          {...err('educationLevel')}
        />
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('backfill.card')}</legend>
        <label className="wide">
          <input
            type="checkbox"
            checked={draft.withCard}
            onChange={(e) => set('withCard', e.target.checked)}
          />{' '}
          {t('backfill.withCard')}
        </label>
        {draft.withCard && (
          <TextField
            id="cardIssuedOn"
            type="date"
            label={t('backfill.cardIssuedOn')}
            value={draft.cardIssuedOn}
            onChange={(e) => set('cardIssuedOn', e.target.value)}
            {...err('cardIssuedOn')}
          />
        )}
      </fieldset>
      <p className="field__hint">{t('backfill.photoLater')}</p>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('backfill.save')}
        </button>
      </div>
    </form>
  );
}
