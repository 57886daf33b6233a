// The API's own password rule, so the hint and the API's error say the same length. The file
// itself, not @app/auth: the library's index brings server code the browser bundle must not.
// eslint-disable-next-line house/public-index-only
import { PASSWORD_MIN_LENGTH } from '../../../../../libs/auth/src/password-rule';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { TextField } from '../../ui/fields';

/**
 * A new password and its confirmation, as every form that sets one asks for them: the rule the
 * API checks as the hint, the API's messages under the password, and a word when the two differ.
 */
export function NewPasswordFields({
  label,
  confirmLabel,
  password,
  confirm,
  onPassword,
  onConfirm,
  errors,
  mismatch,
}: {
  label: MessageKey;
  confirmLabel: MessageKey;
  password: string;
  confirm: string;
  onPassword(value: string): void;
  onConfirm(value: string): void;
  errors?: string[];
  mismatch: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t(label)}
        hint={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        errors={errors}
      />
      <TextField
        label={t(confirmLabel)}
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        errors={mismatch ? [t('reset.mismatch')] : undefined}
      />
    </>
  );
}
