import { Link, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';

export function UserMenu() {
  const { t } = useI18n();
  const { viewer, signOut } = useSession();
  const navigate = useNavigate();
  if (!viewer) return null;
  return (
    <details className="user-menu">
      <summary>
        <span className="avatar" aria-hidden="true">
          {viewer.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-name">{viewer.name}</span>
      </summary>
      <div className="user-menu-panel">
        <p className="muted">{viewer.company?.name ?? t(`role.${viewer.role}`)}</p>
        <Link to="/settings">{t('nav.settings')}</Link>
        <Link to="/account">{t('nav.account')}</Link>
        <button
          type="button"
          className="button-link"
          onClick={async () => {
            await signOut();
            navigate('/sign-in');
          }}
        >
          {t('nav.signOut')}
        </button>
      </div>
    </details>
  );
}
