import { useState, type FormEvent } from 'react';
import {
  compileRegistrationPattern,
  formatRegistrationNumber,
} from '../../../src-shared/domain/registration-number.js';
import { useServices } from '../../app/services.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CounterIdentityForm } from './counter-identity-form.js';

/** The registration number pattern, with an example number and the counter code it uses. */
export function NumberingSettings(props: { readonly pattern: string; readonly kotaCode: string }) {
  const t = useT();
  const { settings, info, today } = useServices();
  const [pattern, setPattern] = useState(props.pattern);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string }>();
  const example = formatRegistrationNumber(pattern, {
    kotaCode: props.kotaCode,
    date: today(),
    counterCode: info.counter.code,
    sequence: 1,
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    const compiled = compileRegistrationPattern(pattern.trim());
    if (!compiled.ok) return setStatus({ tone: 'error', text: compiled.error.message });
    await settings.save('registrationPattern', pattern.trim());
    setStatus({ tone: 'success', text: t('settings.saved') });
  }

  return (
    <section aria-labelledby="numbering-title">
      <h2 id="numbering-title">{t('settings.numbering')}</h2>
      <CounterIdentityForm />
      <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
        <TextField
          id="numbering-pattern"
          label={t('settings.pattern')}
          hint={t('settings.patternHint')}
          error={example.ok ? undefined : example.error.message}
          value={pattern}
          className="wide mono"
          onChange={(e) => setPattern(e.target.value)}
        />
        <p className="wide">
          {t('settings.example')}{' '}
          <strong className="mono">{example.ok ? example.value : '—'}</strong>
        </p>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.patternSave')}
          </button>
        </div>
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
      </form>
    </section>
  );
}
