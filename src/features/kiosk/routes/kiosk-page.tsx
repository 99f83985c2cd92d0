// /borne and its screens. Enrolled: the kiosk's start screen; otherwise today's content page
// with how to install a terminal.
import { useSyncExternalStore } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { isEnrolledKiosk, subscribeDeviceMode } from '../../../shared/lib/device-mode.ts';
import { ErasedPage } from './erased-page.tsx';
import { InstallerPage } from './installer-page.tsx';
import { LeavePage } from './leave-page.tsx';
import { NotEnrolledPage } from './not-enrolled-page.tsx';
import { StartPage } from './start-page.tsx';
import { TicketPage } from './ticket-page.tsx';

export function KioskPage() {
  const enrolled = useSyncExternalStore(subscribeDeviceMode, isEnrolledKiosk, () => false);
  return (
    <Routes>
      <Route index element={enrolled ? <StartPage /> : <NotEnrolledPage />} />
      <Route path="installer" element={<InstallerPage />} />
      <Route
        path="conseiller"
        element={enrolled ? <TicketPage /> : <Navigate to="/borne" replace />}
      />
      <Route path="efface" element={<ErasedPage />} />
      <Route path="quitter" element={<LeavePage />} />
      <Route path="*" element={<Navigate to="/borne" replace />} />
    </Routes>
  );
}
