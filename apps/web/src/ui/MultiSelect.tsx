import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { FieldErrors } from './fields';

export interface Option {
  code: string;
  label: string;
}

/** Lower case without accents, so that « therapie » finds « Thérapie ». */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  value: string[];
  onChange(value: string[]): void;
  errors?: string[];
  hint?: string;
}

/**
 * A searchable multi-select (ARIA combobox with a multi-selectable listbox): type to filter,
 * arrows to move, Enter to pick or drop, Escape to close; the picks show as removable chips.
 */
export function MultiSelect({ label, options, value, onChange, errors, hint }: MultiSelectProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const labelOf = useMemo(() => new Map(options.map((o) => [o.code, o.label])), [options]);
  const shown = useMemo(() => {
    const needle = searchable(query.trim());
    return needle ? options.filter((o) => searchable(o.label).includes(needle)) : options;
  }, [options, query]);

  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length ? (i + step + shown.length) % shown.length : 0));
    } else if (event.key === 'Enter' && open && shown[active]) {
      event.preventDefault();
      toggle(shown[active].code);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && !query && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field multiselect${errors?.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <ul className="chips" aria-label={t('multiselect.selected', { label })}>
        {value.map((code) => (
          <li key={code} className="chip">
            <span>{labelOf.get(code) ?? code}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('multiselect.remove', { item: labelOf.get(code) ?? code })}
              onClick={() => toggle(code)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combobox" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
        <input
          id={id}
          ref={input}
          role="combobox"
          type="text"
          autoComplete="off"
          placeholder={t('multiselect.placeholder')}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && shown[active] ? `${id}-${shown[active].code}` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy || undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        {open && (
          <ul id={listId} role="listbox" aria-multiselectable="true" aria-label={label} className="listbox">
            {shown.length === 0 && <li className="listbox-empty">{t('multiselect.noMatch')}</li>}
            {shown.map((option, i) => (
              <li
                key={option.code}
                id={`${id}-${option.code}`}
                role="option"
                aria-selected={value.includes(option.code)}
                className={i === active ? 'option option-active' : 'option'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  toggle(option.code);
                  input.current?.focus();
                }}
              >
                <span className="option-check" aria-hidden="true">
                  {value.includes(option.code) ? '✓' : ''}
                </span>
                {option.label}
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
