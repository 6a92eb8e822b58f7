import { centreCrop3x4, photoOutput } from './crop-3x4.js';
import { assessPhoto, type PhotoQuality } from './image-quality.js';
import { thumbnailOf } from './thumbnail.js';

/** A captured or imported picture, cropped to 3x4, waiting for the officer to keep or retake. */
export interface StillPhoto {
  /** JPEG, 600x800, as a data URL: shown on screen and sent to the archive. */
  readonly dataUrl: string;
  readonly thumbnail: string;
  readonly quality: PhotoQuality;
  readonly takenAt: string;
}

/** JPEG quality 0.9: no visible artefacts on a printed 3x4, about 60-120 KB per photo. */
const jpegQuality = 0.9;

/**
 * Crops the centre 3:4 of a video frame or an image to 600x800 and checks its exposure and
 * focus. Undefined when the source has no picture yet (a camera still starting).
 */
export function stillPhotoOf(
  source: CanvasImageSource,
  sourceWidth: number,
  sourceHeight: number,
  takenAt: Date,
  doc: Document = document,
): StillPhoto | undefined {
  const crop = centreCrop3x4(sourceWidth, sourceHeight);
  if (!crop) return undefined;
  const canvas = doc.createElement('canvas');
  canvas.width = photoOutput.width;
  canvas.height = photoOutput.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  const { x, y, width, height } = crop;
  context.drawImage(source, x, y, width, height, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return {
    dataUrl: canvas.toDataURL('image/jpeg', jpegQuality),
    thumbnail: thumbnailOf(canvas, doc),
    quality: assessPhoto(pixels.data, pixels.width, pixels.height),
    takenAt: takenAt.toISOString(),
  };
}

/** The base64 payload of a data URL (what `archive:put` takes). */
export function base64OfDataUrl(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
