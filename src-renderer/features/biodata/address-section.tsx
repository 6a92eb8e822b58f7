import type { PolicyWarning } from '../../../src-shared/domain/policies.js';
import { kecamatanDenpasar, kelurahanOf } from '../../../src-shared/domain/wilayah.js';
import { SelectField, TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import { outsideDenpasar } from './biodata-draft.js';
import { fieldId, type BiodataFormApi } from './form-api.js';

/** Address as on the KTP/KK: Denpasar kecamatan and kelurahan/desa, or outside Denpasar. */
export function AddressSection(props: {
  readonly form: BiodataFormApi;
  readonly domicile: PolicyWarning | null;
}) {
  const t = useT();
  const { draft, set, error } = props.form;
  const outside = draft.kecamatanCode === outsideDenpasar;
  return (
    <fieldset className="form-grid">
      <legend>{t('bio.address')}</legend>
      <TextField
        id={fieldId('address.street')}
        label={t('bio.street')}
        hint={outside ? t('bio.streetOutsideHint') : t('bio.streetHint')}
        error={error('address.street')}
        value={draft.street}
        className="wide"
        onChange={(e) => set('street', e.target.value)}
      />
      <SelectField
        id={fieldId('address.kecamatanCode')}
        label={t('bio.kecamatan')}
        error={error('address.kecamatanCode')}
        value={draft.kecamatanCode}
        placeholder={t('bio.kecamatanChoose')}
        options={[
          ...kecamatanDenpasar().map((k) => ({ value: k.code, label: k.name })),
          { value: outsideDenpasar, label: t('bio.outsideDenpasar') },
        ]}
        onChange={(e) => props.form.patch({ kecamatanCode: e.target.value, kelurahanCode: '' })}
      />
      {!outside && (
        <SelectField
          id={fieldId('address.kelurahanCode')}
          label={t('bio.kelurahan')}
          error={error('address.kelurahanCode')}
          value={draft.kelurahanCode}
          placeholder={draft.kecamatanCode ? t('bio.kelurahanChoose') : t('bio.kelurahanFirst')}
          options={kelurahanOf(draft.kecamatanCode).map((k) => ({
            value: k.code,
            label: `${k.name} (${k.level === 'desa' ? 'desa' : 'kelurahan'})`,
          }))}
          onChange={(e) => set('kelurahanCode', e.target.value)}
        />
      )}
      <TextField
        id={fieldId('address.postcode')}
        label={t('bio.postcode')}
        error={error('address.postcode')}
        value={draft.postcode}
        inputMode="numeric"
        maxLength={5}
        onChange={(e) => set('postcode', e.target.value)}
      />
      {props.domicile && (
        <div className="wide notice notice--warning" role="alert">
          <p>{props.domicile.message}</p>
          <label className="checkbox" htmlFor={fieldId('domicileConfirmed')}>
            <input
              id={fieldId('domicileConfirmed')}
              type="checkbox"
              checked={draft.domicileConfirmed}
              onChange={(e) => set('domicileConfirmed', e.target.checked)}
            />
            {props.domicile.confirmation.label}
          </label>
        </div>
      )}
    </fieldset>
  );
}
