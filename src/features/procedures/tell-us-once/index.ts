export { TellUsOncePage } from './routes/tell-us-once-page.tsx';
