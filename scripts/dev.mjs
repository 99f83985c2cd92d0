// `npm run dev`: the API server (port 8080) and Vite with hot reload (port 5173, /api proxied).
import { spawn } from 'node:child_process';
import { root } from './lib.mjs';

const children = [
  spawn(process.execPath, ['--watch', 'web/src/server.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);
