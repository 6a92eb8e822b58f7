import { describe, expect, it } from 'vitest';
import {
  cameraChoicesOf,
  cameraProblemOf,
} from '../../src-renderer/features/photo/camera-problem.js';

const rejection = (name: string) => new DOMException('camera', name);

describe('why the camera is not available', () => {
  it('tells "no camera" from "permission denied" from "in use by another program"', () => {
    expect(cameraProblemOf(rejection('NotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(rejection('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblemOf(rejection('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(rejection('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(rejection('NotReadableError'))).toBe('busy');
  });

  it('treats anything unknown as a failure the officer can retry', () => {
    expect(cameraProblemOf(new Error('boom'))).toBe('failed');
    expect(cameraProblemOf('boom')).toBe('failed');
    expect(cameraProblemOf(undefined)).toBe('failed');
  });
});

describe('the camera choice', () => {
  it('lists only cameras, naming the unnamed ones by their position', () => {
    const choices = cameraChoicesOf(
      [
        { deviceId: 'mic', kind: 'audioinput', label: 'Mikrofon' },
        { deviceId: 'a', kind: 'videoinput', label: 'Logitech C920' },
        { deviceId: 'b', kind: 'videoinput', label: '  ' },
      ],
      (n) => `Kamera ${n}`,
    );
    expect(choices).toEqual([
      { deviceId: 'a', label: 'Logitech C920' },
      { deviceId: 'b', label: 'Kamera 2' },
    ]);
  });
});
