import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// Preloads the two Marianne weights the first screen uses, so text does not reflow when they
// arrive (layout shift) and the first paint is not delayed by a late font request.
function preloadFonts(names: readonly string[]): Plugin {
  return {
    name: 'droits360-preload-fonts',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      const files = Object.keys(ctx.bundle ?? {}).filter((f) =>
        names.some((n) =>
          new RegExp(`/${n}-[\\w-]+\\.woff2$`).test(`/${f.split('/').pop() ?? ''}`),
        ),
      );
      return files.map((href) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: `/${href}`,
          as: 'font',
          type: 'font/woff2',
          crossorigin: '',
        },
        injectTo: 'head' as const,
      }));
    },
  };
}

// The PWA build. The service worker is built afterwards by Workbox (injectManifest).
// The home page is pre-rendered: its HTML, CSS and fonts paint first, the JavaScript (which
// only takes over) downloads at low priority so it does not compete with them.
function scriptsAfterPaint(): Plugin {
  return {
    name: 'droits360-scripts-after-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) =>
      html
        .replace(
          /<script type="module" crossorigin/g,
          '<script type="module" fetchpriority="low" crossorigin',
        )
        .replace(
          /<link rel="modulepreload" crossorigin/g,
          '<link rel="modulepreload" fetchpriority="low" crossorigin',
        ),
  };
}

export default defineConfig({
  plugins: [react(), preloadFonts(['Marianne-Regular', 'Marianne-Bold']), scriptsAfterPaint()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080', '/auth': 'http://localhost:8080' },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
