export { staticPage, type StaticPageKey } from './routes/static-page.tsx';
export { NotFoundPage } from './routes/not-found.tsx';
