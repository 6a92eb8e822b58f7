import { useState, type FormEvent } from 'react';
import { useServices } from '../../app/services.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';

/**
 * The counter's two-digit code and name. Every registration number carries the code, so each PC
 * needs its own; after saving, the app reloads so no number is issued with the old code.
 */
export function CounterIdentityForm(props: { readonly reload?: () => void }) {
  const t = useT();
  const { api, info } = useServices();
  const [code, setCode] = useState(info.counter.code);
  const [name, setName] = useState(info.counter.name);
  const [error, setError] = useState<{ field?: string; message: string }>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await api.invoke('app:counter:set', { code: code.trim(), name: name.trim() });
    if (!saved.ok) {
      const field = /nama/i.test(saved.error.message) ? 'name' : 'code';
      return setError({ field, message: saved.error.message });
    }
    (props.reload ?? (() => window.location.reload()))();
  }

  return (
    <form
      className="form-grid"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="counter-identity-title"
    >
      <h3 id="counter-identity-title" className="wide">
        {t('settings.counterIdentity')}
      </h3>
      <TextField
        id="counter-code"
        label={t('settings.counterCode')}
        hint={t('settings.counterCodeHint')}
        error={error?.field === 'code' ? error.message : undefined}
        value={code}
        inputMode="numeric"
        maxLength={2}
        className="mono"
        onChange={(e) => setCode(e.target.value)}
      />
      <TextField
        id="counter-name"
        label={t('settings.counterName')}
        error={error?.field === 'name' ? error.message : undefined}
        value={name}
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('settings.counterSave')}
        </button>
      </div>
      {error && !error.field && <Notice tone="error">{error.message}</Notice>}
    </form>
  );
}
