// Every route of the shell, as a person reaches it (the 404 included).
export const ROUTES = [
  '/',
  '/droits',
  '/simuler',
  '/alertes',
  '/demarches',
  '/evenements-de-vie',
  '/evenements-de-vie/naissance',
  '/evenements-de-vie/violences-conjugales',
  '/borne',
  '/accompagnement',
  '/accessibilite',
  '/mentions-legales',
  '/donnees-personnelles',
  '/plan-du-site',
  '/aide',
  '/cette-page-n-existe-pas',
] as const;

export const VIEWPORTS = [
  { name: 'mobile', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'kiosk', width: 1080, height: 1920 },
] as const;
