export { RightsPage } from './routes/rights-page.tsx';
