import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { OfficerRecord } from '../../src-shared/domain/records.js';
import { useServices } from './services.js';

export interface Duty {
  /** Active officers, for pickers. */
  readonly officers: readonly OfficerRecord[];
  /** The officer at the counter now; undefined only while loading or when none is active. */
  readonly officer: OfficerRecord | undefined;
  readonly choose: (officerId: string) => void;
  /** Reads the officer list again (after editing it in Pengaturan). */
  readonly reload: () => void;
}

const DutyContext = createContext<Duty>({
  officers: [],
  officer: undefined,
  choose: () => undefined,
  reload: () => undefined,
});

/** Keeps the officer on duty; the first active Petugas AK/I until someone else is chosen. */
export function DutyProvider(props: { readonly children: ReactNode }) {
  const { officers: repository, duty } = useServices();
  const [officers, setOfficers] = useState<readonly OfficerRecord[]>([]);
  const [chosen, setChosen] = useState(duty.current());
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void repository.list().then((list) => {
      if (current) setOfficers(list.filter((o) => o.active));
    });
    return () => {
      current = false;
    };
  }, [repository, version]);

  const officer =
    officers.find((o) => o.id === chosen) ??
    officers.find((o) => o.roles.includes('petugas-ak1')) ??
    officers[0];
  useEffect(() => {
    if (officer && duty.current() !== officer.id) duty.set(officer.id);
  }, [officer, duty]);

  const choose = useCallback(
    (id: string) => {
      duty.set(id);
      setChosen(id);
    },
    [duty],
  );
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <DutyContext.Provider value={{ officers, officer, choose, reload }}>
      {props.children}
    </DutyContext.Provider>
  );
}

export function useDuty(): Duty {
  return useContext(DutyContext);
}
