import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../graphql/generated';
import { fieldErrorsByName } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { AuthLayout } from './AuthLayout';
import { ErrorNotice } from '../../ui/ErrorNotice';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresIn
      refreshToken
    }
  }
`);

/** Only paths of this app, never another site, after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const { viewer, expired, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LOGIN);
  const next = safeNext(params.get('next'));
  const notice = params.get('notice');
  if (viewer) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { email: email.trim(), password } }).catch(() => null);
    if (!result?.data) return;
    await signIn(result.data.login);
    navigate(next, { replace: true });
  };
  const fields = fieldErrorsByName(error, '');
  return (
    <AuthLayout title={t('auth.signInTitle')}>
      {notice === 'deleted' && <Notice tone="info">{t('auth.notice.deleted')}</Notice>}
      {notice === 'everywhere' && <Notice tone="info">{t('auth.notice.everywhere')}</Notice>}
      {expired && !notice && <Notice tone="info">{t('auth.expired')}</Notice>}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fields.email}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={fields.password}
        />
        {error && !Object.keys(fields).length && <ErrorNotice error={error} />}
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {loading ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="auth-aside">
        <Link to="/forgot-password">{t('auth.forgotLink')}</Link>
      </p>
    </AuthLayout>
  );
}
