import type { CounterSettings } from '../../db/settings-repository.js';
import { useT } from '../../i18n/i18n.js';
import { LikelyDuplicatesPanel } from '../duplicates/likely-duplicates-panel.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { VisitController } from '../visit/use-visit.js';
import { BiodataForm } from './biodata-form.js';
import { useBiodataSave } from './use-biodata-save.js';

/** SOP step 4: the AK/II form typed into the system, for a new card or a renewal. */
export function BiodataStep(props: { readonly controller: VisitController }) {
  const settings = useCounterSettings();
  const t = useT();
  if (!settings) return <p role="status">{t('visit.loading')}</p>;
  return <BiodataStepForm controller={props.controller} settings={settings} />;
}

function BiodataStepForm(props: {
  readonly controller: VisitController;
  readonly settings: CounterSettings;
}) {
  const t = useT();
  const { visit, seeker } = props.controller;
  const form = useBiodataSave({
    key: `biodata:${visit.id}`,
    seeker,
    visitor: { nik: visit.visitorNik ?? '', name: visit.visitorName ?? '' },
    settings: props.settings,
    visitId: visit.id,
    onSaved: async (outcome) => {
      props.controller.setSeeker(outcome.seeker);
      const saved = outcome.created ? t('bio.createdNote') : t('bio.updatedNote');
      const decided =
        outcome.decided &&
        t(`bio.decided.${outcome.decided.decision}`, { count: outcome.decided.count });
      const note = decided ? `${saved}. ${decided}` : saved;
      await props.controller.complete(note, { seekerId: outcome.seeker.id });
    },
  });
  return (
    <div className="step-panel" aria-label={t('visit.panel', { no: 4 })} role="group">
      <p className="screen__intro">{seeker ? t('bio.introExisting') : t('bio.introNew')}</p>
      <BiodataForm
        draft={form.draft}
        onChange={form.setDraft}
        failures={form.failures}
        domicile={form.domicile}
        maritalStatuses={props.settings.maritalStatuses}
        busy={form.busy || props.controller.busy}
        submitLabel={t('bio.saveAndNext')}
        onSubmit={() => void form.save()}
      >
        {form.candidates.length > 0 && (
          <LikelyDuplicatesPanel
            candidates={form.candidates}
            busy={form.busy}
            onSame={(c) => void form.decideSame(c)}
            onDifferent={() => void form.decideDifferent()}
          />
        )}
      </BiodataForm>
    </div>
  );
}
