// The page shown when a login fails: French, actionable, never a stack trace.
const css =
  'body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#161616;line-height:1.5}a{color:#000091}';

const messages = {
  state: 'La demande de connexion ne correspond pas à ce navigateur ou a expiré.',
  idp: 'Le fournisseur d’identité n’a pas pu confirmer votre identité.',
  denied: 'La connexion a été annulée.',
  unavailable: 'Le service de connexion est momentanément indisponible.',
  claims: 'Les informations d’identité reçues sont incomplètes ou invalides.',
} as const;
export type LoginFailure = keyof typeof messages;

export function loginErrorPage(kind: LoginFailure): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Connexion impossible — Droits360</title><style>${css}</style></head>
<body><main><h1>Connexion impossible</h1><p role="alert">${messages[kind]}</p>
<p>Aucune donnée n’a été enregistrée. <a href="/auth/login">Recommencer la connexion</a> ou <a href="/">revenir à l’accueil</a>.</p></main></body></html>`;
}
