import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The PWA build. The service worker is built afterwards by Workbox (injectManifest).
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080', '/auth': 'http://localhost:8080' },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
