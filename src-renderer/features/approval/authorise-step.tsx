import { useState, type FormEvent } from 'react';
import { findDisposisi } from '../../../src-shared/domain/disposisi.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import type { ServiceType } from '../../../src-shared/domain/service-type.js';
import { useT } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/id.js';
import { useCardStatus } from '../renewal/use-card-status.js';
import { currentStep } from '../../../src-shared/domain/visit.js';
import { advance, startAuthorising } from '../visit/visit-flow.js';
import type { VisitController } from '../visit/use-visit.js';
import { recordAuthorisation } from './authorise-record.js';
import { OfficerPicker } from './officer-picker.js';

function scriptKey(service: ServiceType): MessageKey {
  if (service === 'lapor-enam-bulan') return 'authorise.script.report';
  if (service === 'lapor-diterima-kerja') return 'authorise.script.placement';
  return 'authorise.script.card';
}

/**
 * SOP step 11: the Pengantar Kerja identifies themself and signs and stamps (the card, the
 * report row or the placement). Only that role, or an officer with a recorded disposisi for
 * step 11, may do it; the approval keeps the officer's name and NIP.
 */
export function AuthoriseStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const services = useServices();
  const { officers } = useDuty();
  const { visit, seeker } = props.controller;
  const status = useCardStatus(seeker?.id);
  // Step 11 for the card; legalisation's step 16 is authorised the same way.
  const stepNo = currentStep(visit) ?? 11;
  const running = visit.steps.find((e) => e.stepNo === stepNo && e.endedAt === null);
  const [officerId, setOfficerId] = useState(running?.officerId ?? '');
  const officer = officers.find((o) => o.id === officerId);

  async function identify(event: FormEvent) {
    event.preventDefault();
    if (!officer) return props.controller.fail(t('authorise.choose'));
    const list = await services.officers.listDisposisi();
    const disposisi = findDisposisi(list, officer.id, stepNo, services.now().toISOString());
    await props.controller.run((v, _duty, now) => startAuthorising(v, officer, now, disposisi));
  }

  async function authorise() {
    if (!officer || !running) return;
    if (stepNo === 11 && !seeker) return props.controller.fail(t('visit.noSeeker'));
    const recorded =
      stepNo === 11 && seeker
        ? await recordAuthorisation(services, {
            visit,
            seeker,
            officer,
            card: status?.card,
            disposisiRef: running.disposisiRef,
          })
        : {
            ok: true as const,
            value: t('authorise.ready', { name: officer.name, nip: officer.nip || '-' }),
          };
    if (!recorded.ok) return props.controller.fail(recorded.error.message);
    await props.controller.run((v, _duty, now) => advance(v, officer, now, recorded.value));
  }

  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: stepNo })}>
      <p className="script">{t(scriptKey(visit.serviceType))}</p>
      <form className="inline-form" onSubmit={(e) => void identify(e)}>
        <OfficerPicker
          id="authorise-officer"
          label={t('authorise.officer')}
          hint={t('authorise.officerHint')}
          officers={officers}
          value={officerId}
          placeholder={t('authorise.officerChoose')}
          autoFocus={!running}
          disabled={running !== undefined}
          onChange={setOfficerId}
        />
        {!running && (
          <button type="submit" className="primary" disabled={props.controller.busy}>
            {t('authorise.identify')}
          </button>
        )}
      </form>
      {running && officer && (
        <div className="form-actions">
          <p>
            {t('authorise.ready', { name: officer.name, nip: officer.nip || '-' })}
            {running.disposisiRef &&
              ` ${t('authorise.viaDisposisi', { ref: running.disposisiRef })}`}
          </p>
          <button
            type="button"
            className="primary"
            autoFocus
            disabled={props.controller.busy}
            onClick={() => void authorise()}
          >
            {t('authorise.sign')}
          </button>
        </div>
      )}
    </div>
  );
}
