import { useState } from 'react';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { PhotoCapture, type SavedPhoto } from '../photo/photo-capture.js';
import type { VisitController } from './use-visit.js';

/** SOP step 6 in the visit: the photo helper's capture; the saved photo goes on the seeker. */
export function PhotoStepSlot(props: { readonly controller: VisitController }) {
  const t = useT();
  const { seekers } = useServices();
  const { seeker } = props.controller;
  const [failure, setFailure] = useState<string | undefined>(undefined);
  if (!seeker) return <Notice tone="error">{t('visit.noSeeker')}</Notice>;

  async function saved(photo: SavedPhoto) {
    if (!seeker) return;
    const result = await seekers.update(seeker.id, { photo });
    if (result.kind !== 'updated') return setFailure(t('photoStep.failed'));
    props.controller.setSeeker(result.seeker);
    await props.controller.complete(t('photoStep.note'));
  }

  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: 6 })}>
      {failure && <Notice tone="error">{failure}</Notice>}
      <PhotoCapture
        onSaved={(photo) => void saved(photo)}
        {...(seeker.photo ? { current: seeker.photo } : {})}
      />
      {seeker.photo && (
        <div className="form-actions">
          <button type="button" onClick={() => void props.controller.complete(t('photoStep.kept'))}>
            {t('photoStep.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
