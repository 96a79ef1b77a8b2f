import http from 'node:http';

/**
 * While the database is not reachable at start: a stand-in on the portal's port so that
 * orchestrators see the process alive (`/health/live` 200) but not ready (`/health/ready` 503), and
 * every other request gets a 503 with `Retry-After` instead of a refused connection.
 */
export async function warteServerStarten(port: number): Promise<{ schliessen(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pfad = (req.url ?? '/').split('?')[0];
    const antwort = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', 'x-content-type-options': 'nosniff' });
      res.end(JSON.stringify(body));
    };
    if (pfad === '/health/live') return antwort(200, { status: 'ok' });
    if (pfad === '/health/ready') return antwort(503, { status: 'datenbank nicht erreichbar' });
    return antwort(503, { errors: [{ message: 'Das Portal startet gerade und ist gleich wieder erreichbar. Bitte versuchen Sie es in einigen Sekunden erneut.', extensions: { code: 'NICHT_BEREIT' } }] });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  return {
    schliessen: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
