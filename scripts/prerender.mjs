// After `vite build`: renders the home page to HTML into dist/index.html, and keeps the empty
// shell as dist/app.html for every other route (served by the server and the service worker).
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const outDir = '.tmp/prerender';
await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/app/prerender.tsx',
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
  },
});
const { renderPage } = await import(path.resolve(outDir, 'prerender.js'));
const html = await renderPage('/');
copyFileSync('dist/index.html', 'dist/app.html');
const shell = readFileSync('dist/index.html', 'utf8');
if (!shell.includes('<div id="root"></div>'))
  throw new Error('dist/index.html : <div id="root"></div> introuvable');
// On the pre-rendered page the application starts after the load event (public/boot.js).
const entry = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/.exec(shell);
if (!entry) throw new Error('dist/index.html : script du point d’entrée introuvable');
const home = shell
  .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
  .replace(entry[0], `<script src="/boot.js" data-entry="${entry[1]}" defer></script>`)
  .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
writeFileSync('dist/index.html', home);
rmSync(outDir, { recursive: true, force: true });
console.log(
  `prerender: / (${Math.round(html.length / 1024)} KiB of HTML), other routes use dist/app.html`,
);
