import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { SyncIssue } from '../../sync/sync-records.js';
import type { SyncServices } from '../../sync/sync-services.js';
import { ConflictResolver } from './conflict-resolver.js';
import { NikMerge } from './nik-merge.js';
import { timeText } from './status-text.js';
import { valueText } from './value-text.js';

function IssueBody(props: {
  readonly issue: SyncIssue;
  readonly sync: SyncServices;
  readonly reload: () => void;
}) {
  const t = useT();
  const { issue, sync, reload } = props;
  const done = async (action: Promise<unknown>) => {
    await action;
    reload();
  };
  switch (issue.kind) {
    case 'rejected':
      return (
        <div>
          <h3>{t('sync.rejected.title', { table: issue.entry.table })}</h3>
          <p>{t('sync.rejected.reason', { reason: issue.reason, code: issue.code })}</p>
          <p className="field__hint">
            {t('sync.rejected.record', {
              id: issue.entry.recordId,
              summary: valueText(issue.entry.payload),
            })}
          </p>
          <div className="sync-actions">
            <button type="button" onClick={() => void done(sync.requeue(issue.id))}>
              {t('sync.rejected.requeue')}
            </button>
            <button type="button" onClick={() => void done(sync.markResolved(issue.id))}>
              {t('sync.issue.handled')}
            </button>
          </div>
        </div>
      );
    case 'conflict':
      return (
        <ConflictResolver
          issue={issue}
          onResolve={async (fields) => {
            const result = await sync.resolveConflict(issue.id, fields);
            reload();
            return result.ok ? '' : result.error.message;
          }}
        />
      );
    case 'nik':
      return <NikMerge issue={issue} sync={sync} onDone={reload} />;
    case 'file':
    case 'held':
      return (
        <div>
          <h3>{t(issue.kind === 'file' ? 'sync.file.title' : 'sync.held.title')}</h3>
          <p>{issue.reason}</p>
          <div className="sync-actions">
            <button type="button" onClick={() => void done(sync.markResolved(issue.id))}>
              {t('sync.issue.handled')}
            </button>
          </div>
        </div>
      );
  }
}

/** "Perlu perhatian": what the server refused or flagged, until an officer dealt with it. */
export function AttentionList(props: { readonly sync: SyncServices; readonly version: number }) {
  const t = useT();
  const [issues, setIssues] = useState<SyncIssue[] | undefined>();
  const { sync, version } = props;
  const reload = useCallback(() => {
    void sync.listIssues().then(setIssues);
  }, [sync]);
  useEffect(() => reload(), [reload, version]);

  const open = issues?.filter((issue) => issue.status === 'open') ?? [];
  return (
    <section aria-labelledby="sync-attention-title">
      <h2 id="sync-attention-title">{t('sync.attention.title', { count: open.length })}</h2>
      {issues && open.length === 0 && <p>{t('sync.attention.none')}</p>}
      <ul className="sync-issues" aria-label={t('sync.attention.list')}>
        {open.map((issue) => (
          <li key={issue.id} className="sync-issue">
            <p className="field__hint">
              {t('sync.issue.detected', { when: timeText(issue.detectedAt) })}
            </p>
            <IssueBody issue={issue} sync={sync} reload={reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}
