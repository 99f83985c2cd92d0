// Builds the service worker after `vite build`: bundles src/sw/sw.ts, then lets Workbox inject
// the precache manifest (the app shell, every chunk, catalogues, woff2 fonts, public files).
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    minify: true,
    lib: { entry: 'src/sw/sw.ts', formats: ['iife'], name: 'droits360sw', fileName: () => 'sw.js' },
  },
});

const { count, size, warnings } = await injectManifest({
  swSrc: 'dist/sw.js',
  swDest: 'dist/sw.js',
  globDirectory: 'dist',
  globPatterns: ['**/*.{js,css,html,json,woff2,svg,png,webmanifest,txt,ico}'],
  globIgnores: ['sw.js', '**/*.map', 'screenshots/**'],
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
});
for (const w of warnings) console.warn(w);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KiB)`);
