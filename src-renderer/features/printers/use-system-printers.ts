import { useCallback, useEffect, useRef, useState } from 'react';
import type { SystemPrinters } from '../../../src-shared/ipc/channels/printer.js';
import { useServices } from '../../app/services.js';

export interface SystemPrinterList {
  /** Undefined while the first answer is on its way. */
  readonly list: SystemPrinters | undefined;
  readonly loading: boolean;
  readonly refresh: () => void;
}

/** The printers installed in the operating system, asked once per visit of the settings screen. */
export function useSystemPrinters(): SystemPrinterList {
  const { api } = useServices();
  const [list, setList] = useState<SystemPrinters | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const alive = useRef(true);

  /** State changes only when the answer arrives. */
  const load = useCallback(
    () =>
      void api.invoke('printer:systemPrinters', {}).then((result) => {
        if (!alive.current) return;
        setList(result.ok ? result.value : { printers: [], problem: result.error.message });
        setLoading(false);
      }),
    [api],
  );

  const refresh = useCallback(() => {
    setLoading(true);
    load();
  }, [load]);

  useEffect(() => {
    alive.current = true;
    load();
    return () => {
      alive.current = false;
    };
  }, [load]);

  return { list, loading, refresh };
}
