import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { AktionPage } from './pages/AktionPage';
import { AuftraegePage } from './pages/AuftraegePage';
import { AuftragPage } from './pages/AuftragPage';
import { FehlerPage } from './pages/FehlerPage';
import { LoginPage } from './pages/LoginPage';
import { NichtGefundenPage } from './pages/NichtGefundenPage';
import { OffenePunktePage } from './pages/OffenePunktePage';
import { StartPage } from './pages/StartPage';
import { TicketPage, WarteschlangeTicketPage } from './pages/TicketPage';
import { TicketsPage } from './pages/TicketsPage';
import { WarteschlangePage } from './pages/WarteschlangePage';
import { LOGIN_PFAD } from './pfade';

export function createRouter() {
  return createBrowserRouter([
    { path: LOGIN_PFAD, element: <LoginPage />, errorElement: <FehlerPage /> },
    {
      path: '/',
      element: <Layout />,
      errorElement: <FehlerPage />,
      children: [
        { index: true, element: <StartPage /> },
        { path: 'auftraege', element: <AuftraegePage /> },
        { path: 'offene-punkte', element: <OffenePunktePage /> },
        { path: 'auftrag/:spnId', element: <AuftragPage /> },
        { path: 'auftrag/:spnId/aktion/:aktion', element: <AktionPage /> },
        { path: 'tickets', element: <TicketsPage /> },
        { path: 'tickets/:ticketNummer', element: <TicketPage /> },
        { path: 'ticket-warteschlange', element: <WarteschlangePage /> },
        { path: 'ticket-warteschlange/:ticketNummer', element: <WarteschlangeTicketPage /> },
        { path: '*', element: <NichtGefundenPage /> },
      ],
    },
  ]);
}
