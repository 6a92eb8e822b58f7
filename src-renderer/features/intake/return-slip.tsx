import { useEffect, useRef, useState } from 'react';
import { missingDocuments } from '../../../src-shared/domain/requirements.js';
import { useDraft } from '../../app/drafts.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';
import type { VisitController } from '../visit/use-visit.js';
import { printSlip } from './print-slip.js';

/**
 * The "berkas dikembalikan" slip: on screen (it is the visit's closing note) and on the
 * thermal printer, printed once automatically and again on request.
 */
export function ReturnSlip(props: { readonly controller: VisitController }) {
  const t = useT();
  const { api } = useServices();
  const { officer } = useDuty();
  const settings = useCounterSettings();
  const { visit } = props.controller;
  const [printedOnce, setPrintedOnce] = useDraft(`slip-printed:${visit.id}`, () => false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | undefined>();
  const started = useRef(false);

  const print = async () => {
    if (!settings) return;
    const missing = missingDocuments(settings.requirements, visit.checkedDocuments ?? []);
    setStatus({ ok: true, message: t('slip.printing') });
    setStatus(
      await printSlip(
        api,
        {
          kind: 'missing-documents',
          visitId: visit.id,
          seekerName: visit.visitorName || '-',
          ...(visit.visitorNik ? { nik: visit.visitorNik } : {}),
          missing: missing.map((doc) => doc.label),
          returnedAt: visit.closedAt ?? new Date().toISOString(),
          officerName: officer?.name ?? '-',
        },
        t,
      ),
    );
  };

  useEffect(() => {
    if (printedOnce || started.current || !settings) return;
    started.current = true;
    setPrintedOnce(true);
    void print();
  });

  return (
    <section className="slip" aria-labelledby="return-slip-title">
      <h2 id="return-slip-title">{t('slip.returnTitle')}</h2>
      <div className="slip__paper" role="document" aria-label={t('slip.returnTitle')}>
        {(visit.closingNote ?? '').split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      {status && <Notice tone={status.ok ? 'info' : 'warning'}>{status.message}</Notice>}
      <button type="button" onClick={() => void print()}>
        {t('slip.reprint')}
      </button>
    </section>
  );
}
