import { useEffect, useState } from 'react';
import { cameraProblemOf, type CameraProblem } from './camera-problem.js';

export type CameraState =
  | { readonly status: 'starting' }
  | { readonly status: 'live'; readonly stream: MediaStream }
  | { readonly status: 'unavailable'; readonly problem: CameraProblem };

export interface Camera {
  readonly state: CameraState;
  /** Every video input the system lists (labels once permission is granted). */
  readonly devices: readonly MediaDeviceInfo[];
  /** The device in use, '' until the first stream tells us which one the system picked. */
  readonly deviceId: string;
  readonly chooseDevice: (deviceId: string) => void;
  readonly retry: () => void;
}

function stop(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * The live camera while the capture screen is open: asks for the chosen device (or the default),
 * lists the cameras, and stops every track when the device changes or the screen closes, so the
 * camera light goes off and another program can use it.
 */
export function useCamera(media: MediaDevices | undefined = navigator.mediaDevices): Camera {
  const [state, setState] = useState<CameraState>({ status: 'starting' });
  const [devices, setDevices] = useState<readonly MediaDeviceInfo[]>([]);
  // The officer's choice drives the stream; `inUse` only reports what the system picked.
  const [choice, setChoice] = useState('');
  const [inUse, setInUse] = useState('');
  const [attempt, setAttempt] = useState(0);
  // getUserMedia is missing outside a secure context (http on a LAN address) and in old shells.
  const supported = typeof media?.getUserMedia === 'function';

  useEffect(() => {
    let cancelled = false;
    let stream: MediaStream | undefined;
    if (!media || !supported) return undefined;
    const video: MediaTrackConstraints = {
      width: { ideal: 1280 },
      height: { ideal: 960 },
      ...(choice ? { deviceId: { exact: choice } } : {}),
    };
    media.getUserMedia({ video, audio: false }).then(
      async (granted) => {
        if (cancelled) return stop(granted);
        stream = granted;
        setState({ status: 'live', stream: granted });
        const all = await media.enumerateDevices().catch(() => []);
        if (cancelled) return undefined;
        setDevices(all.filter((device) => device.kind === 'videoinput'));
        setInUse(granted.getVideoTracks()[0]?.getSettings().deviceId ?? '');
        return undefined;
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'unavailable', problem: cameraProblemOf(error) });
      },
    );
    return () => {
      cancelled = true;
      stop(stream);
    };
  }, [media, supported, choice, attempt]);

  return {
    state: supported ? state : { status: 'unavailable', problem: 'unsupported' },
    devices,
    deviceId: choice || inUse,
    chooseDevice: (deviceId) => {
      setState({ status: 'starting' });
      setChoice(deviceId);
    },
    retry: () => {
      setState({ status: 'starting' });
      setAttempt((n) => n + 1);
    },
  };
}
