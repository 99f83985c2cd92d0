export { KioskPage } from './routes/kiosk-page.tsx';
