import { Link } from 'react-router';
import { AKTION_BESCHREIBUNG, AKTION_LABEL, AKTION_REIHENFOLGE } from '../format';
import { graphql } from '../gql/gql';
import type { Aktion, AuftragHinweiseFragment } from '../gql/graphql';
import { aktionPfad } from '../pfade';
import { Abschnitt, Leer } from './Abschnitt';
import { AktionKnopf } from './AktionKnopf';
import { Mehrzeilig } from './Mehrzeilig';

export const AuftragHinweise = graphql(`
  fragment AuftragHinweise on Auftrag {
    spnId
    hinweise {
      code
      titel
      text
      aktion
    }
    moeglicheAktionen
  }
`);

type Hinweis = AuftragHinweiseFragment['hinweise'][number];

/**
 * The FAQ answers for this order as the server computed them (most urgent first): the first one as
 * "Nächster Schritt", the others below. A Hinweis with an action gets the action's button; the same
 * action is offered only once (the first, most urgent Hinweis carries it), so every button name is
 * unique on the page. Below them the menu "Aktionen" lists every action the order allows now, as
 * links to the forms (also those no Hinweis offers, e.g. a Vorgangsinfo without a reminder).
 */
export function HinweiseAbschnitt({ auftrag }: { auftrag: AuftragHinweiseFragment }) {
  const [erster, ...weitere] = auftrag.hinweise;
  const angeboten = new Set<Aktion>();

  function aktionZu(hinweis: Hinweis) {
    const { aktion } = hinweis;
    if (!aktion) return null;
    if (angeboten.has(aktion)) {
      return <p className="klein">Aktion „{AKTION_LABEL[aktion]}“: siehe oben.</p>;
    }
    angeboten.add(aktion);
    return (
      <p className="aktionen">
        <AktionKnopf spnId={auftrag.spnId} aktion={aktion} />
      </p>
    );
  }

  const ersterAktion = erster ? aktionZu(erster) : null;
  const weitereAktionen = weitere.map(aktionZu);
  // Every action the order allows now, in a fixed order (also those no Hinweis offers).
  const aktionen = AKTION_REIHENFOLGE.filter((a) => auftrag.moeglicheAktionen.includes(a));

  return (
    <>
      <Abschnitt titel="Nächster Schritt" className="naechster-schritt">
        {erster ? (
          <div className="hinweis">
            <h3>{erster.titel}</h3>
            <p>
              <Mehrzeilig text={erster.text} />
            </p>
            {ersterAktion}
          </div>
        ) : (
          <p>Zurzeit ist für diesen Auftrag nichts zu tun.</p>
        )}
      </Abschnitt>
      {weitere.length > 0 && (
        <Abschnitt titel="Weitere Hinweise">
          <ul className="hinweise">
            {weitere.map((hinweis, i) => (
              <li className="hinweis" key={`${hinweis.code}-${i}`}>
                <h3>{hinweis.titel}</h3>
                <p>
                  <Mehrzeilig text={hinweis.text} />
                </p>
                {weitereAktionen[i]}
              </li>
            ))}
          </ul>
        </Abschnitt>
      )}
      <Abschnitt titel="Aktionen" className="weitere-aktionen aktionen-menue">
        {aktionen.length === 0 ? (
          <Leer>Zurzeit ist für diesen Auftrag keine Aktion möglich.</Leer>
        ) : (
          <ul className="aktionsliste">
            {aktionen.map((aktion) => (
              <li key={aktion}>
                <Link to={aktionPfad(auftrag.spnId, aktion)} className="aktionslink">
                  {AKTION_LABEL[aktion]}
                </Link>
                <span className="aktionsbeschreibung">{AKTION_BESCHREIBUNG[aktion]}</span>
              </li>
            ))}
          </ul>
        )}
      </Abschnitt>
    </>
  );
}
