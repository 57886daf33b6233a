import { useI18n } from '../i18n/i18n-context';
import { optionsOf, type CodeList } from './taxonomy';

/**
 * The options of a select over one code list: the empty choice first (its label says what empty
 * means here), then the codes labelled in the reader's language, alphabetical unless `sorted` is off.
 */
export function CodeOptions({
  list,
  empty,
  sorted = true,
}: {
  list: CodeList;
  empty: string;
  sorted?: boolean;
}) {
  const { locale } = useI18n();
  return (
    <>
      <option value="">{empty}</option>
      {optionsOf(list, locale, sorted).map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </>
  );
}
