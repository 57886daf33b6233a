import type { SuggestionFilter } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { CodeOptions } from '../../taxonomy/CodeOptions';
import type { CodeList } from '../../taxonomy/taxonomy';

/** Each filter with its "all" option, agreeing in French with the label (« Compétence : Toutes »). */
const FILTERS: [keyof SuggestionFilter, CodeList, MessageKey, MessageKey][] = [
  ['sector', 'sectors', 'feed.filterSector', 'common.all'],
  ['therapeuticArea', 'therapeuticAreas', 'feed.filterArea', 'common.all'],
  ['capability', 'capabilities', 'feed.filterCapability', 'common.allFeminine'],
  ['partnershipType', 'partnershipTypes', 'feed.filterPartnership', 'common.all'],
];

/** Narrows the feed by the taxonomy (SuggestionFilter); each choice refetches at once. */
export function SuggestionFilters({
  value,
  onChange,
}: {
  value: SuggestionFilter;
  onChange(v: SuggestionFilter): void;
}) {
  const { t } = useI18n();
  const active = Object.values(value).some(Boolean);
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('feed.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      {FILTERS.map(([field, list, label, all]) => (
        <label key={field} className="filter">
          <span>{t(label)}</span>
          <select
            value={value[field] ?? ''}
            onChange={(e) => onChange({ ...value, [field]: e.target.value || undefined })}
          >
            <CodeOptions list={list} empty={t(all)} />
          </select>
        </label>
      ))}
      {active && (
        <button type="button" className="button-link filter-reset" onClick={() => onChange({})}>
          {t('common.clearFilters')}
        </button>
      )}
    </form>
  );
}
