// The simulate feature's public door.
export { SimulatePage } from './routes/simulate-page.tsx';
export { prefillFromProfile } from './utils/prefill.ts';
export type { Prefill, Profile, ProfileAdult } from './utils/prefill.ts';
