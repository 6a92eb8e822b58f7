import { useEffect, useState } from 'react';
import { useServices } from '../../app/services.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { BiodataForm } from '../biodata/biodata-form.js';
import { useBiodataSave } from '../biodata/use-biodata-save.js';
import { CardStep } from '../card/card-step.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { CounterSettings } from '../../db/settings-repository.js';
import type { VisitController } from '../visit/use-visit.js';

/** Correct the biodata, then draw and reprint the card (the reprint asks for its reason). */
export function CorrectionFlow(props: {
  readonly controller: VisitController;
  readonly card: CardRecord;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const settings = useCounterSettings();
  if (!settings) return null;
  return <Correction {...props} settings={settings} />;
}

function Correction(props: {
  readonly controller: VisitController;
  readonly card: CardRecord;
  readonly settings: CounterSettings;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const { visit, seeker } = props.controller;
  const { cards } = useServices();
  const [phase, setPhase] = useState<'edit' | 'reprint'>('edit');
  const [printsBefore, setPrintsBefore] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    void cards.prints(props.card.id).then((list) => setPrintsBefore(list.length));
  }, [cards, props.card.id]);

  async function done() {
    const now = (await cards.prints(props.card.id)).length;
    if (printsBefore !== undefined && now <= printsBefore)
      return setError(t('correction.notReprinted'));
    props.onDone();
  }
  const form = useBiodataSave({
    key: `correction:${visit.id}`,
    seeker,
    visitor: { nik: seeker?.nik ?? '', name: seeker?.name ?? '' },
    settings: props.settings,
    visitId: visit.id,
    onSaved: ({ seeker: saved }) => {
      props.controller.setSeeker(saved);
      setPhase('reprint');
    },
  });
  if (!seeker) return null;
  return (
    <div className="step-panel" role="group" aria-label={t('correction.title')}>
      <h2>{t('correction.title')}</h2>
      {phase === 'edit' ? (
        <>
          <p>{t('correction.edit')}</p>
          <BiodataForm
            draft={form.draft}
            onChange={form.setDraft}
            failures={form.failures}
            domicile={form.domicile}
            maritalStatuses={props.settings.maritalStatuses}
            busy={form.busy}
            submitLabel={t('correction.save')}
            onSubmit={() => void form.save()}
          />
          <button type="button" onClick={props.onCancel}>
            {t('correction.cancel')}
          </button>
        </>
      ) : (
        <>
          <Notice tone="success">{t('correction.saved')}</Notice>
          <p>{t('correction.reprint')}</p>
          <CardStep
            seeker={seeker}
            card={props.card}
            visitId={visit.id}
            onIssued={() => undefined}
          />
          {error && <Notice tone="error">{error}</Notice>}
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void done()}>
              {t('correction.done')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
