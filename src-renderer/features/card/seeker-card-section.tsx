import { useEffect, useState } from 'react';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { CardStep } from './card-step.js';

/** "Kartu AK/I" on the seeker's record: the current card, and issuing or reprinting it. */
export function SeekerCardSection(props: { readonly seeker: Seeker }) {
  const t = useT();
  const { cards } = useServices();
  const [card, setCard] = useState<CardRecord | null | undefined>(undefined);
  useEffect(() => {
    void cards.currentForSeeker(props.seeker.id).then((found) => setCard(found ?? null));
  }, [cards, props.seeker.id]);

  if (card === undefined) return null;
  return (
    <section aria-labelledby="seeker-card-title" className="seeker-card">
      <h2 id="seeker-card-title">{t('card.title')}</h2>
      {card ? (
        <dl className="detail-list">
          <div>
            <dt>{t('card.number')}</dt>
            <dd>{card.registrationNumber}</dd>
          </div>
          <div>
            <dt>{t('card.issuedAt')}</dt>
            <dd>{formatTanggal(card.issuedAt)}</dd>
          </div>
          <div>
            <dt>{t('card.validUntil')}</dt>
            <dd>{formatTanggal(card.validUntil)}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('card.none')}</p>
      )}
      <CardStep seeker={props.seeker} card={card ?? undefined} onIssued={setCard} />
    </section>
  );
}
