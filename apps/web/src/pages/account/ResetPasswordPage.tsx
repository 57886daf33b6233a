import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsByName } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Notice } from '../../ui/Notice';
import { RESET_PASSWORD } from './account.graphql';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './NewPasswordFields';

/** The link of a reset email (`/reset-password?token=…`): a new password, and signed in at once. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [reset, { loading, error }] = useMutation(RESET_PASSWORD);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    const result = await reset({ variables: { token, password } }).catch(() => null);
    if (!result?.data) return;
    await signIn(result.data.resetPassword);
    navigate('/', { replace: true });
  };
  const fields = fieldErrorsByName(error, '');
  return (
    <AuthLayout title={t('reset.title')}>
      {!token ? (
        <Notice tone="error">{t('reset.incomplete')}</Notice>
      ) : (
        <>
          <p>{t('reset.lead')}</p>
          <form onSubmit={submit} noValidate>
            <NewPasswordFields
              label="reset.password"
              confirmLabel="reset.confirm"
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              errors={fields.password}
              mismatch={mismatch}
            />
            {error && !Object.keys(fields).length && <ErrorNotice error={error} />}
            <button type="submit" className="button button-primary button-block" disabled={loading}>
              {t('reset.submit')}
            </button>
          </form>
        </>
      )}
      <p className="auth-aside">
        <Link to="/forgot-password">{t('reset.askAgain')}</Link>
      </p>
    </AuthLayout>
  );
}
