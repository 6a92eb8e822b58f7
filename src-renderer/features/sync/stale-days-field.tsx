import { useState } from 'react';
import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';

/** "Peringatan bila tidak sinkron selama N hari": 1..60, default 3. */
export function StaleDaysField(props: {
  readonly days: number;
  readonly onChange: (days: number) => Promise<void>;
}) {
  const t = useT();
  const [text, setText] = useState(String(props.days));
  const [error, setError] = useState('');

  async function save() {
    const days = Number(text);
    if (!Number.isInteger(days) || days < 1 || days > 60) {
      setError(t('sync.stale.invalid'));
      return;
    }
    setError('');
    await props.onChange(days);
  }

  return (
    <section aria-labelledby="sync-stale-title">
      <h2 id="sync-stale-title">{t('sync.stale.title')}</h2>
      <TextField
        id="sync-stale-days"
        label={t('sync.stale.label')}
        inputMode="numeric"
        value={text}
        {...(error ? { error } : {})}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void save()}
      />
    </section>
  );
}
