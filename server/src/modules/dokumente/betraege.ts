import { RechnungArt, RechnungStatus } from '../../common/enums';
import { Cent } from '../../common/money';

/**
 * The order's expected invoice amount (domain.md, Money): the Freigaben's expected amounts minus the
 * net amounts of its invoices that are not KORREKTUR_ANGEFORDERT; null without Freigabe. Every invoice
 * counts, also a KV-Service fee invoice: once a KV-Service order became a repair order, the fee already
 * invoiced for its KV is part of what the network pays for that vehicle (domain.md names no exception).
 */
export function erwarteterRechnungsbetrag(
  freigaben: { betragNettoCent: Cent; nachlassCent: Cent }[],
  rechnungen: { art: RechnungArt; status: RechnungStatus; betragNettoCent: Cent }[],
): Cent | null {
  if (freigaben.length === 0) return null;
  const freigegeben = freigaben.reduce((s, f) => s + f.betragNettoCent - f.nachlassCent, 0);
  const berechnet = rechnungen
    .filter((r) => r.status !== RechnungStatus.KORREKTUR_ANGEFORDERT)
    .reduce((s, r) => s + r.betragNettoCent, 0);
  return freigegeben - berechnet;
}

/** Net sum of a KV or Nachtrag. */
export function kvNettoCent(kv: { ersatzteileCent: Cent; arbeitslohnCent: Cent; lackierungCent: Cent; nebenkostenCent: Cent }): Cent {
  return kv.ersatzteileCent + kv.arbeitslohnCent + kv.lackierungCent + kv.nebenkostenCent;
}

/** The reviewer's correction points of a KV (stored as JSON text). */
export function kvKorrekturpunkte(kv: { korrekturpunkteJson: string | null }): string[] {
  return kv.korrekturpunkteJson ? (JSON.parse(kv.korrekturpunkteJson) as string[]) : [];
}
