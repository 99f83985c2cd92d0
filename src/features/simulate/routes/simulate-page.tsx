// The feature's routes under /simuler/*, sharing one simulation in progress.
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DraftStore } from '../api/answers-store.ts';
import { SimulationProvider } from '../hooks/simulation-context.tsx';
import { EntryPage } from './entry-page.tsx';
import { QuestionnairePage } from './questionnaire-page.tsx';
import { ResultsPage } from './results-page.tsx';
import { SummaryPage } from './summary-page.tsx';
import { WhatIfPage } from './what-if-page.tsx';

export function SimulatePage({ store }: { readonly store?: DraftStore }) {
  // Loads the `simulate` catalogue (suspends until it is there: the layout shows a loader).
  useTranslation('simulate');
  return (
    <SimulationProvider {...(store ? { store } : {})}>
      <Routes>
        <Route index element={<EntryPage />} />
        <Route path="questions" element={<QuestionnairePage />} />
        <Route path="recapitulatif" element={<SummaryPage />} />
        <Route path="resultats" element={<ResultsPage />} />
        <Route path="et-si" element={<WhatIfPage />} />
      </Routes>
    </SimulationProvider>
  );
}
