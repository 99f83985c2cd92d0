export { ProcedurePage } from './routes/procedure-page.tsx';
export { ProceduresHub } from './components/procedures-hub.tsx';
