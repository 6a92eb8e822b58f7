import { useState, type FormEvent } from 'react';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord } from '../../../src-shared/domain/records.js';
import { officerRoleLabels, officerRoles } from '../../../src-shared/domain/sop.js';
import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { checkOfficer } from './officer-rules.js';

/** One officer's name, NIP, roles and active flag; saves with Enter. */
export function OfficerEditor(props: {
  readonly officer: OfficerRecord;
  readonly prefix: string;
  readonly legend: string;
  readonly submitLabel: string;
  readonly onSave: (officer: OfficerRecord) => Promise<void>;
}) {
  const t = useT();
  const [draft, setDraft] = useState(props.officer);
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const [saved, setSaved] = useState(false);
  const error = (field: string) =>
    errors.find((e) => e.field === `${props.prefix}-${field}`)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = { ...draft, name: draft.name.trim(), nip: draft.nip.replace(/\s+/g, '') };
    const found = checkOfficer(clean, props.prefix);
    setErrors(found);
    setSaved(false);
    if (found.length > 0) return;
    await props.onSave(clean);
    setSaved(true);
  }

  return (
    <form className="officer-editor" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="form-grid">
        <legend>{props.legend}</legend>
        <TextField
          id={`${props.prefix}-name`}
          label={t('settings.officerName')}
          error={error('name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <TextField
          id={`${props.prefix}-nip`}
          label={t('settings.officerNip')}
          hint={t('settings.officerNipHint')}
          error={error('nip')}
          value={draft.nip}
          inputMode="numeric"
          onChange={(e) => setDraft({ ...draft, nip: e.target.value })}
        />
        <fieldset className="radio-group" id={`${props.prefix}-roles`} tabIndex={-1}>
          <legend>{t('settings.officerRoles')}</legend>
          {error('roles') && <p className="field__error">{error('roles')}</p>}
          {officerRoles.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={draft.roles.includes(role)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    roles: e.target.checked
                      ? [...draft.roles, role]
                      : draft.roles.filter((r) => r !== role),
                  })
                }
              />
              {officerRoleLabels[role]}
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.active}
            onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
          />
          {t('settings.officerActive')}
        </label>
        <div className="form-actions">
          <button type="submit">{props.submitLabel}</button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
      </fieldset>
    </form>
  );
}
