import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { ProfileForm } from './ProfileForm';
import { EDITABLE_PROFILE } from './profile.graphql';
import { draftOf } from './profile-draft';

/** The company profile form: a company admin edits their own company, staff any (`/staff/companies/:id/edit`). */
export function ProfileEditPage() {
  const { t } = useI18n();
  const params = useParams();
  const { viewer, isStaff } = useSession();
  const companyId = params.id ?? viewer?.company?.id;
  const { data, error, refetch } = useQuery(EDITABLE_PROFILE, {
    variables: { id: companyId ?? '' },
    skip: !companyId,
    fetchPolicy: 'network-only',
  });
  if (!companyId) return <EmptyState title={t('profile.noCompany')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const canEdit = isStaff || viewer?.role === 'COMPANY_ADMIN';
  return (
    <div className="page page-narrow">
      <PageHeader title={t('profile.title')} lead={data?.company?.name ?? '\u00a0'} />
      {!canEdit && <p className="notice notice-info">{t('profile.adminsOnly')}</p>}
      {!data ? (
        <Skeleton lines={14} height="40rem" />
      ) : !data.company ? (
        <EmptyState title={t('company.notFound')} />
      ) : (
        <ProfileForm
          key={data.company.id}
          companyId={params.id ? data.company.id : undefined}
          initial={draftOf(data.company)}
          consentAt={data.company.matchmakingConsentAt ?? null}
          readOnly={!canEdit}
        />
      )}
    </div>
  );
}
