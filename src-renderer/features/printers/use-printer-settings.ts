import { useCallback, useEffect, useState } from 'react';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { PrinterSettings } from '../../../src-shared/ipc/channels/printer.js';
import type { InvokeResponse } from '../../../src-shared/ipc/contract.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { announcePrinterActivity } from './printer-activity.js';
import { formOf, settingsOf, type PrinterSettingsForm } from './printer-settings-form.js';

export interface PrinterSettingsEditor {
  /** Undefined until the saved settings arrive from the main process. */
  readonly form: PrinterSettingsForm | undefined;
  readonly loadError: string | undefined;
  readonly errors: readonly Failure[];
  readonly saving: boolean;
  readonly savedNotice: string | undefined;
  readonly saveError: string | undefined;
  /** The form differs from what is saved, so a test page would not show it yet. */
  readonly dirty: boolean;
  readonly change: <K extends keyof PrinterSettingsForm>(
    field: K,
    value: PrinterSettingsForm[K],
  ) => void;
  /** Validates and saves; true when what is on screen is now what printers use. */
  readonly save: () => Promise<boolean>;
  readonly reload: () => void;
}

export function usePrinterSettings(): PrinterSettingsEditor {
  const { api } = useServices();
  const t = useT();
  const [saved, setSaved] = useState<PrinterSettingsForm | undefined>(undefined);
  const [form, setForm] = useState<PrinterSettingsForm | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const [saving, setSaving] = useState(false);
  const [savedNotice, setSavedNotice] = useState<string | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);

  const apply = useCallback(
    (result: InvokeResponse<'printer:settings:get'>) => {
      if (!result.ok) {
        setLoadError(t('printers.settings.loadFailed', { reason: result.error.message }));
        return;
      }
      const loaded = formOf(result.value);
      setLoadError(undefined);
      setSaved(loaded);
      setForm(loaded);
    },
    [t],
  );

  useEffect(() => {
    void api.invoke('printer:settings:get', {}).then(apply);
  }, [api, apply]);

  function change<K extends keyof PrinterSettingsForm>(field: K, value: PrinterSettingsForm[K]) {
    if (!form) return;
    setForm({ ...form, [field]: value });
    setErrors(errors.filter((e) => e.field !== field));
    setSavedNotice(undefined);
  }

  async function save(): Promise<boolean> {
    if (!form) return false;
    setSavedNotice(undefined);
    setSaveError(undefined);
    const checked = settingsOf(form, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return false;
    }
    setErrors([]);
    setSaving(true);
    const result = await api.invoke('printer:settings:set', checked.value);
    setSaving(false);
    if (!result.ok) {
      setSaveError(t('printers.settings.saveFailed', { reason: result.error.message }));
      return false;
    }
    const stored: PrinterSettings = result.value;
    setSaved(formOf(stored));
    setForm(formOf(stored));
    setSavedNotice(t('printers.settings.saved'));
    announcePrinterActivity('settings-saved');
    return true;
  }

  return {
    form,
    loadError,
    errors,
    saving,
    savedNotice,
    saveError,
    dirty: form !== undefined && JSON.stringify(form) !== JSON.stringify(saved),
    change,
    save,
    reload: () => void api.invoke('printer:settings:get', {}).then(apply),
  };
}
