import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogue';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

const MEMBER_LINKS: [string, MessageKey][] = [
  ['/suggestions', 'nav.suggestions'],
  ['/companies', 'nav.directory'],
  ['/requests', 'nav.requests'],
  ['/meetings', 'nav.meetings'],
  ['/events', 'nav.events'],
  ['/missions', 'missions.nav'],
  ['/profile', 'nav.profile'],
];

const STAFF_LINKS: [string, MessageKey][] = [
  ['/staff/companies', 'nav.staffCompanies'],
  ['/staff/import', 'nav.staffImport'],
  ['/staff/matching', 'nav.staffMatching'],
  ['/staff/events', 'nav.events'],
  ['/staff/reports', 'nav.staffReports'],
  ['/missions', 'missions.nav'],
];

/** The frame of every signed-in page: navigation, notifications, language and account. */
export function AppShell() {
  const { t } = useI18n();
  const { viewer, isStaff } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const links = isStaff ? STAFF_LINKS : MEMBER_LINKS;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Passerelle</span>
        </NavLink>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <nav id="main-nav" aria-label={t('nav.label')} className={menuOpen ? 'main-nav open' : 'main-nav'}>
          <ul>
            {viewer &&
              links.map(([to, key]) => (
                <li key={to}>
                  <NavLink to={to} onClick={() => setMenuOpen(false)}>
                    {t(key)}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="topbar-tools">
          {viewer && <NotificationBell />}
          <LanguageSwitch />
          {viewer && <UserMenu />}
        </div>
      </header>
      <main id="main" tabIndex={-1} key={location.pathname}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer.associations')}</p>
      </footer>
    </div>
  );
}
