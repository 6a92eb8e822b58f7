import { sopStep } from '../../../src-shared/domain/sop.js';
import { currentStep } from '../../../src-shared/domain/visit.js';
import { AuthoriseStep } from '../approval/authorise-step.js';
import { CheckCardStep } from '../approval/check-card-step.js';
import { SignStep } from '../approval/sign-step.js';
import { BiodataStep } from '../biodata/biodata-step.js';
import { HandoverStep } from '../handover/handover-step.js';
import { DocumentsStep } from '../intake/documents-step.js';
import { GreetingStep } from '../intake/greeting-step.js';
import { RequirementsInfoStep } from '../intake/requirements-info-step.js';
import { PlacementStep } from '../placement/placement-step.js';
import { ReportStep } from '../reports-visit/report-step.js';
import { useT } from '../../i18n/i18n.js';
import { CardStepSlot, CounsellingStepSlot, PhotoStepSlot } from './step-slots.js';
import { SimpleStep } from './simple-step.js';
import type { VisitController } from './use-visit.js';

/** The panel of the step the visit is at; the data-entry step depends on the service. */
export function StepPanel(props: { readonly controller: VisitController }) {
  const t = useT();
  const { controller } = props;
  const service = controller.visit.serviceType;
  const stepNo = currentStep(controller.visit);
  switch (stepNo) {
    case 1:
      return <GreetingStep controller={controller} />;
    case 2:
      return <RequirementsInfoStep controller={controller} />;
    case 3:
      return <DocumentsStep controller={controller} />;
    case 4:
      if (service === 'lapor-enam-bulan') return <ReportStep controller={controller} />;
      if (service === 'lapor-diterima-kerja') return <PlacementStep controller={controller} />;
      return <BiodataStep controller={controller} />;
    case 5:
      return (
        <SimpleStep controller={controller}>
          <p>{t('visit.step5')}</p>
        </SimpleStep>
      );
    case 6:
      return <PhotoStepSlot controller={controller} />;
    case 7:
      return <CardStepSlot controller={controller} />;
    case 8:
      return <CheckCardStep controller={controller} />;
    case 9:
      return <SignStep controller={controller} />;
    case 10:
      return (
        <SimpleStep controller={controller}>
          <p>{t('visit.step10')}</p>
        </SimpleStep>
      );
    case 11:
      return <AuthoriseStep controller={controller} />;
    case 12:
      return <CounsellingStepSlot controller={controller} />;
    case 13:
      return <HandoverStep controller={controller} />;
    default:
      // Legalisation (14-17) has its own issue; its authorising step 16 works like step 11.
      if (stepNo !== null && sopStep(stepNo).authorising) {
        return <AuthoriseStep controller={controller} />;
      }
      return <SimpleStep controller={controller} />;
  }
}
