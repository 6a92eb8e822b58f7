/** A pixel rectangle in some image. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The saved pas foto: 3x4 portrait. 600x800 is 3x4 cm at about 500 dpi, enough for the card's
 * photo box printed at 300 dpi with room for calibration, and small as a JPEG (~60-120 KB).
 */
export const photoOutput = { width: 600, height: 800 } as const;

/**
 * Where the face should be, as fractions of the 3x4 picture: the live guide draws this oval and
 * the exposure check measures inside its bounding box, so both always agree.
 */
export const faceGuide = { cx: 0.5, cy: 0.43, rx: 0.26, ry: 0.27 } as const;

/**
 * The largest centred 3:4 (width:height) rectangle inside a source image of any shape: a
 * landscape webcam frame loses its sides, a tall scan loses top and bottom equally.
 * Undefined while the source has no size yet (a video before its first frame).
 */
export function centreCrop3x4(sourceWidth: number, sourceHeight: number): Rect | undefined {
  if (!(sourceWidth > 0 && sourceHeight > 0)) return undefined;
  const width = Math.min(sourceWidth, Math.round((sourceHeight * 3) / 4));
  const height = Math.min(sourceHeight, Math.round((width * 4) / 3));
  return {
    x: Math.floor((sourceWidth - width) / 2),
    y: Math.floor((sourceHeight - height) / 2),
    width,
    height,
  };
}

/** The face guide's bounding box in a picture of the given size, in whole pixels. */
export function faceBox(width: number, height: number): Rect {
  const x = Math.round((faceGuide.cx - faceGuide.rx) * width);
  const y = Math.round((faceGuide.cy - faceGuide.ry) * height);
  return {
    x,
    y,
    width: Math.round((faceGuide.cx + faceGuide.rx) * width) - x,
    height: Math.round((faceGuide.cy + faceGuide.ry) * height) - y,
  };
}
