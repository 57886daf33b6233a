import type { CompanyFilter, Province } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { CodeOptions } from '../../taxonomy/CodeOptions';
import type { CodeList } from '../../taxonomy/taxonomy';
import { FieldErrors } from '../../ui/fields';

type CodeFilter = Exclude<keyof CompanyFilter, 'search' | 'province'>;

/** Each filter with its "all" option, agreeing in French with the label (« Modalité : Toutes »). */
const FILTERS: [CodeFilter, CodeList, MessageKey, MessageKey][] = [
  ['sector', 'sectors', 'feed.filterSector', 'common.all'],
  ['therapeuticArea', 'therapeuticAreas', 'feed.filterArea', 'common.all'],
  ['modality', 'modalities', 'directory.filterModality', 'common.allFeminine'],
  ['offers', 'capabilities', 'directory.filterOffers', 'common.allFeminine'],
  ['seeks', 'capabilities', 'directory.filterSeeks', 'common.allFeminine'],
];

/** Full-text search (French and English, accents ignored) and the taxonomy filters. */
export function DirectoryFilters({
  search,
  onSearch,
  filter,
  onChange,
  searchErrors,
}: {
  search: string;
  onSearch(text: string): void;
  filter: CompanyFilter;
  onChange(filter: CompanyFilter): void;
  searchErrors: string[];
}) {
  const { t } = useI18n();
  const active = search.trim() !== '' || Object.values(filter).some(Boolean);
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('directory.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className={`filter filter-wide${searchErrors.length ? ' field-invalid' : ''}`}>
        <span>{t('directory.search')}</span>
        <input
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          placeholder={t('directory.searchHint')}
          aria-invalid={searchErrors.length > 0 || undefined}
          aria-describedby={searchErrors.length ? 'directory-search-error' : undefined}
        />
        <FieldErrors id="directory-search-error" errors={searchErrors} />
      </label>
      <label className="filter">
        <span>{t('directory.filterProvince')}</span>
        <select
          value={filter.province ?? ''}
          onChange={(e) =>
            onChange({ ...filter, province: (e.target.value || undefined) as Province | undefined })
          }
        >
          <CodeOptions list="provinces" empty={t('common.allFeminine')} sorted={false} />
        </select>
      </label>
      {FILTERS.map(([field, list, label, all]) => (
        <label key={field} className="filter">
          <span>{t(label)}</span>
          <select
            value={filter[field] ?? ''}
            onChange={(e) => onChange({ ...filter, [field]: e.target.value || undefined })}
          >
            <CodeOptions list={list} empty={t(all)} />
          </select>
        </label>
      ))}
      {active && (
        <button
          type="button"
          className="button-link filter-reset"
          onClick={() => {
            onSearch('');
            onChange({});
          }}
        >
          {t('common.clearFilters')}
        </button>
      )}
    </form>
  );
}
