/**
 * The browser tests' network: static sites on 127.0.0.1 (random ports), and one recording proxy
 * every request of the browser goes through (both browsers are launched with it as their proxy
 * for every scheme and host, loopback included). The proxy answers for the sites we serve and
 * refuses everything else after writing it down: a request that would have left the machine is
 * on its list, whoever made it (page, content script, popup, background, the browser itself).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** URL prefix (ending in '/') → directory served under it. */
export type Mounts = Record<string, string>;
/** Exact URL path → page body, for pages a test builds in memory. */
export type Routes = Record<string, string>;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// No charset on HTML: the page's own <meta charset> must decide, as on real (often GBK) sites.
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.shtml': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function siteHandler(mounts: Mounts, routes: Routes): Handler {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  return async (req, res) => {
    // A proxied request names the whole URL; a direct one only the path: the base resolves both.
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = { 'cache-control': 'no-store' };
    const inMemory = routes[path];
    if (inMemory !== undefined) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(inMemory);
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix === undefined ? undefined : mounts[prefix];
    if (prefix === undefined || root === undefined) {
      res.writeHead(404, headers).end();
      return;
    }
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  };
}

export interface Listening {
  port: number;
  close(): Promise<void>;
}

async function listen(handler: Handler, onConnect?: (target: string) => void): Promise<Listening> {
  const server = createServer(handler);
  // HTTPS and WebSocket-over-TLS ask a proxy to CONNECT: nothing of ours is served that way.
  server.on('connect', (req: IncomingMessage, socket: import('node:stream').Duplex) => {
    onConnect?.(req.url ?? '');
    socket.end('HTTP/1.1 502 Refused by the test proxy\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A static site on 127.0.0.1 (random port), no caching, no logging. */
export async function startServer(mounts: Mounts, routes: Routes): Promise<Listening & { handler: Handler }> {
  const handler = siteHandler(mounts, routes);
  return { ...(await listen(handler)), handler };
}

export interface RecordingProxy extends Listening {
  /** Every URL asked of the proxy, in order (CONNECT targets as `https://host:port`). */
  readonly seen: string[];
  /** What was asked for something we do not serve: it would have left the machine. */
  foreign(): string[];
  /** Serves a site's handler for requests to `host:port` (any host name in `hosts`). */
  route(port: number, handler: Handler): void;
}

/**
 * The proxy: a request for a port one of our sites listens on (under the fake host or 127.0.0.1)
 * is answered by that site; anything else is recorded as foreign and refused.
 */
export async function startProxy(isLocalHost: (host: string) => boolean): Promise<RecordingProxy> {
  const seen: string[] = [];
  const foreign: string[] = [];
  const sites = new Map<number, Handler>();
  const proxy = await listen(
    (req, res) => {
      const url = req.url ?? '';
      seen.push(url);
      let target: URL | null = null;
      try {
        target = new URL(url);
      } catch {
        // not an absolute URL: someone spoke to the proxy as if it were a site
      }
      const site = target && isLocalHost(target.hostname) ? sites.get(Number(target.port || 80)) : undefined;
      if (!site) {
        foreign.push(url);
        res.writeHead(502, { 'content-type': 'text/plain' }).end('Refused by the test proxy: not a test site');
        return;
      }
      site(req, res);
    },
    (target) => {
      const url = `https://${target}`;
      seen.push(url);
      foreign.push(url);
    },
  );
  return {
    ...proxy,
    seen,
    foreign: () => [...foreign],
    route: (port, handler) => void sites.set(port, handler),
  };
}
