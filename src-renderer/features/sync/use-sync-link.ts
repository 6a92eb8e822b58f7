import { useEffect, useState } from 'react';
import type { SyncLinkStatus } from '../../../src-shared/ipc/channels/sync.js';
import { useServices } from '../../app/services.js';

export interface EnrolInput {
  readonly url: string;
  readonly code: string;
  readonly counterName: string;
}

/** The counter's enrolment with the city server, as the main process keeps it. */
export function useSyncLink() {
  const { api, sync } = useServices();
  const [link, setLink] = useState<SyncLinkStatus | undefined>();
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    let current = true;
    void api.invoke('sync:status', {}).then((answer) => {
      if (!current) return;
      if (answer.ok) setLink(answer.value);
      else setLoadError(answer.error.message);
    });
    return () => {
      current = false;
    };
  }, [api]);

  /** Enrols, then syncs at once; returns the failure message, or '' when enrolled. */
  async function enrol(input: EnrolInput): Promise<string> {
    const answer = await api.invoke('sync:enrol', input);
    if (!answer.ok) return answer.error.message;
    setLink(answer.value);
    setLoadError('');
    void sync?.engine.syncNow();
    return '';
  }

  return { link, loadError, enrol };
}
