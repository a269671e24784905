/**
 * `orgctl serve` as a real server on 127.0.0.1 with a real browser (headless
 * Chromium): edit a file and the page shows the change; break it and the page
 * keeps the last good chart with the error (file:line) on top; fix it and the
 * chart is back; files appearing and disappearing are picked up. Only its own
 * routes answer, only to a local Host. The CLI stops cleanly on SIGINT.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { serve, type Serving } from '../../src/serve/index.js';
import { CHROMIUM, IN_CI, launch, NO_CHROMIUM, watchedPage } from '../support/browser.js';
import { BIN, runProcess } from '../support/cli.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-serve-');
// The browser's steps wait with support/browser.ts's hang guard; a test or hook of several steps has 10 minutes.
if (!CHROMIUM) console.warn(NO_CHROMIUM);

const ORG = 'kind: Organization\nid: acme\nname: Acme\nlocale: en\n';
const SALES = (title: string) => `kind: Department
id: sales
name: Sales
---
kind: Role
id: sales-lead
title: ${title}
department: sales
---
kind: Role
id: rep
title: Sales Rep
department: sales
reports_to: sales-lead
headcount: 3
`;

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve: routes', () => {
  let serving: Serving;
  beforeAll(async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    serving = await serve({ path: dir, port: 0, debounceMs: 20 });
  }, 600_000);
  afterAll(async () => serving.close());

  it('listens on 127.0.0.1 and answers only its own routes', async () => {
    expect(serving.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await get(serving.url)).status).toBe(200);
    const chart = await get(`${serving.url}chart.json`);
    expect(JSON.parse(chart.body).nodes.some((n: { t: string }) => n.t === 'Head of Sales')).toBe(true);
    expect((await get(`${serving.url}handbook`)).body).toContain('Head of Sales');
    for (const p of ['../org.yaml', '%2e%2e/org.yaml', 'org.yaml', 'sales.yaml', '..%2f..%2fetc%2fpasswd', '/etc/passwd']) {
      const r = await get(`${serving.url}${p}`);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('kind:');
    }
    expect((await get(serving.url, { host: 'attacker.example' })).status).toBe(403);
    expect((await get(serving.url, {}, 'POST')).status).toBe(405);
  });
});

describe.skipIf(!CHROMIUM && !IN_CI)('serve: live preview in Chromium', () => {
  let browser: Browser | undefined;
  let serving: Serving;
  let dir: string;
  beforeAll(async () => {
    expect(CHROMIUM, 'CI needs chromium (apt-get install chromium fonts-noto-cjk)').toBeDefined();
    dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    serving = await serve({ path: dir, port: 0, debounceMs: 20 });
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await serving.close();
  });

  it('edit → change, break → last good chart with the error, fix → chart; files come and go', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(serving.url);
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    const label = (id: string) => page.evaluate((i) => (window as unknown as Live).orgctl.label(i), id);
    expect(await label('sales-lead')).toBe('Head of Sales');

    // Edit a file: the page shows the change.
    fs.writeFileSync(path.join(dir, 'sales.yaml'), SALES('Sales Director'));
    await page.waitForFunction(() => (window as unknown as Live).orgctl.label('sales-lead') === 'Sales Director');

    // Half-written: the last good chart stays, the error with file:line is on top.
    fs.writeFileSync(path.join(dir, 'sales.yaml'), SALES('VP Sales').slice(0, 60) + '\n  bad: [unclosed\n');
    await page.waitForSelector('#banner:not([hidden])');
    expect(await page.$eval('#banner', (e) => e.textContent)).toMatch(/sales\.yaml:\d+:\d+/);
    expect(await label('sales-lead')).toBe('Sales Director');

    // Fixed: the banner goes, the chart follows.
    fs.writeFileSync(path.join(dir, 'sales.yaml'), SALES('VP Sales'));
    await page.waitForFunction(() => (window as unknown as Live).orgctl.label('sales-lead') === 'VP Sales');
    expect(await page.$eval('#banner', (e) => (e as HTMLElement).hidden)).toBe(true);

    // A file appears (in a new folder), then disappears.
    writeTree(dir, { 'more/ops.yaml': 'kind: Role\nid: ops\ntitle: Ops Lead\ndepartment: sales\nreports_to: sales-lead\n' });
    await page.waitForFunction(() => (window as unknown as Live).orgctl.label('ops') === 'Ops Lead');
    fs.rmSync(path.join(dir, 'more'), { recursive: true });
    await page.waitForFunction(() => (window as unknown as Live).orgctl.label('ops') === null);

    // Findings are listed with file:line.
    writeTree(dir, { 'bad.yaml': 'kind: Role\nid: lost\ntitle: Lost\ndepartment: sales\nreports_to: nobody\n' });
    await page.waitForFunction(() => document.getElementById('findings')!.textContent.includes('bad.yaml'));
    expect(await page.$eval('#findings', (e) => e.textContent)).toMatch(/bad\.yaml:\d+:\d+ \w+ [^]*nobody/);
    expect(problems).toEqual([]);
  }, 600_000);
});

describe.skipIf(!CHROMIUM && !IN_CI)('serve: an open page across a restart', () => {
  it('shows the org as the restarted server reads it, though both count their versions from 0', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    let serving = await serve({ path: dir, port: 0, debounceMs: 20 });
    const port = Number(new URL(serving.url).port);
    const browser = await launch();
    try {
      const { page, problems } = await watchedPage(browser);
      await page.goto(serving.url);
      await page.waitForFunction('window.orgctl && window.orgctl.ready');
      // Stopped, edited while nothing serves, started again on the same port: its first chart is version 0 too.
      await serving.close();
      fs.writeFileSync(path.join(dir, 'sales.yaml'), SALES('Sales Director'));
      fs.writeFileSync(path.join(dir, 'org.yaml'), ORG.replace('name: Acme', 'name: Acme Group').replace('locale: en', 'locale: zh-CN'));
      serving = await serve({ path: dir, port, debounceMs: 20 });
      await page.waitForFunction(() => (window as unknown as Live).orgctl.label('sales-lead') === 'Sales Director');
      // The tab's title and the page's language follow the org as it is now, not as the page was first served.
      expect(await page.title()).toContain('Acme Group');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(problems.filter((p) => !/ERR_CONNECTION_REFUSED|EventSource|events/.test(p))).toEqual([]);
    } finally {
      await browser.close();
      await serving.close();
    }
  }, 600_000);
});

describe('serve: the command', () => {
  it('--host that is not an address of this machine: exit 2, one line with the fix, no warning about sharing', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    // 192.0.2.0/24 is for documentation: never an address of this machine.
    const run = await runProcess(process.execPath, [BIN, 'serve', dir, '--host', '192.0.2.1', '--port', '0'], { timeout: 60000 });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('warning');
    expect(run.stderr).toContain("orgctl: cannot listen on '192.0.2.1': it is not an address of this machine; use --host 127.0.0.1");
  }, 60000);

  it('a port in use: exit 2, one line with the fix, before the chart is built', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as net.AddressInfo).port);
      const run = await runProcess(process.execPath, [BIN, 'serve', dir, '--port', port], { timeout: 60000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`orgctl: port ${port} is in use; pick another with --port\n`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 60000);

  it('no sharing warning for a loopback address other than 127.0.0.1 (all of 127.0.0.0/8 is this machine)', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    const child = spawn(process.execPath, [BIN, 'serve', dir, '--host', '127.0.0.2', '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (c: string) => {
        stderr += c;
        if (stderr.includes('serving')) resolve();
      });
      void exited.then(() => {
        reject(new Error(`exited early: ${stderr}`));
      });
    });
    // The exit code is the SIGINT test's business (below): here only what was printed.
    child.kill('SIGINT');
    await exited;
    expect(stderr).toContain('http://127.0.0.2:');
    expect(stderr).not.toContain('warning');
  }, 60000);

  it('prints its URL, answers, and stops cleanly on SIGINT', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': ORG, 'sales.yaml': SALES('Head of Sales') });
    const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: string) => {
        stderr += c;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => {
        reject(new Error(`exited early: ${stderr}`));
      });
    });
    expect((await get(url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
      }),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopped');
  }, 60000);
});

interface Live {
  orgctl: { label(id: string): string | null };
}
