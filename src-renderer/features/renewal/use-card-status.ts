import { useEffect, useState } from 'react';
import type {
  CardRecord,
  PlacementRecord,
  ReportRecord,
} from '../../../src-shared/domain/records.js';
import {
  cardStatus,
  nextReportDue,
  type CardStatus,
  type NextReport,
} from '../../../src-shared/domain/validity.js';
import { useServices } from '../../app/services.js';
import { useCounterSettings } from '../settings/use-counter-settings.js';

export interface SeekerCardStatus {
  readonly card: CardRecord | undefined;
  readonly reports: readonly ReportRecord[];
  readonly placement: PlacementRecord | undefined;
  /** undefined without a card. */
  readonly status: CardStatus | undefined;
  readonly nextReport: NextReport | null;
}

/** The seeker's current card and where they stand: valid, late to report, placed, lapsed. */
export function useCardStatus(
  seekerId: string | undefined,
  refresh = 0,
): SeekerCardStatus | undefined {
  const { cards, reports, placements, today } = useServices();
  const settings = useCounterSettings();
  const [value, setValue] = useState<SeekerCardStatus | undefined>(undefined);
  useEffect(() => {
    if (!seekerId || !settings) return;
    let current = true;
    void (async () => {
      const card = await cards.currentForSeeker(seekerId);
      const rows = card ? await reports.listForCard(card.id) : [];
      // A placement reported before this card was issued belongs to an earlier card.
      const placement = (await placements.listForSeeker(seekerId)).find(
        (p) => !card || p.createdAt >= card.createdAt,
      );
      const dates = card && { issuedOn: card.issuedAt, placedOn: placement?.startDate ?? null };
      const policy = settings.validity;
      if (!current) return;
      setValue({
        card,
        reports: rows,
        placement,
        status: dates ? cardStatus(dates, rows.length, today(), policy) : undefined,
        nextReport: dates ? nextReportDue(dates, rows.length, today(), policy) : null,
      });
    })();
    return () => {
      current = false;
    };
  }, [seekerId, settings, cards, reports, placements, today, refresh]);
  return seekerId ? value : undefined;
}
