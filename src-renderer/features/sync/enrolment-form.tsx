import { useState, type FormEvent } from 'react';
import type { SyncLinkStatus } from '../../../src-shared/ipc/channels/sync.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { EnrolInput } from './use-sync-link.js';

/** Server address + one-time enrolment code from the city's administrator. */
export function EnrolmentForm(props: {
  readonly link: SyncLinkStatus | undefined;
  readonly defaultName: string;
  readonly onEnrol: (input: EnrolInput) => Promise<string>;
}) {
  const t = useT();
  const [url, setUrl] = useState(props.link?.serverUrl ?? 'http://127.0.0.1:8780');
  const [code, setCode] = useState('');
  const [counterName, setCounterName] = useState(props.link?.counterName ?? props.defaultName);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setDone(false);
    const failure = await props.onEnrol({
      url: url.trim(),
      code: code.trim(),
      counterName: counterName.trim(),
    });
    setBusy(false);
    setError(failure);
    if (!failure) {
      setDone(true);
      setCode('');
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="sync-enrol-title">
      <h2 id="sync-enrol-title">
        {t(props.link?.enrolled ? 'sync.enrol.again' : 'sync.enrol.title')}
      </h2>
      <p className="screen__intro">{t('sync.enrol.intro')}</p>
      <div className="form-grid">
        <TextField
          id="sync-url"
          label={t('sync.enrol.url')}
          hint={t('sync.enrol.url.hint')}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          autoComplete="off"
        />
        <TextField
          id="sync-code"
          label={t('sync.enrol.code')}
          hint={t('sync.enrol.code.hint')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
        />
        <TextField
          id="sync-counter-name"
          label={t('sync.enrol.name')}
          value={counterName}
          onChange={(event) => setCounterName(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(busy ? 'sync.enrol.busy' : 'sync.enrol.submit')}
        </button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{t('sync.enrol.done')}</Notice>}
    </form>
  );
}
