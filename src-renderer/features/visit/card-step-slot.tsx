import { useEffect, useState } from 'react';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CardStep } from '../card/card-step.js';
import type { VisitController } from './use-visit.js';

/**
 * SOP step 7 in the visit: the card helper's CardStep issues, draws and prints the card; a
 * renewal first makes the new card that supersedes the old one. The step ends once a copy
 * has been printed (or saved as PDF).
 */
export function CardStepSlot(props: { readonly controller: VisitController }) {
  const t = useT();
  const { cards, cardSteps, seekers, today } = useServices();
  const { visit, seeker } = props.controller;
  const [card, setCard] = useState<CardRecord | undefined>(undefined);
  // Only a card made before this panel opened is read back; later ones come from CardStep
  // (reading again could overwrite the copy that already has its PDF).
  const [initialCardId] = useState(visit.cardId);
  const [loaded, setLoaded] = useState(!initialCardId);
  const renewal = visit.serviceType === 'perpanjangan';

  useEffect(() => {
    if (!initialCardId) return;
    void cardSteps.get(initialCardId).then((found) => {
      setCard(found);
      setLoaded(true);
    });
  }, [cardSteps, initialCardId]);

  async function remember(issued: CardRecord) {
    setCard(issued);
    await props.controller.patch({
      cardId: issued.id,
      registrationNumber: issued.registrationNumber,
    });
    const fresh = await seekers.get(issued.seekerId);
    if (fresh) props.controller.setSeeker(fresh);
  }

  async function renew() {
    if (!seeker) return;
    const previous = await cards.currentForSeeker(seeker.id);
    if (!previous) return props.controller.fail(t('renewal.noCard'));
    const layout = previous.layout;
    const made = await cardSteps.renew({
      seeker,
      previous,
      issuedOn: today(),
      layout,
      visitId: visit.id,
    });
    if (!made.ok) return props.controller.fail(made.error.message);
    await remember(made.value);
  }

  async function finish() {
    if (!card) return props.controller.fail(t('cardStep.notIssued'));
    if ((await cards.prints(card.id)).length === 0)
      return props.controller.fail(t('cardStep.notPrinted'));
    await props.controller.complete(t('cardStep.note', { number: card.registrationNumber }));
  }

  if (!seeker) return <Notice tone="error">{t('visit.noSeeker')}</Notice>;
  if (!loaded) return <p role="status">{t('visit.loading')}</p>;
  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: 7 })}>
      {renewal && !card ? (
        <div className="form-actions">
          <p>{t('renewal.intro')}</p>
          <button type="button" className="primary" autoFocus onClick={() => void renew()}>
            {t('renewal.make')}
          </button>
        </div>
      ) : (
        <CardStep
          seeker={seeker}
          card={card}
          visitId={visit.id}
          onIssued={(c) => void remember(c)}
        />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!card || props.controller.busy}
          onClick={() => void finish()}
        >
          {t('cardStep.done')}
        </button>
      </div>
    </div>
  );
}
