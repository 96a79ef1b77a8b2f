import { z } from 'zod';
import { schadennummerGueltig } from '../../common/ids';
import { MAX_CENT, mwstPlausibel } from '../../common/money';
import { euro } from '../../common/bezeichnungen';
import { freitext, idempotenzSchluessel, pflichttext, spnIdFeld } from '../../graphql/validierung';

/** Syntax rules of incoming documents (domain.md, Rules on incoming documents). */

const spnId = spnIdFeld;
const schadennummer = z
  .string()
  .refine(schadennummerGueltig, { error: 'Schadennummer: 1 bis 30 Zeichen aus Buchstaben, Ziffern, „-“, „/“, „.“ und Leerzeichen.' });
const kennzeichen = z
  .string()
  .refine((k) => /^[\p{L}\p{N}][\p{L}\p{N} \-]{0,19}$/u.test(k.normalize('NFC').trim()), { error: 'Kennzeichen: 1 bis 20 Zeichen aus Buchstaben, Ziffern, Leerzeichen und „-“.' })
  .transform((k) => k.normalize('NFC').trim());
const betrag = (was: string) => z.number().int().min(0, { error: `${was} darf nicht negativ sein.` }).max(MAX_CENT, { error: `${was}: höchstens ${euro(MAX_CENT)}.` });

export const kvEinreichenSchema = z
  .object({
    spnId,
    schadennummer,
    kennzeichen,
    art: z.string(),
    externeReferenz: pflichttext('Externe Referenz', 100),
    summen: z.object({
      ersatzteile: betrag('Ersatzteile'),
      arbeitslohn: betrag('Arbeitslohn'),
      lackierung: betrag('Lackierung'),
      nebenkosten: betrag('Nebenkosten'),
      mwst: betrag('Mehrwertsteuer'),
    }),
    kalkulationssystem: z.string().nullish(),
    nurPruefen: z.boolean().nullish(),
    idempotencyKey: idempotenzSchluessel,
  })
  .superRefine((kv, ctx) => {
    const s = kv.summen;
    const netto = s.ersatzteile + s.arbeitslohn + s.lackierung + s.nebenkosten;
    if (netto <= 0) ctx.addIssue({ code: 'custom', path: ['summen'], message: 'Die Nettosumme des KV muss größer als 0 sein.' });
    else if (netto > MAX_CENT) ctx.addIssue({ code: 'custom', path: ['summen'], message: `Die Nettosumme des KV darf ${euro(MAX_CENT)} nicht übersteigen.` });
    else if (!mwstPlausibel(netto, s.mwst)) {
      ctx.addIssue({ code: 'custom', path: ['summen', 'mwst'], message: `Die Mehrwertsteuer muss 19 % der Nettosumme (${euro(netto)}) betragen, also ${euro(Math.round(netto * 0.19))} (± 0,01 €), oder 0.` });
    }
  });

export const rechnungEinreichenSchema = z
  .object({
    spnId,
    schadennummer,
    kennzeichen,
    art: z.string(),
    rechnungsnummer: pflichttext('Rechnungsnummer', 50).refine((n) => /^[\p{L}\p{N}\-/._ ]+$/u.test(n), {
      error: 'Rechnungsnummer: nur Buchstaben, Ziffern, „-“, „/“, „.“, „_“ und Leerzeichen.',
    }),
    rechnungsdatum: z.string(),
    betragNetto: betrag('Der Nettobetrag').refine((b) => b > 0, { error: 'Der Nettobetrag muss größer als 0 sein.' }),
    mwst: betrag('Die Mehrwertsteuer'),
    vorsteuerabzugsberechtigt: z.boolean().nullish(),
    fahrzeugUebernommenAm: z.string().nullish(),
    fahrzeugZurueckgegebenAm: z.string().nullish(),
    nurPruefen: z.boolean().nullish(),
    idempotencyKey: idempotenzSchluessel,
  })
  .superRefine((r, ctx) => {
    if (r.betragNetto > 0 && !mwstPlausibel(r.betragNetto, r.mwst)) {
      ctx.addIssue({ code: 'custom', path: ['mwst'], message: `Die Mehrwertsteuer muss 19 % des Nettobetrags (${euro(r.betragNetto)}) betragen (± 0,01 €) oder 0.` });
    }
  });

export const korrekturpunkteSchema = z
  .array(pflichttext('Korrekturpunkt', 500))
  .max(30, { error: 'Höchstens 30 Korrekturpunkte.' });

export const bemerkungSchema = freitext('Bemerkung');
