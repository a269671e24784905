/** `orgctl serve`: start the live preview, print where it is, stop cleanly on Ctrl-C (SIGINT) or SIGTERM. */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { prepareLayout } from '../../chart/index.js';
import { UsageError } from '../../core/errors.js';
import { serve } from '../../serve/index.js';
import type { ServeCommandOptions } from '../commands/serve.js';
import { say, warn } from '../stderr.js';

/** An address only this machine can reach: every 127.x.y.z, ::1 (and IPv4-mapped 127.x), localhost. */
function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return h === 'localhost' || h === '::1' || (net.isIPv4(v4) && v4.startsWith('127.'));
}

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {
      warn(`could not open a browser; open ${url}`);
    });
    child.unref();
  } catch {
    warn(`could not open a browser; open ${url}`);
  }
}

export async function runServe(path: string, opts: ServeCommandOptions): Promise<number> {
  prepareLayout();
  const serving = await serve({
    path,
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    host: opts.host,
    port: opts.port,
    chart: {
      level: opts.level,
      ...(opts.root !== undefined ? { root: opts.root } : {}),
      ...(opts.department !== undefined ? { department: opts.department } : {}),
      ...(opts.depth !== undefined ? { depth: opts.depth } : {}),
    },
    onRebuild: (state, times) => {
      if (state.error !== null) say(`the org does not load (keeping the last good chart): ${state.error.split('\n')[0] ?? ''}`);
      else if (times)
        say(
          `chart v${state.version} in ${Math.round(times.total)} ms (load ${Math.round(times.load)}, lint ${Math.round(times.lint)}, layout ${Math.round(times.layout)}); ${state.findings.length} finding(s)`,
        );
    },
  }).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${opts.port} is in use; pick another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new UsageError(
        `cannot listen on '${opts.host}': it is not an address of this machine; use --host 127.0.0.1 (or 0.0.0.0 to share)`,
      );
    throw err;
  });
  // Warned once listening: a host that cannot be listened on shares nothing.
  if (!isLoopback(opts.host)) warn(`listening on ${opts.host}: anyone who can reach it can read the org`);
  say(`serving ${path} at ${serving.url} (Ctrl-C to stop)`);
  if (opts.open) openInBrowser(serving.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void serving.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  say('stopped');
  return 0;
}
