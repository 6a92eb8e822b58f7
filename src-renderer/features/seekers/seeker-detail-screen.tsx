import { useEffect, useState } from 'react';
import { formatTanggal } from '../../../src-shared/domain/calendar-date.js';
import { educationLevelLabels } from '../../../src-shared/domain/education.js';
import { sexLabels, type Seeker } from '../../../src-shared/domain/seeker.js';
import { wilayahByCode } from '../../../src-shared/domain/wilayah.js';
import { Notice } from '../../components/notice.js';
import { SeekerCardSection } from '../card/seeker-card-section.js';
import { PhotoSection } from '../photo/photo-section.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';

export function SeekerDetailScreen(props: {
  readonly seekerId: string;
  readonly notice?: { readonly tone: 'success' | 'warning'; readonly text: string };
  readonly onBack: () => void;
}) {
  const t = useT();
  const { seekers } = useServices();
  const [seeker, setSeeker] = useState<Seeker | null | undefined>(undefined);
  useEffect(() => {
    void seekers.get(props.seekerId).then((found) => setSeeker(found ?? null));
  }, [seekers, props.seekerId]);

  if (seeker === undefined) return null;
  const rows: [string, string][] = seeker
    ? [
        [t('field.nik'), seeker.nik],
        [t('field.name'), seeker.name],
        [t('field.birthPlace'), seeker.birthPlace],
        [t('field.birthDate'), formatTanggal(seeker.birthDate)],
        [t('field.sex'), sexLabels[seeker.sex]],
        [t('field.address'), seeker.address],
        [t('field.phone'), seeker.phone],
        [t('field.educationLevel'), educationLevelLabels[seeker.educationLevel]],
        [
          t('detail.kecamatanNik'),
          (seeker.nikKecamatanCode && wilayahByCode(seeker.nikKecamatanCode)?.name) || '—',
        ],
        [t('detail.registeredAt'), new Date(seeker.createdAt).toLocaleString('id-ID')],
      ]
    : [];

  return (
    <section aria-labelledby="detail-title" className="screen">
      <h1 id="detail-title">
        {seeker ? `${t('detail.title')}: ${seeker.name}` : t('detail.title')}
      </h1>
      {props.notice && <Notice tone={props.notice.tone}>{props.notice.text}</Notice>}
      {seeker ? (
        <dl className="detail-list">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Notice tone="warning">{t('detail.notFound')}</Notice>
      )}
      {seeker && (
        <PhotoSection
          name={seeker.name}
          photo={seeker.photo}
          onSave={async (photo) => {
            const result = await seekers.update(seeker.id, { photo });
            if (result.kind === 'updated') setSeeker(result.seeker);
          }}
        />
      )}
      {seeker && <SeekerCardSection seeker={seeker} />}
      <button type="button" onClick={props.onBack}>
        {t('detail.back')}
      </button>
    </section>
  );
}
