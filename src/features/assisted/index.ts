export { AssistedPage } from './routes/assisted-page.tsx';
