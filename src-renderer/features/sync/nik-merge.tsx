import { useEffect, useState } from 'react';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { SyncServices } from '../../sync/sync-services.js';
import type { NikIssue } from '../../sync/sync-records.js';
import { timeText } from './status-text.js';
import { valueText } from './value-text.js';

const shown = [
  'name',
  'birthPlace',
  'birthDate',
  'address',
  'phone',
  'registrationNumber',
  'createdAt',
] as const;

/**
 * One NIK registered at two counters: both records side by side; the officer picks the one to
 * keep. Both histories and both card numbers stay (the merge links them).
 */
export function NikMerge(props: {
  readonly issue: NikIssue;
  readonly sync: SyncServices;
  readonly onDone: () => void;
}) {
  const t = useT();
  const [pair, setPair] = useState<{ local: Seeker; remote: Seeker } | undefined>();
  const [kept, setKept] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void props.sync.mergeCandidates(props.issue).then((found) => {
      setPair(found);
      // The earlier registration is offered first: it is usually the card in the wallet.
      if (found)
        setKept(found.local.createdAt <= found.remote.createdAt ? found.local.id : found.remote.id);
    });
  }, [props.sync, props.issue]);

  async function merge() {
    const result = await props.sync.merge(props.issue.id, kept);
    if (result.ok) props.onDone();
    else setError(result.error.message);
  }

  return (
    <div>
      <h3>{t('sync.nik.title', { nik: props.issue.nik })}</h3>
      <p>{t('sync.nik.intro')}</p>
      {!pair && <Notice tone="info">{t('sync.nik.waiting')}</Notice>}
      {pair && (
        <>
          <table
            className="sync-compare"
            aria-label={t('sync.nik.table', { nik: props.issue.nik })}
          >
            <thead>
              <tr>
                <th scope="col">{t('sync.conflict.field')}</th>
                <th scope="col">{t('sync.nik.here')}</th>
                <th scope="col">{t('sync.nik.there')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((field) => (
                <tr key={field}>
                  <th scope="row">{t(`sync.nik.field.${field}`)}</th>
                  {[pair.local, pair.remote].map((seeker) => (
                    <td key={seeker.id}>
                      {field === 'createdAt'
                        ? timeText(seeker.createdAt)
                        : valueText(seeker[field])}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('sync.nik.keep')}</th>
                {[pair.local, pair.remote].map((seeker) => (
                  <td key={seeker.id}>
                    <label>
                      <input
                        type="radio"
                        name={`keep-${props.issue.id}`}
                        checked={kept === seeker.id}
                        onChange={() => setKept(seeker.id)}
                      />
                      {t('sync.nik.keepThis', { name: seeker.name })}
                    </label>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
          <div className="sync-actions">
            <button type="button" className="primary" onClick={() => void merge()}>
              {t('sync.nik.merge')}
            </button>
          </div>
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
