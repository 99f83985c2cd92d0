export { AssistedPage, MyMandatesRoute } from './routes/assisted-page.tsx';
