import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../graphql/generated';
import { fieldErrorsByName } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { TextField } from '../../ui/fields';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './NewPasswordFields';
import { ErrorNotice } from '../../ui/ErrorNotice';

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $name: String) {
    acceptInvitation(token: $token, password: $password, name: $name) {
      accessToken
      expiresIn
      refreshToken
    }
  }
`);

/** The link of an invitation email: the person chooses a password and is signed in. */
export function InvitationPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [accept, { loading, error }] = useMutation(ACCEPT_INVITATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    const result = await accept({ variables: { token, password, name: name.trim() || null } }).catch(
      () => null,
    );
    if (!result?.data) return;
    await signIn(result.data.acceptInvitation);
    navigate('/', { replace: true });
  };
  const fields = fieldErrorsByName(error, '');
  return (
    <AuthLayout title={t('invitation.title')}>
      <p>{t('invitation.lead')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('invitation.name')}
          hint={t('invitation.nameHint')}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={fields.name}
        />
        <NewPasswordFields
          label="invitation.password"
          confirmLabel="invitation.confirm"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={fields.password}
          mismatch={mismatch}
        />
        {error && !Object.keys(fields).length && <ErrorNotice error={error} />}
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {t('invitation.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
