// The list of errors at the top of a step: each links to its field and moves the focus there.
import { useTranslation } from 'react-i18next';
import { useErrorTitle } from '../../../../shared/hooks/use-page-title.ts';
import { Alert } from '../../../../shared/ui/notice.tsx';
import type { Field, FieldErrors } from '../utils/form.ts';
import { errorText } from '../utils/messages.ts';

export const fieldAnchor = (f: Field) => `field-${f}`;

/** Focuses the field's input (or first radio / select) so that typing can resume at once. */
export function focusField(f: Field) {
  document.querySelector<HTMLElement>(`#${fieldAnchor(f)} :is(input, select, textarea)`)?.focus();
}

export function ErrorSummary({
  errors,
  order,
}: {
  readonly errors: FieldErrors;
  readonly order: readonly Field[];
}) {
  const { t } = useTranslation('procedures-tell-us-once');
  const shown = order.filter((f) => errors[f]);
  useErrorTitle(shown.length > 0);
  if (shown.length === 0) return null;
  return (
    <Alert severity="error" title={t('errors.summaryTitle')}>
      <ul>
        {shown.map((f) => (
          <li key={f}>
            <a
              href={`#${fieldAnchor(f)}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(f);
              }}
            >
              {errorText(t, errors[f] ?? '')}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
