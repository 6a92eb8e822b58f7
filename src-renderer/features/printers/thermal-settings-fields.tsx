import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { ChoiceGroup } from './choice-group.js';
import type { PrinterField, PrinterSettingsForm } from './printer-settings-form.js';
import { SystemPrinterChoices, systemPrintersListId } from './system-printer-choices.js';
import { TestPageButton } from './test-page-button.js';
import type { SystemPrinterList } from './use-system-printers.js';

export interface SettingsFieldsProps {
  readonly form: PrinterSettingsForm;
  readonly change: <K extends keyof PrinterSettingsForm>(
    field: K,
    value: PrinterSettingsForm[K],
  ) => void;
  readonly errorOf: (field: PrinterField) => string | undefined;
  readonly prepareTest: () => Promise<boolean>;
  readonly systemPrinters: SystemPrinterList;
}

/** Thermal printer: on/off, how it is reached, paper width, and its test page. */
export function ThermalSettingsFields(props: SettingsFieldsProps) {
  const t = useT();
  const { form, change } = props;
  return (
    <fieldset className="printer-panel">
      <legend>{t('printers.thermal.title')}</legend>
      <p className="printer-panel__intro">{t('printers.thermal.intro')}</p>
      <div className="checkbox-field">
        <input
          type="checkbox"
          id="thermalEnabled"
          checked={form.thermalEnabled}
          onChange={(e) => change('thermalEnabled', e.target.checked)}
        />
        <label htmlFor="thermalEnabled">{t('printers.thermal.enabled')}</label>
      </div>
      <ChoiceGroup
        name="thermalVia"
        legend={t('printers.thermal.via')}
        value={form.thermalVia}
        options={[
          { value: 'network', label: t('printers.thermal.via.network') },
          { value: 'os', label: t('printers.thermal.via.os') },
        ]}
        onChange={(value) => change('thermalVia', value)}
      />
      {form.thermalVia === 'network' ? (
        <TextField
          id="thermalAddress"
          label={t('printers.thermal.address')}
          hint={t('printers.thermal.address.hint')}
          error={props.errorOf('thermalAddress')}
          value={form.thermalAddress}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => change('thermalAddress', e.target.value)}
        />
      ) : (
        <TextField
          id="thermalQueue"
          label={t('printers.thermal.queue')}
          hint={t('printers.thermal.queue.hint')}
          error={props.errorOf('thermalQueue')}
          value={form.thermalQueue}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          list={systemPrintersListId}
          onChange={(e) => change('thermalQueue', e.target.value)}
        >
          <SystemPrinterChoices
            id="thermal-system-printers"
            printers={props.systemPrinters}
            current={form.thermalQueue}
            onPick={(name) => change('thermalQueue', name)}
          />
        </TextField>
      )}
      <ChoiceGroup
        name="paperWidth"
        legend={t('printers.thermal.paper')}
        value={form.paperWidth}
        options={[
          { value: '58', label: t('printers.thermal.paper.58') },
          { value: '80', label: t('printers.thermal.paper.80') },
        ]}
        onChange={(value) => change('paperWidth', value)}
      />
      <TestPageButton printer="thermal" prepare={props.prepareTest} />
    </fieldset>
  );
}
