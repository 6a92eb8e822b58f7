import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useT } from '../../i18n/i18n.js';
import { CardStep } from '../card/card-step.js';
import { ReportRowPrint } from './report-row-print.js';

/**
 * After a six-monthly report: the card drawn again with the new LAPORAN row, to print onto
 * the seeker's card (a logged reprint, e.g. "baris laporan ke-2").
 */
export function ReportPrint(props: {
  readonly seeker: Seeker;
  readonly card: CardRecord;
  readonly visitId: string;
}) {
  const t = useT();
  return (
    <section aria-labelledby="report-print-title" className="report-print">
      <h2 id="report-print-title">{t('report.printTitle')}</h2>
      <ReportRowPrint seeker={props.seeker} card={props.card} />
      <p>{t('report.printIntro')}</p>
      <CardStep
        seeker={props.seeker}
        card={props.card}
        visitId={props.visitId}
        onIssued={() => undefined}
      />
    </section>
  );
}
