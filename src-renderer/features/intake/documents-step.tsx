import { useState, type FormEvent } from 'react';
import { missingDocuments, returnSlipText } from '../../../src-shared/domain/requirements.js';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { returnDocuments } from '../../../src-shared/domain/visit.js';
import { useDraft } from '../../app/drafts.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { VisitController } from '../visit/use-visit.js';

/**
 * SOP step 3: tick the documents brought. Complete: on to the biodata. Incomplete: the file
 * goes back with a slip naming exactly what is missing, and the visit is counted as returned.
 */
export function DocumentsStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const services = useServices();
  const settings = useCounterSettings();
  const { visit } = props.controller;
  const [checked, setChecked] = useDraft<readonly string[]>(
    `documents:${visit.id}`,
    () => visit.checkedDocuments ?? [],
  );
  const [attempted, setAttempted] = useState(false);
  if (!settings) return null;
  const list = settings.requirements;
  const missing = missingDocuments(list, checked);

  function toggle(id: string, on: boolean) {
    setChecked(on ? [...checked, id] : checked.filter((c) => c !== id));
  }

  function proceed(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (missing.length > 0) {
      props.controller.fail(t('documents.incomplete', { count: missing.length }));
      return;
    }
    void props.controller.complete(t('documents.completeNote'), { checkedDocuments: checked });
  }

  async function giveBack() {
    const reason = returnSlipText({
      list,
      checkedIds: checked,
      seekerName: visit.visitorName ?? '',
      dateText: formatTanggal(services.today()),
    });
    // The slip is shown and printed by the closed visit's panel (ReturnSlip).
    await props.controller.run(
      (v, _officer, now) => {
        const result = returnDocuments(v, { now, reason });
        return result.ok ? { ok: true, value: { ...v, ...result.value } } : result;
      },
      { checkedDocuments: checked },
    );
  }

  return (
    <form className="step-panel" aria-label={t('visit.panel', { no: 3 })} onSubmit={proceed}>
      <fieldset className="checklist">
        <legend>{t('documents.legend')}</legend>
        {list.map((doc, i) => (
          <label key={doc.id} className="checklist__item">
            <input
              type="checkbox"
              checked={checked.includes(doc.id)}
              autoFocus={i === 0}
              onChange={(e) => toggle(doc.id, e.target.checked)}
            />
            {doc.label}
            {!doc.required && <span className="badge">{t('requirements.optional')}</span>}
          </label>
        ))}
      </fieldset>
      {attempted && missing.length > 0 && (
        <div className="notice notice--warning" role="alert">
          <p>{t('documents.missingTitle')}</p>
          <ul>
            {missing.map((doc) => (
              <li key={doc.id}>{doc.label}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.controller.busy}>
          {t('documents.complete')}
        </button>
        <button
          type="button"
          disabled={props.controller.busy || missing.length === 0}
          onClick={() => void giveBack()}
        >
          {t('documents.return', { count: missing.length })}
        </button>
      </div>
    </form>
  );
}
