import { on } from 'node:events';
import { EreignisArt, Rolle } from '../../common/enums';
import { vendorAkteurName } from '../../graphql/anwendungsfall';
import { normalisiereSpnId } from '../../common/ids';
import { RequestContext, istVendor, sichtbareWerkstaetten } from '../../graphql/context';
import { loadersFuer } from '../../graphql/loaders';
import { aufruferAusToken } from '../identity/auth.service';
import { AuftragEntity } from './auftrag.entity';
import { ereignisFuer } from './auftrag-fields.resolver';
import { AuftragEreignisNachricht, EREIGNIS } from './ereignis-bus';
import { EreignisEntity } from './ereignis.entity';

/** One delivered change: resolved as `AuftragAenderung`. */
export interface AuftragAenderungWert {
  auftrag: AuftragEntity;
  ereignis: EreignisEntity;
}

/** History entries about tickets, which vendors do not get (as in `Auftrag.verlauf`). */
const TICKET_ARTEN: ReadonlySet<EreignisArt> = new Set([EreignisArt.TICKET_ERSTELLT, EreignisArt.TICKET_BEARBEITET]);

/**
 * An async iterator whose `return()` ends it at once, also while it waits for the next event (a plain
 * async generator would only notice at its next `yield`, i.e. with the next event).
 */
function abbrechbar<T>(erzeugen: (signal: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const ac = new AbortController();
  const gen = erzeugen(ac.signal);
  return {
    next: () => gen.next(),
    return: (wert?: unknown) => {
      ac.abort();
      return gen.return(wert as T);
    },
    throw: (e?: unknown) => {
      ac.abort();
      return gen.throw(e);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * The changes of the orders the caller may see, as they are committed: one order (`spnId`) or all.
 * Every event is authorized again like a query at that moment: the session or API key must still be
 * valid, the order must be in the caller's tenant scope, and vendors get no ticket entries and see
 * roles instead of names. The context is refreshed per event (caller, loaders, `stand`), so nothing
 * read for an earlier event is reused. An order the caller may not see (or that does not exist)
 * gives a subscription that simply never delivers, exactly like one that does not change. When the
 * session ends or the API key is revoked, the subscription ends at the next event.
 */
export function auftragsAenderungenAbonnieren(ctx: RequestContext, spnIdEingabe: string | null): AsyncIterableIterator<AuftragAenderungWert> {
  return abbrechbar(async function* (signal) {
    let nurAuftragId: number | null = null;
    if (spnIdEingabe !== null) {
      const spnId = normalisiereSpnId(spnIdEingabe);
      const auftrag = spnId ? await ctx.loaders.sichtbarerAuftragNachSpnId.load(spnId) : undefined;
      // Not visible (or no such order): wait quietly, never deliver.
      nurAuftragId = auftrag?.id ?? -1;
    }
    try {
      // Ended before it began (the client unsubscribed during the lookup): nothing to listen to.
      if (signal.aborted) return;
      const ereignisse = on(ctx.ereignisse.lokal, EREIGNIS, { signal }) as AsyncIterableIterator<[AuftragEreignisNachricht]>;
      for await (const [n] of ereignisse) {
        if (nurAuftragId !== null && n.auftragId !== nurAuftragId) continue;
        // Cheap pre-check on the scope known from the connection; the database check follows.
        const sicht = ctx.aufrufer ? sichtbareWerkstaetten(ctx.aufrufer) : [];
        if (sicht !== 'ALLE' && !sicht.includes(n.werkstattId)) continue;
        if (istVendor(ctx.aufrufer) && TICKET_ARTEN.has(n.art)) continue;

        const jetzt = ctx.clock.now();
        const wer = ctx.token ? await aufruferAusToken(ctx.ds, ctx.token, jetzt) : null;
        // Session ended, API key revoked: the subscription ends.
        if (!wer) return;
        const vendor = istVendor(wer);
        ctx.aufrufer = wer;
        ctx.stand = jetzt;
        ctx.loaders = loadersFuer(ctx.ds.manager, wer);
        const auftrag = await ctx.loaders.sichtbarerAuftrag.load(n.auftragId);
        if (!auftrag) continue;
        const ereignis = await ctx.ds.getRepository(EreignisEntity).findOneBy({ id: n.ereignisId, auftragId: auftrag.id });
        if (!ereignis || (vendor && TICKET_ARTEN.has(ereignis.art))) continue;
        // A vendor sees only its own unmatched submissions, here as in the history (verlaufLoader).
        if (wer.art === 'API_SCHLUESSEL' && ereignis.art === EreignisArt.EINGANG_NICHT_ZUGEORDNET && !(ereignis.akteurRolle === Rolle.KALKULATION && ereignis.akteur === vendorAkteurName(wer.name))) continue;
        yield { auftrag, ereignis: ereignisFuer(ereignis, vendor) };
      }
    } catch (e) {
      // Node's own AbortError (not necessarily `instanceof Error` of this realm, e.g. under jest)
      if ((e as { name?: unknown } | null)?.name !== 'AbortError') throw e;
    }
  });
}
