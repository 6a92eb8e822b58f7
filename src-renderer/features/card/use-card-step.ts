import { useCallback, useEffect, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { CardLayout } from '../../../src-shared/domain/card-print.js';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { CardPrintRecord, CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useServices } from '../../app/services.js';
import { checkReprintReason } from '../../db/cards-repository.js';
import { useT } from '../../i18n/i18n.js';
import { cardRenderData, type Signer } from './card-print-data.js';
import { printCardPdf } from './print-card.js';
import { loadArchived, renderCard } from './render-card.js';

export interface StepMessage {
  readonly tone: 'success' | 'warning' | 'error' | 'info';
  readonly text: string;
}

/** Id of the reprint reason input in card-step.tsx. */
export const reasonFieldId = 'card-reprint-reason';

const fromBase64 = (base64: string): Uint8Array =>
  Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** State and actions of the card step: issue, draw, preview, print and reprint with a reason. */
export function useCardStep(props: {
  readonly seeker: Seeker;
  readonly card: CardRecord | undefined;
  readonly visitId?: string;
  readonly onIssued: (card: CardRecord) => void;
}) {
  const t = useT();
  const { api, cards, officers, today } = useServices();
  const { seeker, card, onIssued } = props;
  const [layout, setLayout] = useState<CardLayout>(card?.layout ?? 'a4-landscape');
  const [signer, setSigner] = useState<Signer>({ name: '', nip: '' });
  const [pdf, setPdf] = useState<Uint8Array | undefined>(undefined);
  const [prints, setPrints] = useState<CardPrintRecord[]>([]);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [busy, setBusy] = useState<'render' | 'print' | undefined>(undefined);
  const [message, setMessage] = useState<StepMessage | undefined>(undefined);
  const cardId = card?.id;
  const pdfSha = card?.pdfSha256;

  useEffect(() => {
    void officers.list().then((list) => {
      const pk = list.find((o) => o.active && o.roles.includes('pengantar-kerja'));
      if (pk) setSigner((now) => (now.name ? now : { name: pk.name, nip: pk.nip }));
    });
    // A new card's layout follows the card printer's setting.
    if (!cardId) {
      void api
        .invoke('printer:settings:get', {})
        .then((r) => r.ok && setLayout(r.value.card.layout));
    }
  }, [api, officers, cardId]);

  useEffect(() => {
    if (cardId) void cards.prints(cardId).then(setPrints);
  }, [cards, cardId]);

  useEffect(() => {
    if (!pdfSha) return;
    void loadArchived(api, pdfSha).then((base64) => {
      if (base64 !== undefined) setPdf(fromBase64(base64));
    });
  }, [api, pdfSha]);

  const render = useCallback(
    async (chosen: CardLayout) => {
      if (!signer.name.trim()) return setMessage({ tone: 'error', text: t('card.signer.missing') });
      setBusy('render');
      try {
        let current = card;
        if (!current) {
          const issued = await cards.issue({
            seeker,
            issuedOn: today(),
            layout: chosen,
            ...(props.visitId ? { visitId: props.visitId } : {}),
          });
          if (!issued.ok)
            return setMessage({
              tone: 'error',
              text: t('card.failed', { reason: issued.error.message }),
            });
          current = issued.value;
          onIssued(current);
        }
        const data = cardRenderData({
          seeker,
          card: current,
          context: await cards.context(current),
          pengantarKerja: signer,
        });
        // Calibration is left to 'printer:printCard', which applies the card printer's offsets.
        const drawn = await renderCard(api, { card: data, layout: chosen });
        if (!drawn.ok)
          return setMessage({
            tone: 'error',
            text: t('card.failed', { reason: drawn.error.message }),
          });
        // Drawing is deterministic: the same card gives the same PDF, so show it explicitly.
        const base64 = await loadArchived(api, drawn.value.sha256);
        if (base64 !== undefined) setPdf(fromBase64(base64));
        const updated = await cards.attachPdf(current.id, {
          pdfSha256: drawn.value.sha256,
          layout: chosen,
          ...(data.photoSha256 ? { photoSha256: data.photoSha256 } : {}),
        });
        if (!card) {
          setMessage({
            tone: 'success',
            text: t('card.issued', {
              number: updated.registrationNumber,
              validUntil: formatTanggal(updated.validUntil),
            }),
          });
        }
        onIssued(updated);
      } finally {
        setBusy(undefined);
      }
    },
    [api, cards, card, seeker, signer, today, onIssued, props.visitId, t],
  );

  const print = useCallback(async () => {
    if (!card?.pdfSha256) return;
    const copy = prints.length + 1;
    const checked = copy === 1 ? undefined : checkReprintReason(reason);
    if (checked && !checked.ok) {
      setReasonError(checked.error.message);
      // Straight to the field that needs fixing, so the officer can type the reason at once.
      document.getElementById(reasonFieldId)?.focus();
      return setMessage({ tone: 'error', text: checked.error.message });
    }
    setReasonError('');
    setBusy('print');
    try {
      const sent = await printCardPdf(api, card.pdfSha256, uuidv7());
      if (!sent.ok)
        return setMessage({
          tone: 'error',
          text: t('card.printFailed', { reason: sent.error.message }),
        });
      const logged = await cards.recordPrint(card.id, { printer: sent.value.printer, reason });
      if (!logged.ok) return setMessage({ tone: 'error', text: logged.error.message });
      setPrints(await cards.prints(card.id));
      setReason('');
      const text =
        sent.value.how === 'printed'
          ? t('card.printed', { copy })
          : t(sent.value.how === 'saved' ? 'card.saved' : 'card.opened', {
              copy,
              path: sent.value.path,
            });
      setMessage({ tone: sent.value.how === 'printed' ? 'success' : 'info', text });
    } finally {
      setBusy(undefined);
    }
  }, [api, cards, card, prints.length, reason, t]);

  const chooseLayout = (chosen: CardLayout) => {
    setLayout(chosen);
    if (card) void render(chosen);
  };

  return {
    layout,
    chooseLayout,
    signer,
    setSigner,
    pdf,
    prints,
    reason,
    setReason,
    reasonError,
    busy,
    message,
    render: () => render(layout),
    print,
  };
}
