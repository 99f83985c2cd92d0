export { ProceduresPage } from './routes/procedures-page.tsx';
