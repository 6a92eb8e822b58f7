import type { CardLayout } from '../../../src-shared/domain/card-print.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CardPreview } from './card-preview.js';
import { PrintHistory } from './print-history.js';
import { reasonFieldId, useCardStep } from './use-card-step.js';

const layouts: readonly { value: CardLayout; label: 'card.layout.a4' | 'card.layout.cr80' }[] = [
  { value: 'a4-landscape', label: 'card.layout.a4' },
  { value: 'cr80', label: 'card.layout.cr80' },
];

/**
 * SOP step 7: the card is issued (number, validity), drawn as a PDF, shown as it will print,
 * then printed; every further copy needs a reason and is logged.
 */
export function CardStep(props: {
  readonly seeker: Seeker;
  readonly card: CardRecord | undefined;
  readonly onIssued: (card: CardRecord) => void;
  /** The counter visit the card is made in, when there is one. */
  readonly visitId?: string;
}) {
  const t = useT();
  const step = useCardStep(props);
  const { card } = props;
  const printed = step.prints.length > 0;

  return (
    <div className="card-step">
      <fieldset>
        <legend>{t('card.layout')}</legend>
        {layouts.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="card-layout"
              value={option.value}
              checked={step.layout === option.value}
              disabled={step.busy !== undefined}
              onChange={() => step.chooseLayout(option.value)}
            />{' '}
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      <div className="card-step__signer">
        <TextField
          id="card-signer-name"
          label={t('card.signer.name')}
          hint={t('card.signer.hint')}
          value={step.signer.name}
          onChange={(e) => step.setSigner({ ...step.signer, name: e.target.value })}
        />
        <TextField
          id="card-signer-nip"
          label={t('card.signer.nip')}
          hint={t('card.signer.nipHint')}
          inputMode="numeric"
          value={step.signer.nip}
          onChange={(e) => step.setSigner({ ...step.signer, nip: e.target.value })}
        />
      </div>
      <div className="card-step__actions">
        <button type="button" disabled={step.busy !== undefined} onClick={() => void step.render()}>
          {step.busy === 'render' ? t('card.rendering') : t(card ? 'card.refresh' : 'card.issue')}
        </button>
      </div>
      {step.message && <Notice tone={step.message.tone}>{step.message.text}</Notice>}
      {step.pdf && <CardPreview pdf={step.pdf} />}
      {card?.pdfSha256 && (
        <form
          className="card-step__actions"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void step.print();
          }}
        >
          {printed && (
            <TextField
              id={reasonFieldId}
              label={t('card.reason')}
              hint={t('card.reason.hint')}
              value={step.reason}
              onChange={(e) => step.setReason(e.target.value)}
              {...(step.reasonError ? { error: step.reasonError } : {})}
            />
          )}
          <button type="submit" disabled={step.busy !== undefined}>
            {step.busy === 'print'
              ? t('card.printing')
              : t(printed ? 'card.reprint' : 'card.print')}
          </button>
        </form>
      )}
      {card && <PrintHistory prints={step.prints} />}
    </div>
  );
}
