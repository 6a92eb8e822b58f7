import { useState } from 'react';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { PhotoCapture, type SavedPhoto } from './photo-capture.js';
import { thumbnailSize } from './thumbnail.js';

/**
 * "Pas foto" on the seeker's page: the thumbnail kept with the record and the way to take or
 * replace it. `onSave` records the archived photo on the seeker; when that fails the capture
 * stays open with its picture, and saving again reuses the same archive file.
 */
export function PhotoSection(props: {
  readonly name: string;
  readonly photo: SavedPhoto | undefined;
  readonly onSave: (photo: SavedPhoto) => Promise<void>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function saved(photo: SavedPhoto) {
    try {
      await props.onSave(photo);
      setOpen(false);
      setNotice({ tone: 'success', text: t('photo.saved') });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ tone: 'error', text: t('photo.recordFailed', { reason }) });
    }
  }

  return (
    <section className="seeker-photo" aria-labelledby="seeker-photo-title">
      <h2 id="seeker-photo-title">{t('photo.title')}</h2>
      <div className="seeker-photo__row">
        {props.photo ? (
          <figure className="seeker-photo__figure">
            <img
              className="seeker-photo__thumbnail"
              src={props.photo.thumbnail}
              alt={t('photo.alt', { name: props.name })}
              width={thumbnailSize.width}
              height={thumbnailSize.height}
            />
            <figcaption>
              {t('photo.takenAt', { when: new Date(props.photo.takenAt).toLocaleString('id-ID') })}
            </figcaption>
          </figure>
        ) : (
          <div className="seeker-photo__thumbnail seeker-photo__thumbnail--empty">
            {t('photo.none')}
          </div>
        )}
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            setNotice(undefined);
            setOpen(!open);
          }}
        >
          {open ? t('photo.close') : t('photo.open')}
        </button>
      </div>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      {open && (
        <PhotoCapture
          onSaved={(photo) => void saved(photo)}
          {...(props.photo ? { current: props.photo } : {})}
        />
      )}
    </section>
  );
}
