/**
 * The HTTP side of `orgctl serve`: a fixed set of routes, no file serving
 * (so no path can reach a file outside the org), GET and HEAD only, and only
 * for a Host that names this machine (a web page elsewhere cannot read the
 * org through DNS rebinding).
 *
 *   /             the interactive chart, live
 *   /chart.json   the last good chart (the page fetches it on each new version)
 *   /events       server-sent events: `state` {version, error, findings} on connect and on each change
 *   /findings.json the findings, with file:line:col
 *   /handbook     the HTML handbook of the last good version
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { writeHtml } from '../chart/interactive/page.js';
import { renderHandbook } from '../docs/index.js';
import { HANDBOOK_HTML } from '../docs/paths.js';
import type { LiveChart } from './live.js';

export interface LiveServer {
  url: string;
  /** Tell every open page about the current state. */
  broadcast(): void;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * DNS rebinding needs a name the attacker controls: a request for an IP
 * address (`192.0.2.7:7420`, `[2001:db8::7]:7420`, what a colleague's browser
 * sends when `--host 0.0.0.0` shares the preview) cannot be one, so it is
 * answered; a name only when it is this machine's own or the one listened on.
 */
function hostAllowed(host: string | undefined, boundHost: string): boolean {
  if (host === undefined) return false;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (LOCAL_HOSTS.has(name) || name === boundHost.toLowerCase()) return true;
  return net.isIPv4(name) || (name.startsWith('[') && name.endsWith(']') && net.isIPv6(name.slice(1, -1)));
}

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

export async function startServer(live: LiveChart, host: string, port: number): Promise<LiveServer> {
  const clients = new Set<http.ServerResponse>();
  let handbook: { version: number; html: string } | undefined;
  const event = () => `event: state\ndata: ${JSON.stringify(live.state)}\n\n`;

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) => {
    res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
        return;
      }
      if (!hostAllowed(req.headers.host, host)) {
        send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n', head);
        return;
      }
      const route = (req.url ?? '/').split('?')[0];
      switch (route) {
        case '/':
        case '/index.html': {
          const title = live.model?.organization?.name ?? 'orgctl';
          const page = writeHtml(undefined, title, live.model?.organization?.locale ?? 'en', {
            live: true,
            handbookHref: 'handbook',
            words: live.words,
          });
          send(res, 200, 'text/html; charset=utf-8', page, head);
          return;
        }
        case '/chart.json':
          if (live.chartJson === undefined) {
            send(res, 503, 'application/json', '{"error":"no chart yet"}', head);
            return;
          }
          {
            send(res, 200, 'application/json; charset=utf-8', live.chartJson, head);
            return;
          }
        case '/findings.json': {
          send(res, 200, 'application/json; charset=utf-8', JSON.stringify(live.state.findings), head);
          return;
        }
        case '/handbook': {
          if (!live.model) {
            send(res, 503, 'text/plain; charset=utf-8', 'no handbook yet\n', head);
            return;
          }
          if (handbook?.version !== live.state.version) {
            const files = await renderHandbook(live.model, { format: 'html' });
            handbook = { version: live.state.version, html: files.get(HANDBOOK_HTML) ?? '' };
          }
          send(res, 200, 'text/html; charset=utf-8', handbook.html, head);
          return;
        }
        case '/events':
          res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
          if (head) return res.end();
          res.write(event());
          clients.add(res);
          req.on('close', () => clients.delete(res));
          return;
        default: {
          send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
          return;
        }
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `${err instanceof Error ? err.message : String(err)}\n`, false);
      else res.end();
    });
  });
  // Comments keep idle event streams open through proxies and let closed ones be noticed.
  const keepAlive = setInterval(() => {
    for (const c of clients) c.write(': keep-alive\n\n');
  }, 15000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // Listening on every address (0.0.0.0, ::): the page to open is this machine's own (browsers refuse http://0.0.0.0/).
  const local = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const shown = local.includes(':') ? `[${local}]` : local;
  return {
    url: `http://${shown}:${address.port}/`,
    broadcast() {
      const text = event();
      for (const c of clients) c.write(text);
    },
    close() {
      clearInterval(keepAlive);
      for (const c of clients) c.end();
      clients.clear();
      return new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
