import { useState } from 'react';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import type { SavedPhoto } from './photo-capture.js';
import { base64OfDataUrl, type StillPhoto } from './still-photo.js';

export interface PhotoSave {
  readonly saving: boolean;
  /** Indonesian explanation of the last failure; the still stays on screen for another try. */
  readonly error: string | undefined;
  readonly save: (still: StillPhoto) => Promise<void>;
  readonly clearError: () => void;
}

/** Puts the JPEG into the main-process archive and hands the reference to the caller. */
export function usePhotoSave(onSaved: (photo: SavedPhoto) => void): PhotoSave {
  const { api } = useServices();
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function save(still: StillPhoto): Promise<void> {
    setSaving(true);
    setError(undefined);
    const result = await api
      .invoke('archive:put', {
        kind: 'photo',
        mediaType: 'image/jpeg',
        base64: base64OfDataUrl(still.dataUrl),
      })
      .catch((thrown: unknown) => ({
        ok: false as const,
        error: { message: thrown instanceof Error ? thrown.message : String(thrown) },
      }));
    setSaving(false);
    if (!result.ok) {
      const reason = result.error.message.trim().replace(/([^.!?])$/, '$1.');
      setError(t('photo.saveFailed', { reason }));
      return;
    }
    onSaved({ sha256: result.value.sha256, thumbnail: still.thumbnail, takenAt: still.takenAt });
  }

  return { saving, error, save, clearError: () => setError(undefined) };
}
