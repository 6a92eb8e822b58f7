import { useEffect, useState } from 'react';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { Notice } from '../../components/notice.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { PhotoFileImport } from '../photo/photo-file-import.js';
import { usePhotoSave } from '../photo/use-photo-save.js';

/** Records typed in from the books, newest first; a photo can be added to any of them later. */
export function BackfilledList(props: { readonly version: number }) {
  const t = useT();
  const { backfill, seekers } = useServices();
  const [list, setList] = useState<Seeker[]>([]);
  const [photoFor, setPhotoFor] = useState<Seeker | undefined>();
  const [reload, setReload] = useState(0);
  const photo = usePhotoSave((saved) => {
    if (!photoFor) return;
    void seekers.update(photoFor.id, { photo: saved }).then(() => {
      setPhotoFor(undefined);
      setReload((count) => count + 1);
    });
  });

  useEffect(() => {
    void backfill?.list().then(setList);
  }, [backfill, props.version, reload]);

  return (
    <section aria-labelledby="backfill-list-title">
      <h2 id="backfill-list-title">{t('backfill.list.title')}</h2>
      {list.length === 0 ? (
        <p>{t('backfill.list.none')}</p>
      ) : (
        <table aria-label={t('backfill.list.title')}>
          <thead>
            <tr>
              <th scope="col">{t('backfill.manualNumber')}</th>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.nik')}</th>
              <th scope="col">{t('backfill.originalAt')}</th>
              <th scope="col">{t('backfill.servedBy')}</th>
              <th scope="col">{t('backfill.photo')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((seeker) => (
              <tr key={seeker.id}>
                <td className="mono">{seeker.backfilled?.manualNumber}</td>
                <td>{seeker.name}</td>
                <td className="mono">{seeker.nik}</td>
                <td>
                  {seeker.backfilled
                    ? new Date(seeker.backfilled.originalDate).toLocaleString('id-ID')
                    : ''}
                </td>
                <td>{seeker.backfilled?.servedBy}</td>
                <td>
                  {seeker.photo ? (
                    t('backfill.photo.yes')
                  ) : (
                    <button type="button" onClick={() => setPhotoFor(seeker)}>
                      {t('backfill.photo.add', { name: seeker.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {photoFor && (
        <div>
          <h3>{t('backfill.photo.for', { name: photoFor.name })}</h3>
          <PhotoFileImport onStill={(still) => void photo.save(still)} />
          {photo.error && <Notice tone="error">{photo.error}</Notice>}
        </div>
      )}
    </section>
  );
}
