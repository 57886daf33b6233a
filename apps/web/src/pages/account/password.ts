// The API's own password rule, so the hint and the API's error say the same length. The file
// itself, not @app/auth: the library's index brings server code the browser bundle must not.
// eslint-disable-next-line house/public-index-only
import { PASSWORD_MIN_LENGTH } from '../../../../../libs/auth/src/password-rule';
import { useI18n } from '../../i18n/i18n-context';

/** "At least 10 characters, …", from the rule the API checks. */
export function usePasswordHint(): string {
  const { t } = useI18n();
  return t('password.hint', { min: PASSWORD_MIN_LENGTH });
}
