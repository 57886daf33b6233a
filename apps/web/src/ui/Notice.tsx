import type { ReactNode } from 'react';

/** A short message after an action; read out by screen readers as it appears. */
export function Notice({
  tone = 'success',
  children,
}: {
  tone?: 'success' | 'error' | 'info';
  children: ReactNode;
}) {
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`notice notice-${tone}`}>
      {children}
    </p>
  );
}
