// Deployment configuration read at build time (Vite env). The DSFR is reserved to State
// services: the operator shown in the header's bloc-marque is configuration, not code.
// (Parsed by hand rather than with zod: this module is on the home route's critical path.)

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

const env = import.meta.env as Record<string, unknown>;

export const config = {
  /** Lines of the bloc-marque ("République\nFrançaise" for a State service); "\n" separates lines. */
  operatorLines: text(env.VITE_OPERATOR_NAME, 'République\nFrançaise')
    .replaceAll('\\n', '\n')
    .split('\n'),
  serviceTitle: text(env.VITE_SERVICE_TITLE, 'Droits360'),
  /** Build-time kiosk default; /borne also switches a device into kiosk mode. */
  kioskBuild: env.VITE_KIOSK === '1',
} as const;
