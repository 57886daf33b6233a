import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldErrorsByName } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageState';
import { CHANGE_PASSWORD, DELETE_MY_ACCOUNT, MY_DATA, SIGN_OUT_EVERYWHERE } from './account.graphql';
import { NewPasswordFields } from './NewPasswordFields';

/** Hands the browser a file made here (no request of its own). */
function saveJson(data: unknown, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The person's own account: password, sessions, their data, and leaving Passerelle. */
export function AccountPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('account.title')} lead={viewer?.email} />
      <ChangePasswordPanel />
      <SessionsPanel />
      <DataPanel />
      <DeletePanel />
    </div>
  );
}

function ChangePasswordPanel() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);
  const [change, { loading, error }] = useMutation(CHANGE_PASSWORD);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    setMismatch(next !== confirm);
    if (next !== confirm) return;
    const result = await change({ variables: { currentPassword: current, newPassword: next } }).catch(
      () => null,
    );
    if (!result?.data) return;
    // The old tokens stopped working with the old password: carry on with the new ones.
    await signIn(result.data.changePassword);
    setCurrent('');
    setNext('');
    setConfirm('');
    setChanged(true);
  };
  const fields = fieldErrorsByName(error, '');
  return (
    <section className="panel" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.passwordTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          errors={fields.currentPassword}
        />
        <NewPasswordFields
          label="account.newPassword"
          confirmLabel="account.confirmPassword"
          password={next}
          confirm={confirm}
          onPassword={setNext}
          onConfirm={setConfirm}
          errors={fields.newPassword}
          mismatch={mismatch}
        />
        {error && !Object.keys(fields).length && <ErrorNotice error={error} />}
        {changed && <Notice>{t('account.passwordChanged')}</Notice>}
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

function SessionsPanel() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [everywhere, { loading, error }] = useMutation(SIGN_OUT_EVERYWHERE);
  const run = async () => {
    const result = await everywhere().catch(() => null);
    if (!result?.data) return;
    await signOut();
    navigate('/sign-in?notice=everywhere', { replace: true });
  };
  return (
    <section className="panel" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessionsTitle')}</h2>
      <p>{t('account.sessionsLead')}</p>
      {error && <ErrorNotice error={error} />}
      <button type="button" className="button" disabled={loading} onClick={() => void run()}>
        {t('account.signOutEverywhere')}
      </button>
    </section>
  );
}

function DataPanel() {
  const { t } = useI18n();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await client.query({ query: MY_DATA, fetchPolicy: 'network-only' });
      if (result.error) throw result.error;
      saveJson(result.data?.myData, `passerelle-my-data-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="account-data">
      <h2 id="account-data">{t('account.dataTitle')}</h2>
      <p>{t('account.dataLead')}</p>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" className="button" disabled={busy} onClick={() => void download()}>
        {busy ? t('account.downloading') : t('account.download')}
      </button>
    </section>
  );
}

function DeletePanel() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [erase, { loading, error }] = useMutation(DELETE_MY_ACCOUNT);
  const run = async () => {
    const result = await erase().catch(() => null);
    if (!result?.data) return;
    await signOut();
    navigate('/sign-in?notice=deleted', { replace: true });
  };
  return (
    <section className="panel" aria-labelledby="account-delete">
      <h2 id="account-delete">{t('account.deleteTitle')}</h2>
      <p>{t('account.deleteLead')}</p>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('account.delete')}
      </button>
      {confirming && (
        <Dialog title={t('account.deleteConfirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('account.deleteConfirm')}</p>
          {error && <ErrorNotice error={error} />}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={loading}
              onClick={() => void run()}
            >
              {t('account.deleteForGood')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
