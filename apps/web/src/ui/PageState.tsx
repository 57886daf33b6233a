import type { ReactNode } from 'react';
import { apiMessage } from '../graphql/errors';
import { useI18n } from '../i18n/i18n-context';

/** Grey blocks in the shape of what is coming, so nothing jumps when the data arrives. */
export function Skeleton({ lines = 3, height }: { lines?: number; height?: string }) {
  return (
    <div className="skeleton" aria-hidden="true" style={height ? { minHeight: height } : undefined}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" />
      ))}
    </div>
  );
}

/** A detail page (an event, a mission) on its way: its header, then its body. */
export function DetailPageSkeleton() {
  return (
    <div className="page page-narrow">
      <Skeleton lines={2} height="4rem" />
      <Skeleton lines={8} height="20rem" />
    </div>
  );
}

export function SkeletonCards({ count = 3 }: { count?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="card-list">
      <span className="visually-hidden">{t('common.loading')}</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card card-skeleton">
          <Skeleton lines={4} />
        </div>
      ))}
    </div>
  );
}

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" className="page-loading">
      <span className="spinner" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="state state-error">
      <p className="state-title">{t('common.errorTitle')}</p>
      <p>{apiMessage(error) ?? t('common.networkError')}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

export function PageHeader({
  title,
  lead,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
