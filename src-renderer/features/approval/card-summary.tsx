import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useT } from '../../i18n/i18n.js';

/** The card's key data, for the seeker to compare with the printed card. */
export function CardSummary(props: { readonly card: CardRecord; readonly seeker: Seeker }) {
  const t = useT();
  const rows: [string, string][] = [
    [t('card.summary.number'), props.card.registrationNumber],
    [t('field.nik'), props.seeker.nik],
    [t('field.name'), props.seeker.name],
    [t('field.birthDate'), `${props.seeker.birthPlace}, ${formatTanggal(props.seeker.birthDate)}`],
    [t('field.address'), props.seeker.address],
    [t('card.summary.issued'), formatTanggal(props.card.issuedAt)],
    [t('card.summary.validUntil'), formatTanggal(props.card.validUntil)],
  ];
  return (
    <dl className="detail-list" aria-label={t('card.summary.title')}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
