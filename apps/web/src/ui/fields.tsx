import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrame {
  label: string;
  hint?: ReactNode;
  errors?: string[];
}

/** The label, hint and the API's messages for one form field, wired for screen readers. */
function Frame({ id, label, hint, errors, children }: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <div className={`field${errors?.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

function describedBy(id: string, hint: unknown, errors?: string[]): string | undefined {
  return (
    [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

export function TextField({
  label,
  hint,
  errors,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </Frame>
  );
}

export function TextAreaField({
  label,
  hint,
  errors,
  maxLength,
  value,
  ...input
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <textarea
        id={id}
        value={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
      {maxLength !== undefined && (
        <p className={`counter${value.length > maxLength ? ' counter-over' : ''}`} aria-live="polite">
          {value.length} / {maxLength}
        </p>
      )}
    </Frame>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}

export function CheckboxField({
  label,
  hint,
  errors,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className={`field field-checkbox${errors?.length ? ' field-invalid' : ''}`}>
      <input id={id} type="checkbox" aria-describedby={describedBy(id, hint, errors)} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
