import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import './card-preview.css';

/** Sharp on the counter's screen without drawing a huge bitmap: pixels per CSS pixel. */
const pixelRatio = (): number => Math.min(2, Math.max(1, window.devicePixelRatio || 1));

/** The card PDF drawn by PDF.js exactly as it will print, one canvas per page. */
export function CardPreview(props: { readonly pdf: Uint8Array; readonly widthPx?: number }) {
  const t = useT();
  const holder = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<readonly HTMLCanvasElement[]>([]);
  const [error, setError] = useState('');
  const width = props.widthPx ?? 760;

  useEffect(() => {
    let cancelled = false;
    void import('./pdf-pages.js')
      .then(({ drawPdfPages }) => drawPdfPages(props.pdf, width, pixelRatio(), () => cancelled))
      .then(
        (result) => {
          if (cancelled) return;
          setError('');
          setDrawn(result.pages);
        },
        (reason: unknown) => {
          if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
        },
      );
    return () => {
      cancelled = true;
    };
  }, [props.pdf, width]);

  // The old preview stays on screen until the new one is drawn, then is swapped in whole.
  useEffect(() => {
    const slots = holder.current?.querySelectorAll('canvas') ?? [];
    drawn.forEach((page, i) => {
      const slot = slots[i];
      if (!slot) return;
      slot.width = page.width;
      slot.height = page.height;
      slot.getContext('2d')?.drawImage(page, 0, 0);
    });
  }, [drawn]);

  if (error) {
    return (
      <p className="card-preview__error" role="alert">
        {t('card.preview.failed', { reason: error })}
      </p>
    );
  }
  const count = drawn.length;
  return (
    <div ref={holder} className="card-preview" aria-busy={count === 0}>
      {drawn.map((page, i) => (
        <canvas
          key={i}
          role="img"
          aria-label={
            count === 1 ? t('card.preview.label') : t('card.preview.page', { page: i + 1, count })
          }
          width={page.width}
          height={page.height}
          style={{ width: `${width}px` }}
        />
      ))}
    </div>
  );
}
