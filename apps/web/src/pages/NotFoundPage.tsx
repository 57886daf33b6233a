import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { EmptyState } from '../ui/PageState';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <EmptyState title={t('notFound.title')}>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </EmptyState>
    </div>
  );
}
