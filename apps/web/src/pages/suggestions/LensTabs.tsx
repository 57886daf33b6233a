import type { KeyboardEvent } from 'react';
import type { SuggestionLens } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';

export const LENSES: SuggestionLens[] = ['ALL', 'THEY_OFFER_WHAT_WE_SEEK', 'THEY_SEEK_WHAT_WE_OFFER'];

/** The id of the panel the lens tabs control. */
export const LENS_PANEL = 'suggestions-panel';
export const lensTabId = (lens: SuggestionLens) => `lens-${lens}`;

/** Tabs choosing why to meet partners: both ways, they help us, we help them (arrow keys move between them). */
export function LensTabs({
  value,
  onChange,
}: {
  value: SuggestionLens;
  onChange(lens: SuggestionLens): void;
}) {
  const { t } = useI18n();
  const move = (event: KeyboardEvent, from: SuggestionLens) => {
    const index = LENSES.indexOf(from);
    const next =
      event.key === 'ArrowRight'
        ? LENSES[(index + 1) % LENSES.length]
        : event.key === 'ArrowLeft'
          ? LENSES[(index + LENSES.length - 1) % LENSES.length]
          : event.key === 'Home'
            ? LENSES[0]
            : event.key === 'End'
              ? LENSES[LENSES.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(lensTabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label={t('feed.lenses')} className="tabs">
      {LENSES.map((lens) => (
        <button
          key={lens}
          type="button"
          role="tab"
          id={lensTabId(lens)}
          aria-selected={value === lens}
          aria-controls={LENS_PANEL}
          tabIndex={value === lens ? 0 : -1}
          className="tab"
          onClick={() => onChange(lens)}
          onKeyDown={(event) => move(event, lens)}
        >
          {t(`feed.lens.${lens}`)}
        </button>
      ))}
    </div>
  );
}
