import { defaultMaritalStatuses, type CodeLabel } from '../../src-shared/domain/biodata.js';
import { defaultOfficePolicy, type OfficePolicy } from '../../src-shared/domain/policies.js';
import { DEFAULT_REGISTRATION_PATTERN } from '../../src-shared/domain/registration-number.js';
import {
  defaultRequirements,
  type RequiredDocument,
} from '../../src-shared/domain/requirements.js';
import { defaultValidityPolicy, type ValidityPolicy } from '../../src-shared/domain/validity.js';
import type { LoketDatabase } from './database.js';

/** Office policy kept on this counter; each key is stored on its own so edits never clash. */
export interface CounterSettings {
  readonly requirements: readonly RequiredDocument[];
  readonly policy: OfficePolicy;
  readonly validity: ValidityPolicy;
  readonly registrationPattern: string;
  readonly maritalStatuses: readonly CodeLabel[];
}

export type SettingKey = keyof CounterSettings;

export const defaultCounterSettings: CounterSettings = {
  requirements: defaultRequirements,
  policy: defaultOfficePolicy,
  validity: defaultValidityPolicy,
  registrationPattern: DEFAULT_REGISTRATION_PATTERN,
  maritalStatuses: defaultMaritalStatuses,
};

export interface SettingsRepository {
  load(): Promise<CounterSettings>;
  save<K extends SettingKey>(key: K, value: CounterSettings[K]): Promise<void>;
}

/** Stored values are only ever written by `save`, so a stored key has the declared shape. */
export async function readSettings(db: LoketDatabase): Promise<CounterSettings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...defaultCounterSettings, ...(stored as Partial<CounterSettings>) };
}

export function createSettingsRepository(db: LoketDatabase): SettingsRepository {
  return {
    load: () => readSettings(db),
    save: async (key, value) => {
      await db.settings.put({ key, value });
    },
  };
}
