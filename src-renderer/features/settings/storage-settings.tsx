import { useEffect, useState } from 'react';
import { Notice } from '../../components/notice.js';
import { ensurePersistentStorage, type StoragePersistence } from '../../app/storage-persistence.js';
import { useT } from '../../i18n/i18n.js';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });
}

/** Where this PC keeps the records, how much room is used, and whether the browser may evict it. */
export function StorageSettings() {
  const t = useT();
  const [state, setState] = useState<StoragePersistence | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void ensurePersistentStorage(navigator.storage).then((answer) => {
      if (current) setState(answer);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      {!state && <p className="field__hint">{t('settings.storage.checking')}</p>}
      {state?.usageBytes !== undefined && state.quotaBytes !== undefined && (
        <p>
          {t('settings.storage.usage', {
            used: megabytes(state.usageBytes),
            quota: megabytes(state.quotaBytes),
          })}
        </p>
      )}
      {state?.persisted === true && (
        <Notice tone="success">{t('settings.storage.persistent')}</Notice>
      )}
      {state && state.persisted !== true && (
        <Notice tone="warning">{t('settings.storage.notPersistent')}</Notice>
      )}
    </section>
  );
}
