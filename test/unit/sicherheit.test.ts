import type { IncomingMessage } from 'node:http';
import { eigeneWebSockets } from '../../server/src/http/sicherheit';

/** The page's own WebSocket origin in the CSP: taken from the Host header, never anything that could add a directive. */
describe('eigeneWebSockets (connect-src)', () => {
  const mitHost = (host: string | undefined) => eigeneWebSockets({ headers: host === undefined ? {} : { host } } as IncomingMessage);

  it('nennt ws:// und wss:// des eigenen Hosts', () => {
    expect(mitHost('portal.example:4000')).toBe('ws://portal.example:4000 wss://portal.example:4000');
    expect(mitHost('localhost')).toBe('ws://localhost wss://localhost');
    expect(mitHost('[::1]:4000')).toBe('ws://[::1]:4000 wss://[::1]:4000');
  });

  it('übernimmt keinen Host, der die Richtlinie erweitern könnte', () => {
    for (const boese of ['evil.example; script-src *', 'a b', "x'unsafe-inline'", 'host/pfad', '', 'a:b:c']) expect(mitHost(boese)).toBe("'self'");
    expect(mitHost(undefined)).toBe("'self'");
  });
});
