import { AKTION_LABEL } from '../format';
import { graphql } from '../gql/gql';
import type { Aktion, AuftragHinweiseFragment } from '../gql/graphql';
import { Abschnitt } from './Abschnitt';
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
 * unique on the page.
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
  // Actions the order allows now that no Hinweis offers (e.g. a Vorgangsinfo without a reminder).
  const uebrige = auftrag.moeglicheAktionen.filter((a) => !angeboten.has(a));

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
      {uebrige.length > 0 && (
        <Abschnitt titel="Weitere Aktionen" className="weitere-aktionen">
          <p className="aktionen">
            {uebrige.map((aktion) => (
              <AktionKnopf key={aktion} spnId={auftrag.spnId} aktion={aktion} />
            ))}
          </p>
        </Abschnitt>
      )}
    </>
  );
}
