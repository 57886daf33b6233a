import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { REQUEST_PASSWORD_RESET } from './account.graphql';
import { AuthLayout } from './AuthLayout';

/**
 * Asks for a reset link. The page says the same thing whatever the API answered, so it never
 * tells who has an account (the API answers `true` for any address anyway).
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!address) return;
    await request({ variables: { email: address } }).catch(() => null);
    setSentTo(address);
  };
  return (
    <AuthLayout title={t('forgot.title')}>
      {sentTo ? (
        <Notice tone="info">{t('forgot.sent', { email: sentTo })}</Notice>
      ) : (
        <>
          <p>{t('forgot.lead')}</p>
          <form onSubmit={submit} noValidate>
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <button type="submit" className="button button-primary button-block" disabled={loading}>
              {loading ? t('forgot.sending') : t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="auth-aside">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}
