import { describe, expect, it } from 'vitest';
import {
  centreCrop3x4,
  faceBox,
  faceGuide,
  photoOutput,
} from '../../src-renderer/features/photo/crop-3x4.js';

describe('the 3x4 crop of a pas foto', () => {
  it('keeps the full height of a landscape webcam frame and cuts the sides equally', () => {
    expect(centreCrop3x4(640, 480)).toEqual({ x: 140, y: 0, width: 360, height: 480 });
    expect(centreCrop3x4(1280, 720)).toEqual({ x: 370, y: 0, width: 540, height: 720 });
    expect(centreCrop3x4(320, 240)).toEqual({ x: 70, y: 0, width: 180, height: 240 });
  });

  it('keeps a scan that is already 3x4 whole', () => {
    expect(centreCrop3x4(300, 400)).toEqual({ x: 0, y: 0, width: 300, height: 400 });
    expect(centreCrop3x4(1200, 1600)).toEqual({ x: 0, y: 0, width: 1200, height: 1600 });
  });

  it('cuts top and bottom of a tall scan equally', () => {
    expect(centreCrop3x4(600, 1000)).toEqual({ x: 0, y: 100, width: 600, height: 800 });
  });

  it('stays inside the source and within one pixel of 3:4 for odd sizes', () => {
    for (const [w, h] of [
      [641, 479],
      [333, 1001],
      [1919, 1079],
      [97, 130],
    ] as const) {
      const crop = centreCrop3x4(w, h);
      if (!crop) throw new Error('expected a crop');
      expect(crop.x).toBeGreaterThanOrEqual(0);
      expect(crop.y).toBeGreaterThanOrEqual(0);
      expect(crop.x + crop.width).toBeLessThanOrEqual(w);
      expect(crop.y + crop.height).toBeLessThanOrEqual(h);
      expect(Math.abs(crop.width * 4 - crop.height * 3)).toBeLessThanOrEqual(4);
    }
  });

  it('gives nothing while the camera has no picture yet', () => {
    expect(centreCrop3x4(0, 0)).toBeUndefined();
    expect(centreCrop3x4(640, 0)).toBeUndefined();
    expect(centreCrop3x4(Number.NaN, 480)).toBeUndefined();
  });

  it('saves at least 600x800 pixels in 3:4', () => {
    expect(photoOutput.width).toBeGreaterThanOrEqual(600);
    expect(photoOutput.width * 4).toBe(photoOutput.height * 3);
  });

  it('puts the face box around the guide oval, centred, in the upper half', () => {
    const box = faceBox(600, 800);
    expect(box.x + box.width / 2).toBeCloseTo(300, 0);
    expect(box.y + box.height / 2).toBeCloseTo(faceGuide.cy * 800, 0);
    expect(box.y + box.height / 2).toBeLessThan(400);
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.width).toBeLessThan(600);
  });
});
