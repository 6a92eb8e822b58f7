/** Why the live camera is not available; each has its own advice on screen. */
export type CameraProblem = 'no-camera' | 'denied' | 'busy' | 'unsupported' | 'failed';

/**
 * Maps a getUserMedia rejection (a DOMException, read by its `name`) to what the officer can do.
 * Names from the Media Capture spec; Chromium also uses the older "DevicesNotFoundError" etc.
 */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

export interface CameraChoice {
  readonly deviceId: string;
  readonly label: string;
}

/**
 * The video inputs, in the order the system lists them. Labels are empty until permission is
 * granted and some drivers never give one, so unnamed cameras get "Kamera 1", "Kamera 2".
 */
export function cameraChoicesOf(
  devices: readonly Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[],
  unnamed: (number: number) => string,
): CameraChoice[] {
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map((device, index) => ({
      deviceId: device.deviceId,
      label: device.label.trim() || unnamed(index + 1),
    }));
}
