import { useState, type FormEvent } from 'react';
import {
  validateRequirements,
  type RequiredDocument,
} from '../../../src-shared/domain/requirements.js';
import { useServices } from '../../app/services.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';

/** A stable id for a new document: from its label, made unique in the list. */
function idFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'dokumen';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The document checklist of step 3 (office policy). */
export function RequirementsSettings(props: { readonly initial: readonly RequiredDocument[] }) {
  const t = useT();
  const { settings } = useServices();
  const [list, setList] = useState(props.initial);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = validateRequirements(list.map((d) => ({ ...d, label: d.label.trim() })));
    if (!checked.ok) return setStatus({ tone: 'error', text: checked.error.message });
    await settings.save('requirements', checked.value);
    setStatus({ tone: 'success', text: t('settings.saved') });
  }

  const change = (i: number, patch: Partial<RequiredDocument>) =>
    setList(list.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <section aria-labelledby="requirements-title">
      <h2 id="requirements-title">{t('settings.requirements')}</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        {list.map((doc, i) => (
          <fieldset key={doc.id} className="rows__row">
            <legend>{t('settings.requirementN', { n: i + 1 })}</legend>
            <TextField
              id={`requirement-${i}`}
              label={t('settings.requirementLabel')}
              value={doc.label}
              onChange={(e) => change(i, { label: e.target.value })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={doc.required}
                onChange={(e) => change(i, { required: e.target.checked })}
              />
              {t('settings.requirementRequired')}
            </label>
            <button type="button" onClick={() => setList(list.filter((_, j) => j !== i))}>
              {t('rows.remove', { item: t('settings.requirementN', { n: i + 1 }) })}
            </button>
          </fieldset>
        ))}
        <div className="form-actions">
          <button
            type="button"
            onClick={() =>
              setList([
                ...list,
                {
                  id: idFor(
                    `baru-${list.length + 1}`,
                    list.map((d) => d.id),
                  ),
                  label: '',
                  required: true,
                },
              ])
            }
          >
            {t('settings.requirementAdd')}
          </button>
          <button type="submit" className="primary">
            {t('settings.requirementsSave')}
          </button>
        </div>
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
      </form>
    </section>
  );
}
