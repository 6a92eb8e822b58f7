import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { BackfillForm } from './backfill-form.js';
import { BackfilledList } from './backfilled-list.js';
import { useBackfill } from './use-backfill.js';

/**
 * Input buku manual: after an outage, the registrations written in the paper books are typed
 * in with their original date, number and officer; they are marked as backfilled and synced.
 */
export function BackfillScreen() {
  const t = useT();
  const backfill = useBackfill();
  return (
    <section aria-labelledby="backfill-title" className="screen">
      <h1 id="backfill-title">{t('backfill.title')}</h1>
      <p className="screen__intro">{t('backfill.intro')}</p>
      {backfill.saved && (
        <Notice tone="success">
          {t('backfill.saved', {
            name: backfill.saved.name,
            number: backfill.saved.registrationNumber ?? '',
          })}
        </Notice>
      )}
      {backfill.available && (
        <BackfillForm
          draft={backfill.draft}
          errors={backfill.errors}
          staff={backfill.staff}
          onChange={backfill.change}
          onSave={() => void backfill.save()}
        />
      )}
      <BackfilledList version={backfill.version} />
    </section>
  );
}
