import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cookieParser from 'cookie-parser';
import express from 'express';
import { DataSource } from 'typeorm';
import { Clock, systemClock } from './common/zeit';
import { Config } from './config/config';
import { aktuelleSqlMessung, mitSqlZaehlung } from './db/sql-zaehler';
import { RequestContext, SitzungsCookie, istVendor } from './graphql/context';
import { fehlerMaskieren } from './graphql/fehler-maskierung';
import { createLoaders } from './graphql/loaders';
import { schemaBauen } from './graphql/schema';
import { Logger, loggerErstellen } from './logger';
import { aufruferAusToken } from './modules/identity/auth.service';

export const SITZUNG_COOKIE = 'spn_sitzung';

export interface PortalServer {
  httpServer: http.Server;
  app: express.Express;
  /** Listens on `port` (0: any free port) and resolves with the base URL. */
  listen(port?: number): Promise<string>;
  stop(): Promise<void>;
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
 * Creates the portal's HTTP server: GraphQL at `/graphql`, the browser client at `/`, health checks
 * at `/health/*`. main.ts and the tests use this same function.
 */
export async function createServer(config: Config, ds: DataSource, opts: ServerOptionen = {}): Promise<PortalServer> {
  const clock = opts.clock ?? systemClock;
  const log = opts.logger ?? loggerErstellen(process.env.LOG_LEVEL ?? 'info');
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema: await schemaBauen(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: fehlerMaskieren(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
    (req, res, next) => {
      mitSqlZaehlung(() => next());
    },
    express.json({ limit: '100kb' }),
    cookieParser(),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = tokenAusAnfrage(req);
        const stand = clock.now();
        const aufrufer = token ? await aufruferAusToken(ds, token, stand) : null;
        return {
          aufrufer,
          token,
          ds,
          config,
          clock,
          stand,
          loaders: createLoaders(ds.manager, { vendorSicht: istVendor(aufrufer) }),
          cookie: sitzungsCookie(req, res),
        };
      },
    }),
  );

  if (config.clientDir && fs.existsSync(path.join(config.clientDir, 'index.html'))) {
    const index = path.join(config.clientDir, 'index.html');
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|health).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('SPN Self-Service-Portal: der Browser-Client ist nicht gebaut (npm run build:client). Die API läuft unter /graphql.');
    });
  }

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
    stop: () => apollo.stop(),
  };
}
