export { AlertsPage } from './routes/alerts-page.tsx';
