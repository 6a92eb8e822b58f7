import { useState, type FormEvent, type ReactNode } from 'react';
import type { CodeLabel } from '../../../src-shared/domain/biodata.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { PolicyWarning } from '../../../src-shared/domain/policies.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useT } from '../../i18n/i18n.js';
import { AddressSection } from './address-section.js';
import type { BiodataDraft } from './biodata-draft.js';
import { EducationSection } from './education-section.js';
import { ExperienceSection } from './experience-section.js';
import { fieldId, formApi } from './form-api.js';
import { IdentitySection } from './identity-section.js';
import { SkillsSection } from './skills-section.js';
import { visibleFailures } from './visible-failures.js';
import { WishesSection } from './wishes-section.js';
import './biodata.css';

/** Moves the focus to the first field named in `failures` (after the summary rendered). */
export function focusFirstError(failures: readonly Failure[]): void {
  const first = failures.find((f) => f.field)?.field;
  if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
}

/** The whole AK/II form (daftar isian pencari kerja); Enter in any field saves. */
export function BiodataForm(props: {
  readonly draft: BiodataDraft;
  readonly onChange: (draft: BiodataDraft) => void;
  readonly failures: readonly Failure[];
  readonly domicile: PolicyWarning | null;
  readonly maritalStatuses: readonly CodeLabel[];
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly children?: ReactNode;
}) {
  const t = useT();
  // Remember the draft the failures were computed for (React's "previous render" pattern).
  const [checked, setChecked] = useState({ failures: props.failures, draft: props.draft });
  if (checked.failures !== props.failures)
    setChecked({ failures: props.failures, draft: props.draft });
  const failures = visibleFailures(props.failures, checked.draft, props.draft);
  const form = formApi(props.draft, props.onChange, failures);
  const linked = failures.map((f) => (f.field ? { ...f, field: fieldId(f.field) } : f));
  return (
    <form
      className="biodata-form"
      aria-label={t('bio.form')}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <ErrorSummary title={t('register.errorsTitle', { count: linked.length })} errors={linked} />
      <IdentitySection form={form} maritalStatuses={props.maritalStatuses} />
      <AddressSection form={form} domicile={props.domicile} />
      <EducationSection form={form} />
      <SkillsSection form={form} />
      <ExperienceSection form={form} />
      <WishesSection form={form} />
      {props.children}
      <div className="form-actions sticky-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? t('register.saving') : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
