import { useT } from '../../i18n/i18n.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import { SimpleStep } from '../visit/simple-step.js';
import type { VisitController } from '../visit/use-visit.js';

/** SOP step 2: explain the service and the documents the seeker must bring. */
export function RequirementsInfoStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const settings = useCounterSettings();
  return (
    <SimpleStep controller={props.controller} doneLabel={t('requirements.explained')}>
      <p className="script">{t('requirements.script')}</p>
      <ul className="requirement-list" aria-label={t('requirements.list')}>
        {(settings?.requirements ?? []).map((doc) => (
          <li key={doc.id}>
            {doc.label}{' '}
            <span className="badge">
              {doc.required ? t('requirements.required') : t('requirements.optional')}
            </span>
          </li>
        ))}
      </ul>
      <p>{t('requirements.free')}</p>
    </SimpleStep>
  );
}
