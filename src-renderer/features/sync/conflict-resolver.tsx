import { useState } from 'react';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { differingFields } from '../../sync/conflict-resolution.js';
import type { ConflictIssue } from '../../sync/sync-records.js';
import { valueText } from './value-text.js';

/**
 * A seeker edited here and at another counter: both copies side by side, one choice per
 * differing field (the server's copy by default); saving writes a new version everywhere.
 */
export function ConflictResolver(props: {
  readonly issue: ConflictIssue;
  readonly onResolve: (takeLocal: readonly string[]) => Promise<string>;
}) {
  const t = useT();
  const differences = differingFields(props.issue.localPayload, props.issue.serverPayload);
  const [takeLocal, setTakeLocal] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState('');
  const name = String(props.issue.serverPayload['name'] ?? props.issue.localPayload['name'] ?? '');

  function choose(field: string, local: boolean) {
    const next = new Set(takeLocal);
    if (local) next.add(field);
    else next.delete(field);
    setTakeLocal(next);
  }

  return (
    <div>
      <h3>{t('sync.conflict.title', { name })}</h3>
      <p>{t('sync.conflict.intro')}</p>
      <table className="sync-compare" aria-label={t('sync.conflict.table', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('sync.conflict.field')}</th>
            <th scope="col">{t('sync.conflict.local')}</th>
            <th scope="col">{t('sync.conflict.server')}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.field}>
              <th scope="row">{difference.field}</th>
              {(['local', 'server'] as const).map((side) => (
                <td key={side}>
                  <label>
                    <input
                      type="radio"
                      name={`${props.issue.id}-${difference.field}`}
                      checked={takeLocal.has(difference.field) === (side === 'local')}
                      onChange={() => choose(difference.field, side === 'local')}
                      aria-label={t(
                        side === 'local' ? 'sync.conflict.takeLocal' : 'sync.conflict.takeServer',
                        {
                          field: difference.field,
                        },
                      )}
                    />
                    <span>{valueText(difference[side])}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sync-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void props.onResolve([...takeLocal]).then(setError)}
        >
          {t('sync.conflict.save')}
        </button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
