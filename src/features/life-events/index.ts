export { LifeEventsPage } from './routes/life-events-page.tsx';
export { LifeEventPage } from './routes/life-event-page.tsx';
