import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AppShell } from '../layout/AppShell';
import { AccountPage } from '../pages/account/AccountPage';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage';
import { CompanyPage } from '../pages/company/CompanyPage';
import { DirectoryPage } from '../pages/directory/DirectoryPage';
import { EventPage } from '../pages/events/EventPage';
import { EventsPage } from '../pages/events/EventsPage';
import { InvitationPage } from '../pages/account/InvitationPage';
import { MeetingsPage } from '../pages/meetings/MeetingsPage';
import { MissionPage } from '../pages/missions/MissionPage';
import { MissionsPage } from '../pages/missions/MissionsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import { ProfileEditPage } from '../pages/profile/ProfileEditPage';
import { RequestsPage } from '../pages/meetings/RequestsPage';
import { SettingsPage } from '../pages/account/SettingsPage';
import { SignInPage } from '../pages/account/SignInPage';
import { SuggestionsPage } from '../pages/suggestions/SuggestionsPage';
import { PageLoading } from '../ui/PageState';
import { useSession } from '../session/session-context';

// Staff pages load on first visit: members never download them.
const StaffCompaniesPage = lazy(() =>
  import('../pages/staff/StaffCompaniesPage').then((m) => ({ default: m.StaffCompaniesPage })),
);
const StaffCompanyPage = lazy(() =>
  import('../pages/staff/StaffCompanyPage').then((m) => ({ default: m.StaffCompanyPage })),
);
const ImportPage = lazy(() => import('../pages/staff/ImportPage').then((m) => ({ default: m.ImportPage })));
const MatchingRunPage = lazy(() =>
  import('../pages/staff/MatchingRunPage').then((m) => ({ default: m.MatchingRunPage })),
);
const StaffMissionPage = lazy(() =>
  import('../pages/staff/StaffMissionPage').then((m) => ({ default: m.StaffMissionPage })),
);
const StaffEventsPage = lazy(() =>
  import('../pages/staff/StaffEventsPage').then((m) => ({ default: m.StaffEventsPage })),
);
const EventEditPage = lazy(() =>
  import('../pages/staff/EventEditPage').then((m) => ({ default: m.EventEditPage })),
);
const StaffReportsPage = lazy(() =>
  import('../pages/staff/StaffReportsPage').then((m) => ({ default: m.StaffReportsPage })),
);
const StaffEventPage = lazy(() =>
  import('../pages/staff/StaffEventPage').then((m) => ({ default: m.StaffEventPage })),
);

function RequireSignIn({ staff = false, children }: { staff?: boolean; children: ReactNode }) {
  const { viewer, loading, isStaff } = useSession();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (!viewer)
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  if (staff && !isStaff) return <NotFoundPage />;
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

function Home() {
  const { isStaff } = useSession();
  return <Navigate to={isStaff ? '/staff/companies' : '/suggestions'} replace />;
}

/** Every page of the app; signed-out visitors are sent to sign in and brought back afterwards. */
export function App() {
  const member = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;
  const staff = (page: ReactNode) => <RequireSignIn staff>{page}</RequireSignIn>;
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route element={<AppShell />}>
        <Route index element={member(<Home />)} />
        <Route path="suggestions" element={member(<SuggestionsPage />)} />
        <Route path="companies" element={member(<DirectoryPage />)} />
        <Route path="companies/:id" element={member(<CompanyPage />)} />
        <Route path="requests" element={member(<RequestsPage />)} />
        <Route path="meetings" element={member(<MeetingsPage />)} />
        <Route path="notifications" element={member(<NotificationsPage />)} />
        <Route path="profile" element={member(<ProfileEditPage />)} />
        <Route path="events" element={member(<EventsPage />)} />
        <Route path="events/:id" element={member(<EventPage />)} />
        <Route path="missions" element={member(<MissionsPage />)} />
        <Route path="missions/:id" element={member(<MissionPage />)} />
        <Route path="settings" element={member(<SettingsPage />)} />
        <Route path="account" element={member(<AccountPage />)} />
        <Route path="staff/companies" element={staff(<StaffCompaniesPage />)} />
        <Route path="staff/companies/:id" element={staff(<StaffCompanyPage />)} />
        <Route path="staff/companies/:id/edit" element={staff(<ProfileEditPage />)} />
        <Route path="staff/import" element={staff(<ImportPage />)} />
        <Route path="staff/matching" element={staff(<MatchingRunPage />)} />
        <Route path="staff/events" element={staff(<StaffEventsPage />)} />
        <Route path="staff/events/new" element={staff(<EventEditPage />)} />
        <Route path="staff/events/:id" element={staff(<StaffEventPage />)} />
        <Route path="staff/events/:id/edit" element={staff(<EventEditPage />)} />
        <Route path="staff/reports" element={staff(<StaffReportsPage />)} />
        <Route path="staff/missions/:id" element={staff(<StaffMissionPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
