import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { cardRenderData } from '../card/card-print-data.js';
import { printCardPdf } from '../card/print-card.js';
import { renderCard } from '../card/render-card.js';

/**
 * The six-monthly report row printed alone, at its place in the LAPORAN table, for feeding the
 * seeker's existing card back into the card printer. Logged like any print of the card.
 */
export function ReportRowPrint(props: { readonly seeker: Seeker; readonly card: CardRecord }) {
  const t = useT();
  const { api, cards } = useServices();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function printRow() {
    setBusy(true);
    setMessage(undefined);
    const { card, seeker } = props;
    const data = cardRenderData({
      seeker,
      card,
      context: await cards.context(card),
      // Not printed by an overprint; the card's own signer keeps the request complete.
      pengantarKerja: card.approval ?? { name: '-', nip: '' },
    });
    const row = data.reports.findLastIndex((report) => report.date !== undefined);
    const done = (tone: 'success' | 'error', text: string) => {
      setMessage({ tone, text });
      setBusy(false);
    };
    if (row < 0) return done('error', t('report.rowNone'));
    const drawn = await renderCard(api, {
      card: data,
      layout: card.layout,
      overprintReportRow: row,
    });
    if (!drawn.ok) return done('error', drawn.error.message);
    const sent = await printCardPdf(api, drawn.value.sha256, uuidv7());
    if (!sent.ok) return done('error', sent.error.message);
    const reason = t('report.rowReason', { ordinal: row + 1 });
    await cards.recordPrint(card.id, { printer: sent.value.printer, reason });
    done('success', t('report.rowPrinted', { ordinal: row + 1, where: sent.value.printer }));
  }

  return (
    <div className="report-row-print">
      <p>{t('report.rowIntro')}</p>
      <button type="button" disabled={busy} onClick={() => void printRow()}>
        {t('report.rowPrint')}
      </button>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
