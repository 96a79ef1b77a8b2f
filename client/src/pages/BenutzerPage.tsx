import { BenutzerVerwaltung } from '../components/konto/BenutzerVerwaltung';
import { WerkstattEinstellungen } from '../components/konto/WerkstattEinstellungen';
import { useBenutzer } from '../use-benutzer';
import { useDocumentTitle } from '../use-document-title';

/** `/benutzer` (shop admins): the shop's users, invitations, deactivation and the shop's mail address. */
export function BenutzerPage() {
  useDocumentTitle('Benutzer');
  const benutzer = useBenutzer();
  if (!benutzer?.istAdmin || !benutzer.werkstatt) {
    return (
      <>
        <h1>Benutzer</h1>
        <p className="meldung meldung-info">Diese Seite ist für Administratoren einer Werkstatt.</p>
      </>
    );
  }
  return (
    <>
      <h1>Benutzer der Werkstatt</h1>
      <p className="einleitung">
        {benutzer.werkstatt.name} (Partner-Nr. {benutzer.werkstatt.partnerNummer})
      </p>
      <BenutzerVerwaltung eigeneId={benutzer.id} />
      <WerkstattEinstellungen werkstattId={benutzer.werkstatt.id} mitId={false} />
    </>
  );
}
