export { staticPage, type StaticPageKey } from './routes/static-page.tsx';
