import { languageLevelLabels, languageLevels } from '../../../src-shared/domain/biodata.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { emptyLanguage, emptyTraining, type TrainingDraft } from './biodata-draft.js';
import { fieldId, withRow, type BiodataFormApi } from './form-api.js';
import { RowsFieldset } from './rows-fieldset.js';

/** Non-formal training, skills and languages. */
export function SkillsSection(props: { readonly form: BiodataFormApi }) {
  const t = useT();
  const { draft, set, error } = props.form;
  const changeTraining = (i: number, patch: Partial<TrainingDraft>) =>
    set('trainings', withRow(draft.trainings, i, patch));
  return (
    <>
      <RowsFieldset
        legend={t('bio.trainings')}
        item={t('bio.trainingItem')}
        rows={draft.trainings}
        empty={emptyTraining}
        onChange={(rows) => set('trainings', rows)}
        renderRow={(row, i) => {
          const path = (key: string) => `trainings.${i}.${key}`;
          return (
            <>
              <TextField
                id={fieldId(path('name'))}
                label={t('bio.trainingName')}
                error={error(path('name'))}
                value={row.name}
                onChange={(e) => changeTraining(i, { name: e.target.value })}
              />
              <TextField
                id={fieldId(path('institution'))}
                label={t('bio.trainingBy')}
                value={row.institution}
                onChange={(e) => changeTraining(i, { institution: e.target.value })}
              />
              <TextField
                id={fieldId(path('year'))}
                label={t('bio.year')}
                error={error(path('year'))}
                value={row.year}
                inputMode="numeric"
                maxLength={4}
                onChange={(e) => changeTraining(i, { year: e.target.value })}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={row.certified}
                  onChange={(e) => changeTraining(i, { certified: e.target.checked })}
                />
                {t('bio.certified')}
              </label>
            </>
          );
        }}
      />
      <RowsFieldset
        legend={t('bio.skills')}
        item={t('bio.skillItem')}
        rows={draft.skills}
        empty=""
        onChange={(rows) => set('skills', rows)}
        renderRow={(row, i) => (
          <TextField
            id={fieldId(`skills.${i}`)}
            label={t('bio.skill')}
            error={error(`skills.${i}`)}
            value={row}
            onChange={(e) =>
              set(
                'skills',
                draft.skills.map((s, j) => (j === i ? e.target.value : s)),
              )
            }
          />
        )}
      />
      <RowsFieldset
        legend={t('bio.languages')}
        item={t('bio.languageItem')}
        rows={draft.languages}
        empty={emptyLanguage}
        onChange={(rows) => set('languages', rows)}
        renderRow={(row, i) => (
          <>
            <TextField
              id={fieldId(`languages.${i}.language`)}
              label={t('bio.language')}
              error={error(`languages.${i}.language`)}
              value={row.language}
              onChange={(e) =>
                set('languages', withRow(draft.languages, i, { language: e.target.value }))
              }
            />
            <SelectField
              id={fieldId(`languages.${i}.level`)}
              label={t('bio.languageLevel')}
              value={row.level}
              placeholder={t('field.sex.choose')}
              options={languageLevels.map((l) => ({ value: l, label: languageLevelLabels[l] }))}
              onChange={(e) =>
                set(
                  'languages',
                  withRow(draft.languages, i, {
                    level: languageLevels.find((l) => l === e.target.value) ?? row.level,
                  }),
                )
              }
            />
          </>
        )}
      />
    </>
  );
}
