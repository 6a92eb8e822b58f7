import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { cameraChoicesOf } from './camera-problem.js';
import { GuideOverlay } from './guide-overlay.js';
import { stillPhotoOf, type StillPhoto } from './still-photo.js';
import type { Camera } from './use-camera.js';

/** The live picture with the 3x4 guide, the camera choice and the shutter button. */
export function LiveView(props: {
  readonly camera: Camera;
  readonly onCapture: (still: StillPhoto) => void;
  /** Shown under the shutter: the file import, the way out when there is no camera. */
  readonly children?: ReactNode;
}) {
  const t = useT();
  const { state, devices, deviceId } = props.camera;
  const video = useRef<HTMLVideoElement>(null);
  const stream = state.status === 'live' ? state.stream : undefined;
  // The shutter waits for the first frame: before it the video has no size to crop.
  const [playing, setPlaying] = useState<MediaStream | undefined>(undefined);
  const ready = stream !== undefined && playing === stream;

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  function capture() {
    const v = video.current;
    if (!v) return;
    const still = stillPhotoOf(v, v.videoWidth, v.videoHeight, new Date());
    if (still) props.onCapture(still);
  }

  const choices = cameraChoicesOf(devices, (number) => t('photo.camera.unnamed', { number }));
  return (
    <div className="photo-capture__body">
      <div className="photo-stage">
        {stream ? (
          <video
            ref={video}
            aria-label={t('photo.preview.live')}
            autoPlay
            muted
            playsInline
            onPlaying={() => setPlaying(stream)}
          />
        ) : (
          <div className="photo-stage__empty" />
        )}
        <GuideOverlay />
      </div>
      <div className="photo-panel">
        {state.status === 'starting' && <Notice tone="info">{t('photo.camera.starting')}</Notice>}
        {state.status === 'unavailable' && (
          <>
            <Notice tone="warning">{t(`photo.problem.${state.problem}`)}</Notice>
            {state.problem !== 'unsupported' && (
              <button type="button" onClick={props.camera.retry}>
                {t('photo.retry')}
              </button>
            )}
          </>
        )}
        {choices.length > 0 && (
          <div className="field">
            <label htmlFor="photo-camera">{t('photo.camera')}</label>
            <select
              id="photo-camera"
              value={deviceId}
              onChange={(event) => props.camera.chooseDevice(event.target.value)}
            >
              {choices.map((choice) => (
                <option key={choice.deviceId} value={choice.deviceId}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="photo-panel__guide">{t('photo.capture.guide')}</p>
        <div className="photo-panel__actions">
          <button type="button" className="primary" disabled={!ready} onClick={capture}>
            {t('photo.take')}
          </button>
        </div>
        {props.children}
      </div>
    </div>
  );
}
