/**
 * `orgctl serve` on a path that is not there: a mistyped path is exit 2 with
 * the load's one line, as for every other command, not a server that waits
 * for a folder that will never appear.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { serve } from '../../src/serve/index.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-serve-start-');

/** GET `url` with the given Host header: the status. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve: start', () => {
  it('refuses a path that does not exist, before listening', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const missing = path.join(dir, 'orgg');
    const started = serve({ path: missing, port: 0 });
    await expect(started).rejects.toThrow(UsageError);
    await expect(started).rejects.toThrow(`path not found: ${missing}`);
  });

  it('refuses an empty --host, which would listen on every address of the machine', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const started = serve({ path: dir, host: '', port: 0 });
    await expect(started).rejects.toThrow(UsageError);
    await expect(started).rejects.toThrow('--host is empty');
  });

  it('watches the path given relative to its cwd, not to the process working folder', async () => {
    const parent = tmp();
    const dir = writeTree(path.join(parent, 'org'), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    let told: () => void = () => undefined;
    const serving = await serve({
      path: 'org',
      cwd: parent,
      port: 0,
      debounceMs: 20,
      onRebuild: () => {
        told();
      },
    });
    try {
      // Told of the rebuild however long a loaded machine takes: a change never seen is a hang, which the test's timeout ends.
      const rebuilt = new Promise<void>((resolve) => {
        told = resolve;
      });
      fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: Acme Renamed\n');
      await rebuilt;
      await serving.idle();
      expect(serving.live.model?.organization?.name).toBe('Acme Renamed');
    } finally {
      await serving.close();
    }
  });

  it('--host 0.0.0.0 answers requests addressed to an IP of the machine; a host name still needs to be this machine', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const serving = await serve({ path: dir, host: '0.0.0.0', port: 0 });
    try {
      // The address to open is this machine's, not the wildcard (browsers refuse http://0.0.0.0/).
      expect(serving.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = new URL(serving.url).port;
      const local = `http://127.0.0.1:${port}/findings.json`;
      // What a colleague's browser sends for http://192.0.2.7:PORT/ (no DNS name: nothing to rebind).
      expect(await statusWithHost(local, `192.0.2.7:${port}`)).toBe(200);
      expect(await statusWithHost(local, `[2001:db8::7]:${port}`)).toBe(200);
      expect(await statusWithHost(local, `localhost:${port}`)).toBe(200);
      // A page of another site whose name now resolves to this machine (DNS rebinding) is still refused.
      expect(await statusWithHost(local, `attacker.example:${port}`)).toBe(403);
      expect(await statusWithHost(local, `192.0.2.7.attacker.example:${port}`)).toBe(403);
    } finally {
      await serving.close();
    }
  });
});
