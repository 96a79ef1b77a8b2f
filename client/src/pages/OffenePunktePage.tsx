import { AuftragListe } from '../components/AuftragListe';
import { useDocumentTitle } from '../use-document-title';

/** `/offene-punkte`: orders whose Hinweise offer an action, with each order's next step. */
export function OffenePunktePage() {
  useDocumentTitle('Offene Punkte');
  return (
    <>
      <h1>Offene Punkte</h1>
      <p className="einleitung">
        Aufträge, bei denen Sie jetzt etwas tun können – zum Beispiel eine Vorgangsinfo melden, eine
        fehlende Freigabe melden oder einen Reparaturauftrag anfordern.
      </p>
      <AuftragListe
        filter={{ mitAktion: true }}
        mitHinweisen
        beschriftung="Aufträge mit offenen Punkten"
        leerText="Zurzeit gibt es keine offenen Punkte."
      />
    </>
  );
}
