import { useRef, useState, type ChangeEvent } from 'react';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { stillPhotoOf, type StillPhoto } from './still-photo.js';

const accepted = ['image/jpeg', 'image/png'];
/** A 600 dpi colour scan of a 4x6 cm photo is about 2 MB; 20 MB leaves room and stops mistakes. */
const maxBytes = 20 * 1024 * 1024;

/** Import of a scanned pas foto (JPEG/PNG) for counters without a camera or when it fails. */
export function PhotoFileImport(props: { readonly onStill: (still: StillPhoto) => void }) {
  const t = useT();
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget;
    const file = chosen.files?.[0];
    // Cleared so that choosing the same file again after a retake still fires `change`.
    chosen.value = '';
    if (!file) return;
    setError(undefined);
    if (file.size > maxBytes) return setError(t('photo.import.tooLarge', { name: file.name }));
    const bitmap = accepted.includes(file.type)
      ? await createImageBitmap(file).catch(() => undefined)
      : undefined;
    if (!bitmap) return setError(t('photo.import.notImage', { name: file.name }));
    const still = stillPhotoOf(bitmap, bitmap.width, bitmap.height, new Date());
    bitmap.close();
    if (!still) return setError(t('photo.import.notImage', { name: file.name }));
    props.onStill(still);
  }

  return (
    <div className="field photo-import">
      <label htmlFor="photo-import">{t('photo.import')}</label>
      {/* The browser's own file button speaks the system's language; ours speaks Indonesian. */}
      <input
        ref={input}
        id="photo-import"
        type="file"
        hidden
        accept={accepted.join(',')}
        onChange={(event) => void importFile(event)}
      />
      <button
        type="button"
        aria-describedby="photo-import-hint"
        onClick={() => input.current?.click()}
      >
        {t('photo.import.choose')}
      </button>
      <p id="photo-import-hint" className="field__hint">
        {t('photo.import.hint')}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
