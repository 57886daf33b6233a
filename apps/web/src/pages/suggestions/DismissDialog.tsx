import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/fields';
import { DISMISS_SUGGESTION } from './suggestions.graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';

/** The reasons people give, sent as stable codes so staff can count them in any language. */
const REASONS: [string, MessageKey][] = [
  ['NOT_RELEVANT', 'dismiss.notRelevant'],
  ['ALREADY_IN_CONTACT', 'dismiss.alreadyInContact'],
  ['NOT_NOW', 'dismiss.notNow'],
  ['OTHER', 'dismiss.otherReason'],
];

export function DismissDialog({
  partner,
  onClose,
  onDismissed,
}: {
  partner: { id: string; name: string };
  onClose(): void;
  onDismissed(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('NOT_RELEVANT');
  const [detail, setDetail] = useState('');
  const [dismiss, { loading, error }] = useMutation(DISMISS_SUGGESTION);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason === 'OTHER' && detail.trim() ? `OTHER: ${detail.trim()}` : reason;
    const result = await dismiss({ variables: { partnerId: partner.id, reason: text } }).catch(() => null);
    if (result?.data) onDismissed();
  };
  return (
    <Dialog title={t('dismiss.title', { name: partner.name })} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset className="field">
          <legend>{t('dismiss.why')}</legend>
          {REASONS.map(([code, label]) => (
            <label key={code} className="radio">
              <input
                type="radio"
                name="reason"
                value={code}
                checked={reason === code}
                onChange={() => setReason(code)}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
        {reason === 'OTHER' && (
          <TextAreaField
            label={t('dismiss.detail')}
            value={detail}
            maxLength={500}
            onChange={(e) => setDetail(e.target.value)}
          />
        )}
        <p className="hint">{t('dismiss.hint')}</p>
        {error && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('dismiss.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
