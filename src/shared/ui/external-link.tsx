// The one way the portal renders a link to another site. On a personal device it opens in a new
// tab and says so; on a kiosk it never opens: it shows the address as a QR code and written out
// ("Continuer sur mon téléphone"), so that the person goes on with their own phone.
import { lazy, Suspense, useState, type MouseEvent, type ReactNode } from 'react';
import { useMayOpenExternal } from '../hooks/use-device-capabilities.ts';

const PhoneContinue = lazy(() => import('./phone-continue.tsx'));

export interface ExternalAnchorProps {
  readonly href: string;
  readonly children: ReactNode;
  /** What the link leads to, for the kiosk's dialog ("Mon compte CAF"). */
  readonly label: string;
  readonly className?: string;
  /** On a personal device: the title saying it opens a new window (RGAA 13.2). */
  readonly title?: string;
  /** The language of the link text when it differs from the page's (RGAA 8.7). */
  readonly lang?: string;
}

const refuse = (e: MouseEvent) => {
  e.preventDefault();
};

export function ExternalAnchor({
  href,
  children,
  label,
  className,
  title,
  lang,
}: ExternalAnchorProps) {
  const mayOpen = useMayOpenExternal();
  const [showing, setShowing] = useState(false);
  if (mayOpen) {
    return (
      <a
        className={className}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={title}
        {...(lang ? { lang } : {})}
      >
        {children}
      </a>
    );
  }
  return (
    <>
      <a
        className={className}
        href={href}
        {...(lang ? { lang } : {})}
        aria-haspopup="dialog"
        data-kiosk-external=""
        onClick={(e) => {
          e.preventDefault();
          setShowing(true);
        }}
        onAuxClick={refuse}
        onContextMenu={refuse}
      >
        {children}
      </a>
      {showing ? (
        <Suspense fallback={null}>
          <PhoneContinue
            href={href}
            label={label}
            onClose={() => {
              setShowing(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
