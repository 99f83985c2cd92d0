export { KioskPage } from './routes/kiosk-page.tsx';
export { KioskShell } from './components/kiosk-shell.tsx';
