import { useState, type FormEvent } from 'react';
import {
  serviceTypeLabels,
  serviceTypes,
  type ServiceType,
} from '../../../src-shared/domain/service-type.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import { SelectField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { startCurrent } from './visit-flow.js';

/**
 * Opens a visit: the next queue number of the day (printed on the thermal printer when there
 * is one, always shown on screen) and SOP step 1 started by the officer on duty.
 */
export function StartVisitForm(props: {
  readonly onStarted: (visitId: string, notice: string) => void;
}) {
  const t = useT();
  const { visits, api, today } = useServices();
  const { officer } = useDuty();
  const [service, setService] = useState<ServiceType>('baru');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!officer) return;
    setBusy(true);
    const visit = await visits.open({ serviceType: service, day: today() }, (v) => {
      const started = startCurrent(v, officer, v.openedAt);
      return started.ok ? started.value : v;
    });
    const ticket = await api.invoke('printer:printTicket', {
      ticket: {
        number: visit.queueNumber,
        service: serviceTypeLabels[service],
        issuedAt: visit.openedAt,
        visitId: visit.id,
      },
    });
    setBusy(false);
    props.onStarted(
      visit.id,
      ticket.ok
        ? t('lobby.ticketPrinted', { number: visit.queueNumber })
        : t('lobby.ticketNotPrinted', { number: visit.queueNumber, reason: ticket.error.message }),
    );
  }

  return (
    <form
      className="form-grid start-visit"
      aria-label={t('lobby.start')}
      onSubmit={(e) => void submit(e)}
    >
      <SelectField
        id="visit-service"
        label={t('lobby.service')}
        value={service}
        placeholder={t('greeting.serviceChoose')}
        autoFocus
        options={serviceTypes.map((s) => ({ value: s, label: serviceTypeLabels[s] }))}
        onChange={(e) => setService(serviceTypes.find((s) => s === e.target.value) ?? service)}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || !officer}>
          {busy ? t('lobby.starting') : t('lobby.startButton')}
        </button>
      </div>
      {!officer && <p className="field__error">{t('visit.noOfficer')}</p>}
    </form>
  );
}
