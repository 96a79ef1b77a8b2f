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
import { ApiSchluesselPage } from './pages/ApiSchluesselPage';
import { BenutzerPage } from './pages/BenutzerPage';
import { KontoPage } from './pages/KontoPage';
import { PasswortVergessenPage } from './pages/PasswortVergessenPage';
import { TokenPasswortPage } from './pages/TokenPasswortPage';
import { WerkstaettenPage } from './pages/WerkstaettenPage';
import { WerkstattPage } from './pages/WerkstattPage';
import { EINLADUNG_PFAD, LOGIN_PFAD, PASSWORT_VERGESSEN_PFAD, PASSWORT_ZURUECKSETZEN_PFAD } from './pfade';

export function createRouter() {
  return createBrowserRouter([
    { path: LOGIN_PFAD, element: <LoginPage />, errorElement: <FehlerPage /> },
    { path: PASSWORT_VERGESSEN_PFAD, element: <PasswortVergessenPage />, errorElement: <FehlerPage /> },
    { path: EINLADUNG_PFAD, element: <TokenPasswortPage art="EINLADUNG" key="einladung" />, errorElement: <FehlerPage /> },
    { path: PASSWORT_ZURUECKSETZEN_PFAD, element: <TokenPasswortPage art="RESET" key="reset" />, errorElement: <FehlerPage /> },
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
        { path: 'konto', element: <KontoPage /> },
        { path: 'benutzer', element: <BenutzerPage /> },
        { path: 'werkstaetten', element: <WerkstaettenPage /> },
        { path: 'werkstaetten/:werkstattId', element: <WerkstattPage /> },
        { path: 'api-schluessel', element: <ApiSchluesselPage /> },
        { path: '*', element: <NichtGefundenPage /> },
      ],
    },
  ]);
}
