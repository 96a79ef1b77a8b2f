import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { FehlerProtokoll, fehlerMaskieren } from '../graphql/fehler-maskierung';

/** A Host header as browsers send it (name or IPv4/IPv6 literal, optional port); anything else is not echoed. */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The WebSocket addresses of the page's own origin (subscriptions at /graphql). CSP Level 3 lets
 * `'self'` cover them, older browsers (WebKit) do not, so they are named explicitly.
 */
export function eigeneWebSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

/**
 * Security headers of the browser client's pages (helmet): a strict Content-Security-Policy (only
 * the portal's own scripts, styles, API and WebSocket; no framing), no MIME sniffing, no referrer to
 * other sites, HSTS only where the portal is reached over TLS.
 */
export function clientSicherheitsHeader(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", eigeneWebSockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  });
}

/** Headers every answer carries, the API's included: no sniffing, no framing. */
export function grundHeader(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  if (_req.secure) res.setHeader('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
  next();
}

/**
 * The request deadline: a request that has not been answered after `ms` gets a 503 with a
 * GraphQL-shaped error and `Retry-After`; whatever the handler writes later is dropped. The work
 * already started runs to its end (a transaction is never cut in half), only the answer is replaced.
 */
export function anfrageFrist(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: 'Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.', extensions: { code: 'ZEITUEBERSCHREITUNG' } }] });
      // Later writes of the original handler go nowhere instead of failing.
      res.setHeader = (() => res) as typeof res.setHeader;
      res.writeHead = (() => res) as typeof res.writeHead;
      res.write = (() => true) as typeof res.write;
      res.end = (() => res) as typeof res.end;
    }, ms);
    timer.unref();
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

interface HttpFehler {
  type?: string;
  status?: number;
  statusCode?: number;
}

/**
 * The last error handler: every error outside GraphQL (a body too large, broken JSON, an unknown
 * charset, a bug in a middleware) is answered as GraphQL-shaped JSON with a German message, never
 * with Express's HTML page and its stack trace; unexpected ones get an error id that is also logged.
 */
export function fehlerAntwort(log: FehlerProtokoll) {
  const maskieren = fehlerMaskieren(log);
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) {
      res.end();
      return;
    }
    const f = (err ?? {}) as HttpFehler;
    const status = f.status ?? f.statusCode ?? 500;
    let meldung: string;
    let code: string;
    if (f.type === 'entity.too.large') {
      [meldung, code] = ['Die Anfrage ist zu groß (höchstens 100 kB).', 'ANFRAGE_ZU_GROSS'];
    } else if (f.type === 'entity.parse.failed') {
      [meldung, code] = ['Der Inhalt der Anfrage ist kein gültiges JSON.', 'BAD_REQUEST'];
    } else if (status >= 400 && status < 500) {
      [meldung, code] = ['Die Anfrage kann so nicht verarbeitet werden (Format oder Kodierung).', 'BAD_REQUEST'];
    } else {
      // masked exactly like an unexpected GraphQL error: generic message, error id, details in the log
      res.status(500).json({ errors: [maskieren({ message: 'Unerwarteter HTTP-Fehler' }, err)] });
      return;
    }
    res.status(status).json({ errors: [{ message: meldung, extensions: { code } }] });
  };
}
