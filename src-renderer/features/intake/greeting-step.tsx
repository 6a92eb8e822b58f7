import { useEffect, useState, type FormEvent } from 'react';
import { normaliseNik, parseNik } from '../../../src-shared/domain/nik.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import {
  serviceTypeLabels,
  serviceTypes,
  type ServiceType,
} from '../../../src-shared/domain/service-type.js';
import { useDraft } from '../../app/drafts.js';
import { useServices } from '../../app/services.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { ExistingSeekerNotice } from '../duplicates/existing-seeker-notice.js';
import { useCardStatus } from '../renewal/use-card-status.js';
import { advance, switchService } from '../visit/visit-flow.js';
import type { VisitController } from '../visit/use-visit.js';
import { greetingProblem } from './greeting-rules.js';

/** SOP step 1: greet ("Om Swastiastu"), ask what the visitor needs, and who they are. */
export function GreetingStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const { seekers, today } = useServices();
  const { visit } = props.controller;
  const [form, setForm] = useDraft(`greeting:${visit.id}`, () => ({
    service: visit.serviceType,
    nik: visit.visitorNik ?? '',
    name: visit.visitorName ?? '',
  }));
  const [found, setFound] = useState<{ nik: string; seeker?: Seeker }>({ nik: '' });
  const nik = normaliseNik(form.nik);
  const valid = parseNik(nik, today()).ok;
  const existing = valid && found.nik === nik ? found.seeker : undefined;
  const status = useCardStatus(existing?.id);

  useEffect(() => {
    if (!valid) return;
    let current = true;
    void seekers.findByNik(nik).then((seeker) => {
      if (current) setFound(seeker ? { nik, seeker } : { nik });
    });
    return () => {
      current = false;
    };
  }, [nik, valid, seekers]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (existing && !status) {
      props.controller.fail(t('greeting.checking'));
      return;
    }
    const hasCard = status?.card !== undefined;
    const problem = greetingProblem({ ...form, nik, existing, hasCard, today: today() });
    if (problem) {
      props.controller.fail(t(problem));
      return;
    }
    const name = existing?.name ?? form.name.trim();
    void props.controller.run(
      (v, officer, now) => {
        const switched = existing
          ? switchService(v, form.service, existing.id)
          : switchService(v, form.service);
        return switched.ok ? advance(switched.value, officer, now, t('greeting.note')) : switched;
      },
      { visitorName: name, ...(nik ? { visitorNik: nik } : {}) },
    );
    if (existing) props.controller.setSeeker(existing);
  }

  return (
    <form className="step-panel" aria-label={t('visit.panel', { no: 1 })} onSubmit={submit}>
      <p className="script">{t('greeting.script')}</p>
      <div className="form-grid">
        <SelectField
          id="greeting-service"
          label={t('greeting.service')}
          value={form.service}
          placeholder={t('greeting.serviceChoose')}
          options={serviceTypes.map((s) => ({ value: s, label: serviceTypeLabels[s] }))}
          onChange={(e) =>
            setForm({
              ...form,
              service: serviceTypes.find((s) => s === e.target.value) ?? form.service,
            })
          }
        />
        <TextField
          id="greeting-nik"
          label={t('greeting.nik')}
          hint={t('greeting.nikHint')}
          value={form.nik}
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          onChange={(e) => setForm({ ...form, nik: e.target.value })}
        />
        <TextField
          id="greeting-name"
          label={t('greeting.name')}
          value={existing?.name ?? form.name}
          readOnly={existing !== undefined}
          autoComplete="off"
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </div>
      {existing && (
        <ExistingSeekerNotice
          seeker={existing}
          status={status}
          current={form.service}
          onChoose={(service: ServiceType) => setForm({ ...form, service })}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.controller.busy}>
          {t('greeting.next')}
        </button>
      </div>
    </form>
  );
}
