import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CompanyFilter, Province } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { CodeOptions } from '../../taxonomy/CodeOptions';
import { labelOf } from '../../taxonomy/taxonomy';
import { EmptyState, ErrorState, PageHeader, Skeleton } from '../../ui/PageState';
import { useDebounced } from '../../ui/useDebounced';
import { STAFF_COMPANIES } from './staff.graphql';

const PAGE = 25;

/** Every member company of both associations, searchable in French and English. */
export function StaffCompaniesPage() {
  const { t, locale, plural } = useI18n();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<CompanyFilter>({});
  const searched = useDebounced(search);
  const query = useQuery(STAFF_COMPANIES, {
    variables: { first: PAGE, filter: { ...filter, search: searched.trim() || undefined } },
    notifyOnNetworkStatusChange: true,
  });
  const { error, loading, refetch, fetchMore } = query;
  // While a search runs, the current rows stay (dimmed) instead of jumping to a skeleton.
  const data = query.data ?? query.previousData;
  const connection = data?.companies;
  const choose = (field: keyof CompanyFilter, value: string) =>
    setFilter((f) => ({ ...f, [field]: value || undefined }));
  return (
    <div className="page">
      <PageHeader
        title={t('staff.companiesTitle')}
        lead={connection ? plural('staff.companiesCount', connection.totalCount) : '\u00a0'}
        actions={
          <Link className="button" to="/staff/import">
            {t('nav.staffImport')}
          </Link>
        }
      />
      <form
        className="filters"
        role="search"
        aria-label={t('staff.companiesSearch')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="filter filter-wide">
          <span>{t('common.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('staff.searchHint')}
          />
        </label>
        <label className="filter">
          <span>{t('staff.province')}</span>
          <select
            value={filter.province ?? ''}
            onChange={(e) =>
              setFilter((f) => ({ ...f, province: (e.target.value || undefined) as Province | undefined }))
            }
          >
            <CodeOptions list="provinces" empty={t('common.allFeminine')} sorted={false} />
          </select>
        </label>
        <label className="filter">
          <span>{t('feed.filterSector')}</span>
          <select value={filter.sector ?? ''} onChange={(e) => choose('sector', e.target.value)}>
            <CodeOptions list="sectors" empty={t('common.all')} />
          </select>
        </label>
        <label className="filter">
          <span>{t('feed.filterArea')}</span>
          <select
            value={filter.therapeuticArea ?? ''}
            onChange={(e) => choose('therapeuticArea', e.target.value)}
          >
            <CodeOptions list="therapeuticAreas" empty={t('common.all')} />
          </select>
        </label>
      </form>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton lines={12} height="30rem" />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('staff.noCompanies')} />
      ) : (
        <div className={loading ? 'table-wrap refreshing' : 'table-wrap'} aria-busy={loading}>
          <table className="table">
            <caption className="visually-hidden">{t('staff.companiesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.company')}</th>
                <th scope="col">{t('staff.province')}</th>
                <th scope="col">{t('profile.sectors')}</th>
                <th scope="col">{t('staff.memberships')}</th>
                <th scope="col">{t('staff.matchmaking')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: c }) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/staff/companies/${c.id}`}>{c.name}</Link>
                    <span className="muted block">{c.externalId}</span>
                  </th>
                  <td>{[c.city, labelOf('provinces', c.province, locale)].filter(Boolean).join(', ')}</td>
                  <td>{c.sectors.map((s) => s.label).join(', ')}</td>
                  <td>
                    {c.memberships
                      .map(
                        (m) =>
                          `${labelOf('associations', m.association, locale)}${m.active ? '' : ` (${t('staff.expired')})`}`,
                      )
                      .join(', ')}
                  </td>
                  <td>{c.matchmakingOptIn ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button-block"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {t('common.loadMore')}
        </button>
      )}
    </div>
  );
}
