export { ContactPage } from './routes/contact-page.tsx';
