// Builds the service worker after `vite build`: bundles src/sw/sw.ts, then lets Workbox inject
// the precache manifest (the app shell, every chunk, catalogues, woff2 fonts, public files).
import { build } from 'vite';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

// Pre-compressed copies (brotli and gzip) served by the server as they are: no compression
// work per request, and the best ratio for people on slow networks.
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(js|css|html|json|svg|webmanifest|txt)$/.test(name)) out.push(full);
  }
  return out;
}
let compressed = 0;
for (const file of walk('dist')) {
  const data = readFileSync(file);
  if (data.length < 512) continue;
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  compressed += 1;
}
console.log(`pre-compressed: ${compressed} files (.br, .gz)`);
