export { DocumentsPage } from './routes/documents-page.tsx';
export { DocumentPicker } from './components/document-picker.tsx';
