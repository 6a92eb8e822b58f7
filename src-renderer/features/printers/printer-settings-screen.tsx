import { useRef, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CardSettingsFields } from './card-settings-fields.js';
import type { PrinterField } from './printer-settings-form.js';
import { SystemPrinterDatalist } from './system-printer-choices.js';
import { ThermalSettingsFields } from './thermal-settings-fields.js';
import { useSystemPrinters } from './use-system-printers.js';
import { usePrinterSettings } from './use-printer-settings.js';
import './printers.css';

/** Pengaturan > Printer: set up both printers, save, and print a test page on each. */
export function PrinterSettingsScreen() {
  const t = useT();
  const editor = usePrinterSettings();
  const systemPrinters = useSystemPrinters();
  const formRef = useRef<HTMLFormElement>(null);
  const errorOf = (field: PrinterField) => editor.errors.find((e) => e.field === field)?.message;

  async function saveAndFocus(): Promise<boolean> {
    const saved = await editor.save();
    if (!saved) {
      // The summary is rendered on the next frame; the first wrong field gets the focus.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
    }
    return saved;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void saveAndFocus();
  }

  const prepareTest = async () => (editor.dirty ? saveAndFocus() : true);

  return (
    <section aria-labelledby="printers-title" className="screen printers-screen">
      <h1 id="printers-title">{t('printers.settings.title')}</h1>
      <p className="screen__intro">{t('printers.settings.intro')}</p>
      {editor.loadError && (
        <Notice tone="error">
          {editor.loadError}{' '}
          <button type="button" className="link-button" onClick={editor.reload}>
            {t('printers.settings.reload')}
          </button>
        </Notice>
      )}
      <ErrorSummary
        title={t('printers.settings.errorsTitle', { count: editor.errors.length })}
        errors={editor.errors}
      />
      {editor.form && (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="printer-settings">
          <div className="printer-settings__panels">
            <ThermalSettingsFields
              form={editor.form}
              change={editor.change}
              errorOf={errorOf}
              prepareTest={prepareTest}
              systemPrinters={systemPrinters}
            />
            <CardSettingsFields
              form={editor.form}
              change={editor.change}
              errorOf={errorOf}
              prepareTest={prepareTest}
              systemPrinters={systemPrinters}
            />
          </div>
          <SystemPrinterDatalist printers={systemPrinters} />
          <div className="printer-settings__actions">
            <button type="submit" className="primary" disabled={editor.saving}>
              {t('printers.settings.save')}
            </button>
            {editor.dirty && <span className="field__hint">{t('printers.settings.unsaved')}</span>}
          </div>
          {editor.savedNotice && <Notice tone="success">{editor.savedNotice}</Notice>}
          {editor.saveError && <Notice tone="error">{editor.saveError}</Notice>}
        </form>
      )}
    </section>
  );
}
