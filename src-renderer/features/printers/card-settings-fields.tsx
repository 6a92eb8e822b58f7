import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { ChoiceGroup } from './choice-group.js';
import { SystemPrinterChoices, systemPrintersListId } from './system-printer-choices.js';
import { TestPageButton } from './test-page-button.js';
import type { SettingsFieldsProps } from './thermal-settings-fields.js';

/** Card printer: which system printer (or none: save the PDF), layout, calibration, test page. */
export function CardSettingsFields(props: SettingsFieldsProps) {
  const t = useT();
  const { form, change } = props;
  return (
    <fieldset className="printer-panel">
      <legend>{t('printers.card.title')}</legend>
      <p className="printer-panel__intro">{t('printers.card.intro')}</p>
      <TextField
        id="cardPrinterName"
        label={t('printers.card.name')}
        hint={t('printers.card.name.hint')}
        error={props.errorOf('cardPrinterName')}
        value={form.cardPrinterName}
        autoComplete="off"
        spellCheck={false}
        list={systemPrintersListId}
        onChange={(e) => change('cardPrinterName', e.target.value)}
      >
        <SystemPrinterChoices
          id="card-system-printers"
          printers={props.systemPrinters}
          current={form.cardPrinterName}
          onPick={(name) => change('cardPrinterName', name)}
          warnIfMissing
        />
      </TextField>
      <ChoiceGroup
        name="cardLayout"
        legend={t('printers.card.layout')}
        value={form.cardLayout}
        options={[
          {
            value: 'a4-landscape',
            label: t('printers.card.layout.a4'),
            hint: t('printers.card.layout.a4.hint'),
          },
          {
            value: 'cr80',
            label: t('printers.card.layout.cr80'),
            hint: t('printers.card.layout.cr80.hint'),
          },
        ]}
        onChange={(value) => change('cardLayout', value)}
      />
      <ChoiceGroup
        name="cardSendAs"
        legend={t('printers.card.sendAs')}
        value={form.cardSendAs}
        options={[
          {
            value: 'pdf',
            label: t('printers.card.sendAs.pdf'),
            hint: t('printers.card.sendAs.pdf.hint'),
          },
          {
            value: 'image',
            label: t('printers.card.sendAs.image'),
            hint: t('printers.card.sendAs.image.hint'),
          },
        ]}
        onChange={(value) => change('cardSendAs', value)}
      />
      <fieldset className="calibration">
        <legend>{t('printers.card.calibration')}</legend>
        <p className="field__hint">{t('printers.card.calibration.hint')}</p>
        <div className="calibration__fields">
          <TextField
            id="dx"
            label={t('printers.card.dx')}
            error={props.errorOf('dx')}
            value={form.dx}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => change('dx', e.target.value)}
          />
          <TextField
            id="dy"
            label={t('printers.card.dy')}
            error={props.errorOf('dy')}
            value={form.dy}
            inputMode="decimal"
            autoComplete="off"
            onChange={(e) => change('dy', e.target.value)}
          />
        </div>
      </fieldset>
      <TestPageButton printer="card" prepare={props.prepareTest} />
    </fieldset>
  );
}
