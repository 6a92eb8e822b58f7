import { describe, expect, it } from 'vitest';
import { faceBox } from '../../src-renderer/features/photo/crop-3x4.js';
import {
  assessPhoto,
  grayscaleOf,
  laplacianVariance,
  meanLuminance,
  shrink,
} from '../../src-renderer/features/photo/image-quality.js';

type Rgb = readonly [number, number, number];
const W = 600;
const H = 800;

/** A 600x800 RGBA picture painted pixel by pixel. */
function paint(colourAt: (x: number, y: number) => Rgb): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y += 1)
    for (let x = 0; x < W; x += 1) {
      const [r, g, b] = colourAt(x, y);
      rgba.set([r, g, b, 255], (y * W + x) * 4);
    }
  return rgba;
}

/** A head-and-shoulders figure where the guide expects it: skin oval, hair, eyes, mouth. */
function portrait(background: Rgb, light = 1): Uint8ClampedArray {
  const face = faceBox(W, H);
  const cx = face.x + face.width / 2;
  const cy = face.y + face.height / 2;
  const inEllipse = (x: number, y: number, ex: number, ey: number, rx: number, ry: number) =>
    ((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2 <= 1;
  return paint((x, y) => {
    let rgb: Rgb = background;
    if (inEllipse(x, y, cx, cy - 30, face.width / 2 + 12, face.height / 2)) rgb = [40, 28, 22];
    if (inEllipse(x, y, cx, cy + 10, face.width / 2 - 10, face.height / 2 - 20))
      rgb = [226, 184, 152];
    if (inEllipse(x, y, cx - 45, cy - 10, 18, 10) || inEllipse(x, y, cx + 45, cy - 10, 18, 10))
      rgb = [30, 22, 18];
    if (inEllipse(x, y, cx, cy + 80, 36, 10)) rgb = [170, 70, 70];
    return [rgb[0] * light, rgb[1] * light, rgb[2] * light];
  });
}

/** Out of focus: a separable box blur of the given radius on each channel. */
function blur(rgba: Uint8ClampedArray, radius: number): Uint8ClampedArray {
  const pass = (source: Uint8ClampedArray, dx: number, dy: number) => {
    const out = new Uint8ClampedArray(source.length);
    for (let y = 0; y < H; y += 1)
      for (let x = 0; x < W; x += 1)
        for (let c = 0; c < 4; c += 1) {
          let sum = 0;
          for (let k = -radius; k <= radius; k += 1) {
            const sx = Math.min(W - 1, Math.max(0, x + k * dx));
            const sy = Math.min(H - 1, Math.max(0, y + k * dy));
            sum += source[(sy * W + sx) * 4 + c] ?? 0;
          }
          out[(y * W + x) * 4 + c] = sum / (2 * radius + 1);
        }
    return out;
  };
  return pass(pass(rgba, 1, 0), 0, 1);
}

const grey: Rgb = [128, 128, 128];

describe('the pas foto quality check', () => {
  it('accepts a well lit, sharp portrait without warnings', () => {
    const quality = assessPhoto(portrait(grey), W, H);
    expect(quality.warnings).toEqual([]);
    expect(quality.brightness).toBeGreaterThan(120);
  });

  it('says "too dark" for the same portrait in a dim room, and not also "blurred"', () => {
    const quality = assessPhoto(portrait(grey, 0.2), W, H);
    expect(quality.warnings).toEqual(['too-dark']);
  });

  it('says "too bright" for a washed-out face', () => {
    const quality = assessPhoto(
      paint(() => [250, 248, 245]),
      W,
      H,
    );
    expect(quality.warnings).toEqual(['too-bright']);
  });

  it('judges the light on the face, not on a dark blue or red background', () => {
    expect(assessPhoto(portrait([20, 40, 160]), W, H).warnings).toEqual([]);
    expect(assessPhoto(portrait([180, 20, 20]), W, H).warnings).toEqual([]);
  });

  it('says "blurred" for the portrait out of focus, and not for a slight softness', () => {
    const sharp = portrait(grey);
    const soft = assessPhoto(blur(sharp, 2), W, H);
    const outOfFocus = assessPhoto(blur(sharp, 14), W, H);
    expect(soft.warnings).toEqual([]);
    expect(outOfFocus.warnings).toEqual(['blurred']);
    expect(outOfFocus.sharpness).toBeLessThan(soft.sharpness);
  });

  it('calls a featureless picture blurred: there is nothing in focus', () => {
    expect(
      assessPhoto(
        paint(() => [150, 150, 150]),
        W,
        H,
      ).warnings,
    ).toEqual(['blurred']);
  });
});

describe('the measures behind it', () => {
  it('weighs colours like the eye (Rec. 601 luma)', () => {
    const rgba = new Uint8ClampedArray([255, 255, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255]);
    const gray = grayscaleOf(rgba, 3, 1);
    expect(Array.from(gray.data).map((v) => Math.round(v))).toEqual([255, 76, 29]);
  });

  it('averages blocks when shrinking and measures the mean inside a region', () => {
    const data = new Float32Array([0, 100, 10, 10, 100, 0, 10, 10]);
    const small = shrink({ width: 4, height: 2, data }, 2);
    expect(Array.from(small.data)).toEqual([50, 10]);
    expect(meanLuminance(small, { x: 1, y: 0, width: 1, height: 1 })).toBe(10);
    expect(meanLuminance(small)).toBe(30);
  });

  it('finds no edges in a flat picture and many in a checkerboard', () => {
    const flat = { width: 8, height: 8, data: new Float32Array(64).fill(90) };
    const checks = {
      width: 8,
      height: 8,
      data: Float32Array.from({ length: 64 }, (_, i) => (((i % 8) + Math.floor(i / 8)) % 2) * 255),
    };
    expect(laplacianVariance(flat)).toBe(0);
    expect(laplacianVariance(checks)).toBeGreaterThan(10_000);
  });
});
