import { educationLevelLabels, educationLevels } from '../../../src-shared/domain/education.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { emptyEducation, type EducationDraft } from './biodata-draft.js';
import { fieldId, withRow, type BiodataFormApi } from './form-api.js';
import { RowsFieldset } from './rows-fieldset.js';

/** Formal education, one row per level finished or attended. */
export function EducationSection(props: { readonly form: BiodataFormApi }) {
  const t = useT();
  const { draft, set, error } = props.form;
  const change = (i: number, patch: Partial<EducationDraft>) =>
    set('education', withRow(draft.education, i, patch));
  return (
    <RowsFieldset
      id={fieldId('education')}
      legend={t('bio.education')}
      item={t('bio.educationItem')}
      rows={draft.education}
      empty={emptyEducation}
      error={error('education')}
      onChange={(rows) => set('education', rows)}
      renderRow={(row, i) => {
        const path = (key: string) => `education.${i}.${key}`;
        const text = (key: 'institution' | 'major' | 'yearIn' | 'yearOut' | 'score') => ({
          id: fieldId(path(key)),
          error: error(path(key)),
          value: row[key],
          onChange: (e: { target: { value: string } }) => change(i, { [key]: e.target.value }),
        });
        return (
          <>
            <SelectField
              id={fieldId(path('level'))}
              label={t('bio.level')}
              error={error(path('level'))}
              value={row.level}
              placeholder={t('field.educationLevel.choose')}
              options={educationLevels.map((l) => ({ value: l, label: educationLevelLabels[l] }))}
              onChange={(e) => change(i, { level: e.target.value })}
            />
            <TextField {...text('institution')} label={t('bio.institution')} />
            <TextField {...text('major')} label={t('bio.major')} />
            <TextField
              {...text('yearIn')}
              label={t('bio.yearIn')}
              inputMode="numeric"
              maxLength={4}
            />
            <TextField
              {...text('yearOut')}
              label={t('bio.yearOut')}
              inputMode="numeric"
              maxLength={4}
            />
            <TextField {...text('score')} label={t('bio.score')} inputMode="decimal" />
          </>
        );
      }}
    />
  );
}
