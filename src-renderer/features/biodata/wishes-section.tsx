import { desiredLocationLabels, desiredLocations } from '../../../src-shared/domain/biodata.js';
import { kbjiMajorGroups, kbjiMajorGroupText } from '../../../src-shared/domain/kbji.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { emptyPosition } from './biodata-draft.js';
import { fieldId, withRow, type BiodataFormApi } from './form-api.js';
import { RowsFieldset } from './rows-fieldset.js';

/** Desired positions (KBJI major group + free text), location, target employers, notes. */
export function WishesSection(props: { readonly form: BiodataFormApi }) {
  const t = useT();
  const { draft, set, error } = props.form;
  return (
    <>
      <RowsFieldset
        legend={t('bio.positions')}
        item={t('bio.positionItem')}
        rows={draft.desiredPositions}
        empty={emptyPosition}
        onChange={(rows) => set('desiredPositions', rows)}
        renderRow={(row, i) => (
          <>
            <SelectField
              id={fieldId(`desiredPositions.${i}.kbjiGroup`)}
              label={t('bio.kbji')}
              error={error(`desiredPositions.${i}.kbjiGroup`)}
              value={row.kbjiGroup}
              placeholder={t('bio.kbjiChoose')}
              options={kbjiMajorGroups.map((g) => ({
                value: String(g),
                label: kbjiMajorGroupText(g),
              }))}
              onChange={(e) =>
                set(
                  'desiredPositions',
                  withRow(draft.desiredPositions, i, { kbjiGroup: e.target.value }),
                )
              }
            />
            <TextField
              id={fieldId(`desiredPositions.${i}.title`)}
              label={t('bio.positionTitle')}
              error={error(`desiredPositions.${i}.title`)}
              value={row.title}
              onChange={(e) =>
                set(
                  'desiredPositions',
                  withRow(draft.desiredPositions, i, { title: e.target.value }),
                )
              }
            />
          </>
        )}
      />
      <fieldset className="form-grid">
        <legend>{t('bio.wishes')}</legend>
        <fieldset className="radio-group">
          <legend>{t('bio.location')}</legend>
          {desiredLocations.map((location) => (
            <label key={location} className="checkbox">
              <input
                type="radio"
                name="bio-desiredLocation"
                value={location}
                checked={draft.desiredLocation === location}
                onChange={() => set('desiredLocation', location)}
              />
              {desiredLocationLabels[location]}
            </label>
          ))}
        </fieldset>
        <TextField
          id={fieldId('targetEmployers')}
          label={t('bio.targetEmployers')}
          hint={t('bio.targetEmployersHint')}
          value={draft.targetEmployers.join(';')}
          onChange={(e) => set('targetEmployers', e.target.value.split(';'))}
        />
        <div className="field wide">
          <label htmlFor={fieldId('counsellorNotes')}>{t('bio.notes')}</label>
          <textarea
            id={fieldId('counsellorNotes')}
            rows={3}
            value={draft.counsellorNotes}
            onChange={(e) => set('counsellorNotes', e.target.value)}
          />
        </div>
      </fieldset>
    </>
  );
}
