import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldMessages } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { CodeOptions } from '../../taxonomy/CodeOptions';
import { labelOf, optionsOf, type CodeList } from '../../taxonomy/taxonomy';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { MultiSelect } from '../../ui/MultiSelect';
import { Notice } from '../../ui/Notice';
import { UPDATE_PROFILE } from './profile.graphql';
import { changesOf, type ListField, type ProfileDraft } from './profile-draft';
import { ErrorNotice } from '../../ui/ErrorNotice';

const LISTS: [ListField, CodeList, MessageKey][] = [
  ['sectors', 'sectors', 'profile.sectors'],
  ['therapeuticAreas', 'therapeuticAreas', 'profile.therapeuticAreas'],
  ['modalities', 'modalities', 'profile.modalities'],
  ['offers', 'capabilities', 'profile.offers'],
  ['seeks', 'capabilities', 'profile.seeks'],
  ['partnershipTypes', 'partnershipTypes', 'profile.partnershipTypes'],
];

const TEXTS: [keyof ProfileDraft, MessageKey, number, 'fr' | 'en'][] = [
  ['descriptionFr', 'profile.descriptionFr', 5000, 'fr'],
  ['descriptionEn', 'profile.descriptionEn', 5000, 'en'],
  ['seekingFr', 'profile.seekingFr', 2000, 'fr'],
  ['seekingEn', 'profile.seekingEn', 2000, 'en'],
];

interface Props {
  companyId?: string;
  initial: ProfileDraft;
  consentAt: string | null;
  readOnly: boolean;
}

/**
 * Every field of a profile; the API checks it and names each bad field (`input.offers[1]`),
 * and its message, already in the viewer's language, is shown under that field.
 */
export function ProfileForm({ companyId, initial, consentAt, readOnly }: Props) {
  const { t, locale, dateTime } = useI18n();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [done, setDone] = useState(false);
  const [update, { loading, error }] = useMutation(UPDATE_PROFILE);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDone(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const problems = fieldMessages(error);
  /** Messages for one field; an item of a list is named, so « Thérapie génique : code inconnu ». */
  const errorsOf = (field: string, list?: CodeList) =>
    problems
      .filter((p) => p.path === `input.${field}` || p.path.startsWith(`input.${field}[`))
      .map((p) => {
        const index = /\[(\d+)\]/.exec(p.path)?.[1];
        const code =
          index !== undefined && list ? (draft[field as ListField] as string[])[Number(index)] : undefined;
        return code
          ? t('profile.itemError', { item: labelOf(list!, code, locale), message: p.message })
          : p.message;
      });
  const changes = changesOf(saved, draft);
  const dirty = Object.keys(changes).length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ variables: { companyId, input: changes } }).catch(() => null);
    if (!result?.data) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaved(draft);
    setDone(true);
  };
  return (
    <form className="profile-form" onSubmit={submit} noValidate aria-describedby="profile-status">
      <fieldset disabled={readOnly} className="form-section">
        <legend>{t('profile.identity')}</legend>
        <TextField
          label={t('profile.name')}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          errors={errorsOf('name')}
        />
        <TextField
          label={t('profile.city')}
          value={draft.city}
          onChange={(e) => set('city', e.target.value)}
          errors={errorsOf('city')}
        />
        <TextField
          label={t('profile.website')}
          type="url"
          placeholder="https://"
          value={draft.website}
          onChange={(e) => set('website', e.target.value)}
          errors={errorsOf('website')}
        />
        <fieldset className="field">
          <legend>{t('profile.languages')}</legend>
          {(['fr', 'en'] as const).map((code) => (
            <label key={code} className="radio">
              <input
                type="checkbox"
                checked={draft.languages.includes(code)}
                onChange={(e) =>
                  set(
                    'languages',
                    e.target.checked ? [...draft.languages, code] : draft.languages.filter((l) => l !== code),
                  )
                }
              />
              <span>{labelOf('languages', code, locale)}</span>
            </label>
          ))}
          {errorsOf('languages').length > 0 && (
            <p className="field-errors">{errorsOf('languages').join(' ')}</p>
          )}
        </fieldset>
        <SelectField
          label={t('profile.size')}
          value={draft.size}
          onChange={(e) => set('size', e.target.value)}
          errors={errorsOf('size')}
        >
          <CodeOptions list="sizes" empty={t('common.notSpecified')} sorted={false} />
        </SelectField>
      </fieldset>
      <fieldset disabled={readOnly} className="form-section">
        <legend>{t('profile.expertise')}</legend>
        {LISTS.map(([field, list, label]) => (
          <MultiSelect
            key={field}
            label={t(label)}
            options={optionsOf(list, locale)}
            value={draft[field]}
            onChange={(value) => set(field, value)}
            errors={errorsOf(field, list)}
          />
        ))}
        <SelectField
          label={t('profile.stage')}
          value={draft.stage}
          onChange={(e) => set('stage', e.target.value)}
          errors={errorsOf('stage')}
        >
          <CodeOptions list="stages" empty={t('common.notSpecified')} sorted={false} />
        </SelectField>
      </fieldset>
      <fieldset disabled={readOnly} className="form-section">
        <legend>{t('profile.texts')}</legend>
        <p className="hint">{t('profile.textsHint')}</p>
        {TEXTS.map(([field, label, max, lang]) => (
          <TextAreaField
            key={field}
            label={t(label)}
            lang={lang}
            rows={5}
            maxLength={max}
            value={draft[field] as string}
            onChange={(e) => set(field, e.target.value)}
            errors={errorsOf(field)}
          />
        ))}
      </fieldset>
      <fieldset disabled={readOnly} className="form-section">
        <legend>{t('profile.consentTitle')}</legend>
        <CheckboxField
          label={t('profile.consent')}
          hint={
            consentAt && saved.matchmakingOptIn
              ? t('profile.consentSince', { date: dateTime(consentAt, { timeStyle: undefined }) })
              : t('profile.consentHint')
          }
          checked={draft.matchmakingOptIn}
          onChange={(e) => set('matchmakingOptIn', e.target.checked)}
          errors={errorsOf('matchmakingOptIn')}
        />
      </fieldset>
      <div id="profile-status" className="form-footer">
        {error && problems.length > 0 && (
          <Notice tone="error">{t('profile.fixErrors', { count: problems.length })}</Notice>
        )}
        {error && problems.length === 0 && <ErrorNotice error={error} />}
        {done && <Notice>{t('profile.saved')}</Notice>}
        {!readOnly && (
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={!dirty || loading}
              onClick={() => setDraft(saved)}
            >
              {t('profile.reset')}
            </button>
            <button type="submit" className="button button-primary" disabled={!dirty || loading}>
              {loading ? t('common.saving') : t('common.save')}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
