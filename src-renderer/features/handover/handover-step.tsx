import { useState } from 'react';
import { reportDueDates } from '../../../src-shared/domain/validity.js';
import { defaultCardObligations } from '../../../src-shared/printing/handover-slip.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { printSlip } from '../intake/print-slip.js';
import { useCardStatus } from '../renewal/use-card-status.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { VisitController } from '../visit/use-visit.js';
import { useVisitCard } from '../approval/use-visit-card.js';
import { ReportPrint } from '../reports-visit/report-print.js';
import { HandoverInfo } from './handover-info.js';

/**
 * SOP step 13: the card and its rules are handed over; a new or renewed card is written in
 * the Buku Penyerahan AK/I and the seeker gets a slip with the report dates.
 */
export function HandoverStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const services = useServices();
  const { officer } = useDuty();
  const settings = useCounterSettings();
  const { visit, seeker } = props.controller;
  const status = useCardStatus(seeker?.id);
  const [printStatus, setPrintStatus] = useState<{ ok: boolean; message: string }>();
  // A renewal issued today ties with the old card's date: the visit knows which card it made.
  const visitCard = useVisitCard(visit.cardId);
  const card = visit.cardId ? visitCard : status?.card;
  if (!seeker || !settings || !status) return <p role="status">{t('visit.loading')}</p>;
  if (!card) {
    if (visit.cardId) return <p role="status">{t('visit.loading')}</p>;
    return <Notice tone="error">{t('cardStep.notIssued')}</Notice>;
  }
  const dues = reportDueDates(card.issuedAt, settings.validity);
  const issuesCard = visit.serviceType === 'baru' || visit.serviceType === 'perpanjangan';

  async function handOver() {
    if (!card || !seeker) return;
    const at = services.now().toISOString();
    if (issuesCard && !(await services.handovers.forCard(card.id))) {
      await services.handovers.add({
        cardId: card.id,
        seekerId: seeker.id,
        registrationNumber: card.registrationNumber,
        seekerName: seeker.name,
        handedAt: at,
      });
    }
    const slip = {
      kind: 'handover' as const,
      cardNumber: card.registrationNumber,
      seekerName: seeker.name,
      issuedOn: card.issuedAt,
      validUntil: card.validUntil,
      reportDueDates: dues
        .filter((d) => d.ordinal > (status?.reports.length ?? 0))
        .map((d) => d.dueOn),
      obligations: defaultCardObligations,
      handedOverAt: at,
      officerName: officer?.name ?? '-',
    };
    const printed = await printSlip(services.api, slip, t);
    setPrintStatus(printed);
    const note = issuesCard ? t('handover.noteBook') : t('handover.note');
    await props.controller.complete(`${note} ${printed.message}`);
  }

  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: 13 })}>
      {status.placement && visit.serviceType === 'lapor-diterima-kerja' && (
        <Notice tone="success">
          {t('handover.placed', { employer: status.placement.employer })}
        </Notice>
      )}
      <HandoverInfo card={card} dues={dues} reportsDone={status.reports.length} />
      {visit.serviceType === 'lapor-enam-bulan' && (
        <ReportPrint seeker={seeker} card={card} visitId={visit.id} />
      )}
      {printStatus && (
        <Notice tone={printStatus.ok ? 'info' : 'warning'}>{printStatus.message}</Notice>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          autoFocus
          disabled={props.controller.busy}
          onClick={() => void handOver()}
        >
          {issuesCard ? t('handover.handOverBook') : t('handover.handOver')}
        </button>
      </div>
    </div>
  );
}
