// Server-rendered pages of the local identity provider: French, labelled, no script at all, so
// they work under a strict Content-Security-Policy and with any assistive technology.
export interface TestAccount {
  readonly login: string;
  readonly password: string;
  readonly name: string;
  readonly summary: string;
}

const css = `body{font-family:Marianne,Arial,sans-serif;margin:0;color:#161616;background:#f6f6f6;line-height:1.5}
main{max-width:44rem;margin:0 auto;padding:1.5rem;background:#fff}
header{background:#000091;color:#fff;padding:1rem 1.5rem}header p{margin:0;font-weight:700}
h1{font-size:1.75rem;margin:.5rem 0 1rem}label{display:block;font-weight:700;margin-top:1rem}
input{font-size:1rem;padding:.5rem;width:100%;max-width:24rem;border:1px solid #3a3a3a;border-radius:.25rem}
input:focus,button:focus,a:focus{outline:3px solid #0a76f6;outline-offset:2px}
button{margin-top:1.25rem;font-size:1rem;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem;cursor:pointer}
button.secondary{background:#fff;color:#000091;border:1px solid #000091;margin-left:.5rem}
.error{border-left:4px solid #ce0500;background:#ffe9e9;padding:.75rem 1rem}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
code{font-size:1rem}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function layout(title: string, body: string, brand: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(brand)}</title><style>${css}</style></head>
<body><header><p>${escapeHtml(brand)} (fournisseur d’identité de démonstration)</p></header>
<main id="contenu">${body}</main></body></html>`;
}

export function loginPage(opts: {
  readonly brand: string;
  readonly action: string;
  readonly clientName: string;
  readonly accounts: readonly TestAccount[];
  readonly error?: string;
  readonly login?: string;
}): string {
  const err = opts.error
    ? `<div class="error" role="alert" id="erreur-connexion"><p>${escapeHtml(opts.error)}</p></div>`
    : '';
  const described = opts.error ? ' aria-describedby="erreur-connexion" aria-invalid="true"' : '';
  const rows = opts.accounts
    .map(
      (a) =>
        `<tr><td><code>${escapeHtml(a.login)}</code></td><td><code>${escapeHtml(a.password)}</code></td><td>${escapeHtml(a.name)}</td><td>${escapeHtml(a.summary)}</td></tr>`,
    )
    .join('');
  return layout(
    'Connexion',
    `<h1>Se connecter</h1>
<p>Vous allez vous connecter au service « ${escapeHtml(opts.clientName)} ».</p>${err}
<form method="post" action="${escapeHtml(opts.action)}" novalidate>
<label for="login">Identifiant</label>
<input id="login" name="login" type="text" autocomplete="username" required value="${escapeHtml(opts.login ?? '')}"${described}>
<label for="password">Mot de passe</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${described}>
<button type="submit">Se connecter</button>
</form>
<h2>Identités de test</h2>
<p>Ces personnes sont fictives ; leurs mots de passe sont publics et ne servent qu’à la démonstration.</p>
<table><caption class="sr-only">Identités de test</caption><thead><tr><th scope="col">Identifiant</th><th scope="col">Mot de passe</th><th scope="col">Nom</th><th scope="col">Situation</th></tr></thead><tbody>${rows}</tbody></table>`,
    opts.brand,
  );
}

export function messagePage(brand: string, title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`, brand);
}
