import http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, OperationTypeNode, getOperationAST, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { DataSource } from 'typeorm';
import { Clock } from '../common/zeit';
import { Config } from '../config/config';
import type { Drosseln } from '../http/drosselung';
import type { Logger } from '../logger';
import { aufruferAusToken } from '../modules/identity/auth.service';
import type { EreignisBus } from '../modules/auftrag/ereignis-bus';
import { RequestContext } from './context';
import { fehlerMaskieren } from './fehler-maskierung';
import { GRENZEN, grenzRegeln, kostenPruefen } from './grenzen';
import { loadersFuer } from './loaders';

/** Subscriptions sent over HTTP: 400 with a pointer to the WebSocket endpoint (instead of a failed execution). */
export function subscriptionsNurUeberWebSocket(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new GraphQLError('Subscriptions sind nur über WebSocket (graphql-ws, Unterprotokoll graphql-transport-ws) an /graphql möglich.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

export interface AbonnementServer {
  /** Closes every subscription (the clients get 1001 "Going away") and the WebSocket server. */
  schliessen(): Promise<void>;
}

export interface AbonnementOptionen {
  httpServer: http.Server;
  schema: GraphQLSchema;
  ds: DataSource;
  config: Config;
  clock: Clock;
  drosseln: Drosseln;
  ereignisse: EreignisBus;
  log: Logger;
  /** Runs work after the answer (RequestContext.hintergrund). */
  hintergrund: RequestContext['hintergrund'];
  /** Name of the session cookie (`anmelden` sets it). */
  cookieName: string;
}

function cookieWert(header: string | undefined, name: string): string | null {
  for (const teil of (header ?? '').split(';')) {
    const i = teil.indexOf('=');
    if (i > 0 && teil.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(teil.slice(i + 1).trim()) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * The credentials of a WebSocket: `connectionParams.authorization: "Bearer <token or API key>"`, else the
 * session cookie of the upgrade request, the latter only from a page of the same origin (a foreign page
 * must not ride on the browser's cookie: cross-site WebSocket hijacking).
 */
function tokenAusVerbindung(params: Record<string, unknown> | undefined, req: http.IncomingMessage, cookieName: string): string | null {
  const auth = params?.authorization ?? params?.Authorization;
  if (typeof auth === 'string') return auth.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() || null : null;
  const cookie = cookieWert(req.headers.cookie, cookieName);
  if (!cookie) return null;
  const origin = req.headers.origin;
  if (origin) {
    try {
      if (new URL(origin).host !== req.headers.host) return null;
    } catch {
      return null;
    }
  }
  return cookie;
}

/** Open subscriptions per WebSocket; each one is a listener that reads the database for its events. */
export const MAX_ABONNEMENTS_JE_VERBINDUNG = 20;

function fehler(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Subscriptions over graphql-ws on the HTTP server's port and path (/graphql), sharing the schema: the
 * caller is authenticated on connect (no valid token or API key: the socket closes with 4403), every
 * operation passes the limits of the HTTP endpoint (tokens, depth, aliases, cost), only subscriptions are
 * accepted (queries and mutations go over HTTP with its throttles), and errors are masked like there.
 */
export function abonnementServerStarten(o: AbonnementOptionen): AbonnementServer {
  const wss = new WebSocketServer({ server: o.httpServer, path: '/graphql', maxPayload: 100 * 1024 });
  const maskieren = fehlerMaskieren(o.log);
  const tokens = new WeakMap<object, string>();
  const maskiert = (errors: readonly GraphQLError[]) => errors.map((e) => maskieren(e.toJSON(), e));

  const disposable = useServer<Record<string, unknown> | undefined, { token?: string }>(
    {
      schema: o.schema,
      onConnect: async (ctx) => {
        const token = tokenAusVerbindung(ctx.connectionParams, ctx.extra.request, o.cookieName);
        const aufrufer = token ? await aufruferAusToken(o.ds, token, o.clock.now()) : null;
        if (!token || !aufrufer) return false;
        tokens.set(ctx.extra, token);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // the operation being started is already reserved in ctx.subscriptions
        if (Object.keys(ctx.subscriptions).length > MAX_ABONNEMENTS_JE_VERBINDUNG) {
          return [fehler(`Zu viele Abonnements auf dieser Verbindung: höchstens ${MAX_ABONNEMENTS_JE_VERBINDUNG}.`, 'ZU_VIELE_ANFRAGEN')];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: GRENZEN.maxTokens });
        } catch (e) {
          return [fehler(e instanceof GraphQLError ? e.message : 'Die Anfrage ist kein gültiges GraphQL.', 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(o.schema, document, [...specifiedRules, ...grenzRegeln()]);
        // Without introspection no "Did you mean …" either (as on HTTP: hideSchemaDetailsFromClientErrors).
        if (errors.length) return errors.map((e) => fehler(o.config.introspektion ? e.message : e.message.replace(/ Did you mean .+\?$/, ''), 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [fehler('Über WebSocket sind nur Subscriptions möglich; Queries und Mutationen bitte per HTTP POST an /graphql.', 'BAD_REQUEST')];
        }
        const variablen = payload.variables ?? {};
        const zuTeuer = kostenPruefen(o.schema, document, variablen, payload.operationName ?? undefined);
        if (zuTeuer) return [zuTeuer];
        return { schema: o.schema, document, variableValues: variablen, operationName: payload.operationName ?? undefined };
      },
      // One context per subscription; the subscription refreshes caller, loaders and `stand` per event.
      context: async (ctx): Promise<RequestContext> => {
        const token = tokens.get(ctx.extra) ?? null;
        const stand = o.clock.now();
        const aufrufer = token ? await aufruferAusToken(o.ds, token, stand) : null;
        return {
          aufrufer,
          token,
          ds: o.ds,
          config: o.config,
          clock: o.clock,
          stand,
          loaders: loadersFuer(o.ds.manager, aufrufer),
          cookie: { setzen: () => undefined, loeschen: () => undefined },
          drosseln: o.drosseln,
          clientAdresse: ctx.extra.request.socket.remoteAddress ?? 'unbekannt',
          ereignisse: o.ereignisse,
          hintergrund: o.hintergrund,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: maskiert(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => maskiert(errors),
    },
    wss,
  );

  // graphql-ws prints socket errors (e.g. a message over maxPayload, closed by ws with 1009) as plain
  // text with a stack to stderr; this handler, registered after its own, replaces that with one
  // structured log line without the stack. The socket is closed by ws itself.
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (e: Error & { code?: string }) => o.log.warn({ fehler: e.code ?? e.message }, 'WebSocket-Verbindung wegen eines Fehlers geschlossen'));
  });

  return {
    schliessen: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
