import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { StillPhoto } from './still-photo.js';

/** The captured 3x4 picture, its warnings, and the choice: retake or save. */
export function StillView(props: {
  readonly still: StillPhoto;
  readonly saving: boolean;
  readonly error: string | undefined;
  readonly onRetake: () => void;
  readonly onSave: () => void;
}) {
  const t = useT();
  const { warnings, brightness, sharpness } = props.still.quality;
  return (
    <div className="photo-capture__body">
      <div className="photo-stage">
        <img
          src={props.still.dataUrl}
          alt={t('photo.still')}
          data-brightness={Math.round(brightness)}
          data-sharpness={Math.round(sharpness)}
        />
      </div>
      <div className="photo-panel">
        {warnings.length === 0 ? (
          <Notice tone="success">{t('photo.quality.ok')}</Notice>
        ) : (
          <Notice tone="warning">
            <ul className="photo-panel__warnings">
              {warnings.map((warning) => (
                <li key={warning}>{t(`photo.warning.${warning}`)}</li>
              ))}
            </ul>
            <p>{t('photo.warning.keep')}</p>
          </Notice>
        )}
        {props.error && <Notice tone="error">{props.error}</Notice>}
        <div className="photo-panel__actions">
          <button type="button" onClick={props.onRetake} disabled={props.saving}>
            {t('photo.retake')}
          </button>
          <button type="button" className="primary" onClick={props.onSave} disabled={props.saving}>
            {props.saving ? t('photo.saving') : t('photo.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
