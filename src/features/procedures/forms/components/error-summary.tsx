// The list of errors at the top of the form: each links to its field and moves the focus there.
import { useTranslation } from 'react-i18next';
import { useErrorTitle } from '../../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../../shared/ui/notice.tsx';
import { fieldAnchor, focusField, type FieldErrors } from '../lib/errors.ts';

export function ErrorSummary({
  errors,
  line,
}: {
  readonly errors: FieldErrors;
  /** The line of one field, naming it, so that each reads on its own. */
  readonly line: (field: string, key: string) => string;
}) {
  const { t } = useTranslation('procedures-forms');
  const shown = Object.entries(errors);
  useErrorTitle(shown.length > 0);
  if (shown.length === 0) return null;
  return (
    <Alert severity="error" title={t('errors.summaryTitle')} live>
      <ul>
        {shown.map(([field, key]) => (
          <li key={field}>
            <a
              href={`#${fieldAnchor(field)}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(field);
              }}
            >
              {line(field, key)}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
