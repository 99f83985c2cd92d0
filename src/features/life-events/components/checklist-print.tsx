// "Imprimer la liste des démarches": the event's steps by deadline as a paper checklist (a box to
// tick per step, what to bring, the address to go to), printed alone. Offered where the device
// may print: a personal device, or a kiosk whose reception area has a printer.
import { useTranslation } from 'react-i18next';
import {
  linkById,
  localize,
  organisationById,
  type LifeEvent,
} from '../../../shared/content/index.ts';
import { useMayPrint } from '../../../shared/hooks/use-device-capabilities.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { CheckItem, usePrintSheet } from '../../../shared/ui/print-sheet.tsx';

function ChecklistSheet({ event, lang }: { readonly event: LifeEvent; readonly lang: string }) {
  const { t } = useTranslation(['kiosk-tools', 'life-events']);
  return (
    <>
      <h1>{t('print.checklistTitle', { title: localize(event.title, lang) })}</h1>
      <p>{t('print.printedOn', { date: new Date().toLocaleDateString(lang) })}</p>
      {event.timeline.map((g) => (
        <section key={g.deadline.fr}>
          <h2>{localize(g.deadline, lang)}</h2>
          <ul>
            {g.steps.map((s) => {
              const link = linkById(s.link);
              return (
                <CheckItem key={s.title.fr}>
                  <strong>{localize(s.title, lang)}</strong>
                  {' — '}
                  {t('life-events:stepWith', {
                    organisation: s.organisation
                      ? (organisationById(s.organisation)?.shortName ?? s.organisation)
                      : s.professional && localize(s.professional, lang),
                  })}
                  {s.documents.length > 0 ? (
                    <>
                      <br />
                      {t('life-events:documents')}{' '}
                      {s.documents.map((d) => localize(d, lang)).join(' ; ')}
                    </>
                  ) : null}
                  {link ? (
                    <>
                      <br />
                      {link.url}
                    </>
                  ) : null}
                </CheckItem>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

export function ChecklistPrint({ event }: { readonly event: LifeEvent }) {
  const { t, i18n } = useTranslation('kiosk-tools');
  const lang = i18n.resolvedLanguage ?? 'fr';
  const mayPrint = useMayPrint();
  const { print, element } = usePrintSheet(() => <ChecklistSheet event={event} lang={lang} />);
  if (!mayPrint) return null;
  return (
    <>
      <Button priority="secondary" onClick={print}>
        {t('print.checklist')}
      </Button>
      {element}
    </>
  );
}
