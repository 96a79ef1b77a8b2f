import { formatBetrag } from '../format';

/** An exact Decimal amount as `1.234,50 €`, kept on one line. */
export function Betrag({ wert }: { wert: string | null | undefined }) {
  return <span className="betrag">{formatBetrag(wert)}</span>;
}
