import { useEffect, useState } from 'react';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import { useServices } from '../../app/services.js';

/** The card this visit issued (steps 8-13), re-read when `refresh` changes. */
export function useVisitCard(cardId: string | undefined, refresh = 0): CardRecord | undefined {
  const { cardSteps } = useServices();
  const [card, setCard] = useState<CardRecord | undefined>(undefined);
  useEffect(() => {
    if (!cardId) return;
    let current = true;
    void cardSteps.get(cardId).then((found) => {
      if (current) setCard(found);
    });
    return () => {
      current = false;
    };
  }, [cardSteps, cardId, refresh]);
  return cardId ? card : undefined;
}
