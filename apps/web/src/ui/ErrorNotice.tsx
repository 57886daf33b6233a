import { apiMessage } from '../graphql/errors';
import { useI18n } from '../i18n/i18n-context';
import { Notice } from './Notice';

/** A failed call, said once: the API's own message in the reader's language, or that the network failed. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  return <Notice tone="error">{apiMessage(error) ?? t('common.networkError')}</Notice>;
}
