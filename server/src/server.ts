import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cookieParser from 'cookie-parser';
import express from 'express';
import { DataSource } from 'typeorm';
import { Clock, systemClock } from './common/zeit';
import { Config } from './config/config';
import { aktuelleSqlMessung, mitSqlZaehlung, ohneSqlZaehlung } from './db/sql-zaehler';
import { RequestContext, SitzungsCookie } from './graphql/context';
import { fehlerMaskieren } from './graphql/fehler-maskierung';
import { GRENZEN, grenzRegeln, kostenPlugin } from './graphql/grenzen';
import { altesJsonStatusPlugin } from './graphql/graphql-over-http';
import { loadersFuer } from './graphql/loaders';
import { abonnementServerStarten, subscriptionsNurUeberWebSocket } from './graphql/abonnement-server';
import { subgraphSchemaBauen } from './graphql/schema';
import { Drosseln } from './http/drosselung';
import { anfrageFrist, clientSicherheitsHeader, fehlerAntwort, grundHeader } from './http/sicherheit';
import { Logger, loggerErstellen } from './logger';
import { aufruferAusToken } from './modules/identity/auth.service';
import { EREIGNIS, EreignisBus, busAnmelden, inProzessBus, redisBus } from './modules/auftrag/ereignis-bus';

export const SITZUNG_COOKIE = 'spn_sitzung';

export interface PortalServer {
  httpServer: http.Server;
  app: express.Express;
  /** Listens on `port` (0: any free port) and resolves with the base URL. */
  listen(port?: number): Promise<string>;
  /** Closes subscriptions, stops accepting requests and finishes the running ones. */
  stop(): Promise<void>;
  /** Resolves once no work started by requests after their answer (ctx.hintergrund) is running. */
  hintergrundAbwarten(): Promise<void>;
  /** Open subscriptions of this process (for readiness checks and tests). */
  abonnenten(): number;
}

export interface ServerOptionen {
  clock?: Clock;
  logger?: Logger;
}

function tokenAusAnfrage(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SITZUNG_COOKIE];
  return cookie || null;
}

function sitzungsCookie(req: express.Request, res: express.Response): SitzungsCookie {
  const optionen = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/' };
  return {
    setzen: (token, ablaufAm) => res.cookie(SITZUNG_COOKIE, token, { ...optionen, expires: ablaufAm }),
    loeschen: () => res.clearCookie(SITZUNG_COOKIE, optionen),
  };
}

/**
 * The GraphQL requests being handled, whether or not their client is still connected: shutdown waits
 * for them before the database is closed (Apollo's drain only sees open connections).
 */
function anfragenVerfolgen() {
  const laufend = new Set<Promise<unknown>>();
  return {
    verfolgen(handler: express.RequestHandler): express.RequestHandler {
      return (req, res, next) => {
        const p = Promise.resolve(handler(req, res, next)).catch(next);
        laufend.add(p);
        void p.finally(() => laufend.delete(p));
      };
    },
    async abwarten(): Promise<void> {
      while (laufend.size) await Promise.allSettled([...laufend]);
    },
  };
}

/**
 * Creates the portal's HTTP server: GraphQL at `/graphql`, the browser client at `/`, health checks
 * at `/health/*`. main.ts and the tests use this same function.
 */
export async function createServer(config: Config, ds: DataSource, opts: ServerOptionen = {}): Promise<PortalServer> {
  const clock = opts.clock ?? systemClock;
  const log = opts.logger ?? loggerErstellen(process.env.LOG_LEVEL ?? 'info');
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy: client address (throttles) and https (Secure cookie, HSTS) from its headers.
  app.set('trust proxy', config.vertrauteProxys);
  app.use(grundHeader);
  const httpServer = http.createServer(app);
  const { schema } = await subgraphSchemaBauen();
  const drosseln = new Drosseln(config.drosseln);
  // Order events: through Redis when configured (several processes), otherwise in this process.
  const ereignisse: EreignisBus = config.redisUrl ? await redisBus(config.redisUrl, config.redisKanal, log) : inProzessBus();
  const busAbmelden = busAnmelden(ds, ereignisse);

  // Work a request starts and does not wait for (ctx.hintergrund); `stop` waits for it.
  const laufend = new Set<Promise<void>>();
  const hintergrund = (aufgabe: () => Promise<void>) => {
    const p: Promise<void> = ohneSqlZaehlung(() =>
      new Promise<void>((r) => setImmediate(r))
        .then(aufgabe)
        .catch((e: unknown) => log.error({ err: e }, 'Hintergrundaufgabe fehlgeschlagen'))
        .finally(() => laufend.delete(p)),
    );
    laufend.add(p);
  };
  const hintergrundAbwarten = async () => {
    while (laufend.size) await Promise.allSettled([...laufend]);
  };
  const laufendeAnfragen = anfragenVerfolgen();
  const abonnements = abonnementServerStarten({ httpServer, schema, ds, config, clock, drosseln, ereignisse, log, hintergrund, cookieName: SITZUNG_COOKIE });

  // Every setting explicit, none derived from NODE_ENV (README, Security).
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspektion,
    hideSchemaDetailsFromClientErrors: !config.introspektion,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    maxRecursiveSelections: GRENZEN.maxRekursiveSelektionen,
    parseOptions: { maxTokens: GRENZEN.maxTokens },
    validationRules: grenzRegeln(),
    // main.ts handles SIGTERM/SIGINT (HTTP, outbox worker, scheduler, database in order). Apollo's own
    // handler would call stop() a second time concurrently, and the process then never exited.
    stopOnTerminationSignals: false,
    formatError: fehlerMaskieren(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // A subgraph would otherwise answer gateways with resolver timings (ftv1): internals, not for callers.
      ApolloServerPluginInlineTraceDisabled(),
      config.introspektion ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
      kostenPlugin(schema),
      subscriptionsNurUeberWebSocket(),
      altesJsonStatusPlugin(),
      // No cache hints are used; without this plugin Apollo no longer wraps every field resolver (issue 6).
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const messung = aktuelleSqlMessung();
              if (config.sqlZaehlen && messung) response.http.headers.set('x-sql-statements', String(messung.anzahl));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'datenbank nicht erreichbar' });
    }
  });

  app.use(
    '/graphql',
    anfrageFrist(config.anfrageFristMs),
    // Counting needs an AsyncLocalStorage, whose promise hooks cost every request CPU (issue 6): only when asked for.
    (_req, _res, next) => {
      if (config.sqlZaehlen) mitSqlZaehlung(() => next());
      else next();
    },
    drosseln.apiBudget(),
    express.json({ limit: '100kb' }),
    cookieParser(),
    laufendeAnfragen.verfolgen(expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = tokenAusAnfrage(req);
        const stand = clock.now();
        const aufrufer = token ? await aufruferAusToken(ds, token, stand) : null;
        return {
          ereignisse,
          aufrufer,
          token,
          ds,
          config,
          clock,
          stand,
          loaders: loadersFuer(ds.manager, aufrufer),
          cookie: sitzungsCookie(req, res),
          drosseln,
          clientAdresse: req.ip ?? req.socket.remoteAddress ?? 'unbekannt',
          hintergrund,
        };
      },
    })),
  );

  if (config.clientDir && fs.existsSync(path.join(config.clientDir, 'index.html'))) {
    const index = path.join(config.clientDir, 'index.html');
    const seitenHeader = clientSicherheitsHeader();
    app.use((req, res, next) => (/^\/(graphql|health)(\/|$)/.test(req.path) ? next() : seitenHeader(req, res, next)));
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    // Every client route gets the page; not the API, a missing build file under /assets or a top-level file
    // such as /favicon.ico: those fall through to the JSON 404 (a script tag would otherwise receive HTML).
    app.get(/^\/(?!graphql|health|assets\/|[^/]*\.\w+$).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('SPN Self-Service-Portal: der Browser-Client ist nicht gebaut (npm run build:client). Die API läuft unter /graphql.');
    });
  }

  // Whatever no route took (e.g. GET /health, POST /anything): JSON like every other error, not Express's HTML page.
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Diese Adresse gibt es nicht. Die API ist unter /graphql, die Zustandsprüfung unter /health/live und /health/ready.', extensions: { code: 'NICHT_GEFUNDEN' } }] });
  });
  app.use(fehlerAntwort(log));

  return {
    httpServer,
    app,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const addr = httpServer.address();
          resolve(`http://localhost:${typeof addr === 'object' && addr ? addr.port : port}`);
        });
      }),
    abonnenten: () => ereignisse.lokal.listenerCount(EREIGNIS),
    stop: async () => {
      // Subscriptions first (their sockets would keep the HTTP server open), then HTTP (requests still
      // running commit and publish, through Redis also to other processes), then work requests left
      // running after their answer, then the bus.
      await abonnements.schliessen();
      await apollo.stop();
      // A client that hung up leaves no connection to drain, but its request may still be running.
      await laufendeAnfragen.abwarten();
      await hintergrundAbwarten();
      busAbmelden();
      await ereignisse.schliessen();
    },
    hintergrundAbwarten,
  };
}
