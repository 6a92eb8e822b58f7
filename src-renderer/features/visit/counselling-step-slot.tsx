import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CounsellingPanel } from '../counselling/counselling-panel.js';
import type { VisitController } from './use-visit.js';

/** SOP step 12 in the visit: counselling recorded, or skipped with the SOP's reason. */
export function CounsellingStepSlot(props: { readonly controller: VisitController }) {
  const t = useT();
  const { visit, seeker } = props.controller;
  if (!seeker) return <Notice tone="error">{t('visit.noSeeker')}</Notice>;
  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: 12 })}>
      <CounsellingPanel
        seeker={seeker}
        visitId={visit.id}
        onRecorded={(record) => {
          if (record.skippedReason) {
            void props.controller.skip(t(`counselling.skip.${record.skippedReason}`));
          } else {
            const count = record.explainedVacancyIds.length;
            void props.controller.complete(t('counsellingStep.note', { count }));
          }
        }}
      />
    </div>
  );
}
