import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { emptyExperience, type ExperienceDraft } from './biodata-draft.js';
import { fieldId, withRow, type BiodataFormApi } from './form-api.js';
import { RowsFieldset } from './rows-fieldset.js';

/** Work experience: employer, position and years. */
export function ExperienceSection(props: { readonly form: BiodataFormApi }) {
  const t = useT();
  const { draft, set, error } = props.form;
  return (
    <RowsFieldset
      legend={t('bio.experience')}
      item={t('bio.experienceItem')}
      rows={draft.workExperience}
      empty={emptyExperience}
      onChange={(rows) => set('workExperience', rows)}
      renderRow={(row, i) => {
        const text = (key: keyof ExperienceDraft, label: string, numeric = false) => (
          <TextField
            id={fieldId(`workExperience.${i}.${key}`)}
            label={label}
            error={error(`workExperience.${i}.${key}`)}
            value={row[key]}
            {...(numeric ? { inputMode: 'numeric' as const, maxLength: 4 } : {})}
            onChange={(e) =>
              set('workExperience', withRow(draft.workExperience, i, { [key]: e.target.value }))
            }
          />
        );
        return (
          <>
            {text('employer', t('bio.employer'))}
            {text('position', t('bio.position'))}
            {text('yearIn', t('bio.workFrom'), true)}
            {text('yearOut', t('bio.workTo'), true)}
          </>
        );
      }}
    />
  );
}
