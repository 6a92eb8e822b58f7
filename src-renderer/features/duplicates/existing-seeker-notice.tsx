import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { serviceTypeLabels, type ServiceType } from '../../../src-shared/domain/service-type.js';
import { cardStatusLabels } from '../../../src-shared/domain/validity.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { SeekerCardStatus } from '../renewal/use-card-status.js';

/** What an already registered seeker can be served with instead of a second card. */
export function proposedServices(status: SeekerCardStatus | undefined): readonly ServiceType[] {
  // Registered earlier without a card (quick registration): the card is made for that record.
  if (!status?.card) return ['baru'];
  if (status.status === 'kedaluwarsa') return ['perpanjangan'];
  return ['lapor-enam-bulan', 'lapor-diterima-kerja', 'perpanjangan'];
}

/**
 * Exact NIK match at the greeting: the existing record is shown and renewal or a report is
 * proposed; a new card for the same NIK is never made.
 */
export function ExistingSeekerNotice(props: {
  readonly seeker: Seeker;
  readonly status: SeekerCardStatus | undefined;
  readonly current: ServiceType;
  readonly onChoose: (service: ServiceType) => void;
  readonly onOpen?: () => void;
}) {
  const t = useT();
  const card = props.status?.card;
  const options = proposedServices(props.status);
  return (
    <Notice tone="warning">
      <p>{t('duplicates.exact', { nik: props.seeker.nik, name: props.seeker.name })}</p>
      <p>
        {card && props.status?.status
          ? t('duplicates.card', {
              number: card.registrationNumber,
              until: formatTanggal(card.validUntil),
              status: cardStatusLabels[props.status.status],
            })
          : t('duplicates.noCard')}
      </p>
      {props.current === 'baru' && <p>{t('duplicates.propose')}</p>}
      <div className="button-row">
        {options.map((service) => (
          <button
            key={service}
            type="button"
            className={service === options[0] ? 'primary' : undefined}
            aria-pressed={props.current === service}
            onClick={() => props.onChoose(service)}
          >
            {service === 'baru' && !card
              ? t('duplicates.continueNew')
              : t('duplicates.serveAs', { service: serviceTypeLabels[service] })}
          </button>
        ))}
        {props.onOpen && (
          <button type="button" onClick={props.onOpen}>
            {t('duplicates.open', { name: props.seeker.name })}
          </button>
        )}
      </div>
    </Notice>
  );
}
