export { SimulatePage } from './routes/simulate-page.tsx';
