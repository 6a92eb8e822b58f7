import { useState, type JSX } from 'react';
import { useT } from '../../i18n/i18n.js';
import { LiveView } from './live-view.js';
import { PhotoFileImport } from './photo-file-import.js';
import { StillView } from './still-view.js';
import type { StillPhoto } from './still-photo.js';
import { useCamera } from './use-camera.js';
import { usePhotoSave } from './use-photo-save.js';
import './photo.css';

/** A pas foto in the main-process archive, as the seeker record keeps it. */
export interface SavedPhoto {
  readonly sha256: string;
  readonly thumbnail: string /* data URL */;
  readonly takenAt: string /* ISO */;
}

/**
 * SOP steps 5-6: live camera with a 3x4 guide (or a scanned file), a still cropped to 3x4 with
 * exposure and focus warnings, retake, and "Simpan foto" into the archive. The camera runs while
 * this is on screen and stops when it is closed.
 */
export function PhotoCapture(props: {
  readonly onSaved: (photo: SavedPhoto) => void;
  readonly current?: SavedPhoto;
}): JSX.Element {
  const t = useT();
  const camera = useCamera();
  const [still, setStill] = useState<StillPhoto | undefined>(undefined);
  const photoSave = usePhotoSave(props.onSaved);

  function retake() {
    photoSave.clearError();
    setStill(undefined);
  }

  return (
    <section className="photo-capture" aria-labelledby="photo-capture-title">
      <header className="photo-capture__header">
        <h2 id="photo-capture-title">{t('photo.capture.title')}</h2>
        {props.current && (
          <figure className="photo-capture__current">
            <img src={props.current.thumbnail} alt={t('photo.current')} width={48} height={64} />
            <figcaption>{t('photo.current')}</figcaption>
          </figure>
        )}
      </header>
      {still ? (
        <StillView
          still={still}
          saving={photoSave.saving}
          error={photoSave.error}
          onRetake={retake}
          onSave={() => void photoSave.save(still)}
        />
      ) : (
        <LiveView camera={camera} onCapture={setStill}>
          <PhotoFileImport onStill={setStill} />
        </LiveView>
      )}
    </section>
  );
}
