/**
 * A minimal LSP client for the real yaml-language-server (the engine of VS Code's
 * YAML extension), spoken over stdio with Content-Length framing: enough to open
 * documents and read the diagnostics the editor would underline.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SERVER = path.resolve(__dirname, '../../node_modules/yaml-language-server/bin/yaml-language-server');

export interface Diagnostic {
  /** 0-based, as in LSP. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export class YamlLanguageServer {
  private readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[][]>();
  private readonly waiters: Array<() => void> = [];
  private stderr = '';
  private version = 0;
  /** The answers to the server's `workspace/configuration` pull: sections yaml, http, [yaml], editor. */
  private settings: Record<string, unknown> = {};

  private constructor(root: string) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => {
      this.receive(chunk);
    });
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  /**
   * Start the server on a workspace folder, with the `yaml` settings an editor would
   * send (validation on; schema store and network lookups off, so that only the
   * schemas the files name are used).
   */
  static async start(root: string, yaml: Record<string, unknown> = {}): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer(root);
    const rootUri = uri(root);
    await server.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
      capabilities: { textDocument: { publishDiagnostics: {} } },
    });
    server.settings = {
      yaml: { validate: true, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false }, ...yaml },
      http: { proxy: '', proxyStrictSSL: false },
    };
    server.notify('initialized', {});
    // The server ignores the settings sent here and pulls them with `workspace/configuration`, as from VS Code.
    server.notify('workspace/didChangeConfiguration', { settings: server.settings });
    return server;
  }

  /** Open a document (the text given, not what is on disk), wait for its diagnostics, and close it. */
  async diagnose(file: string, text: string, timeoutMs = 50_000): Promise<Diagnostic[]> {
    const docUri = uri(file);
    const opened = this.published(docUri);
    this.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'yaml', version: ++this.version, text } });
    await this.waitForPublish(docUri, opened, timeoutMs);
    const result = this.diagnostics.get(docUri)![opened]!;
    // Closing publishes an empty list: wait for it, so that it is not taken for the next opening's diagnostics.
    const closed = this.published(docUri);
    this.notify('textDocument/didClose', { textDocument: { uri: docUri } });
    await this.waitForPublish(docUri, closed, timeoutMs);
    return result;
  }

  private published(docUri: string): number {
    return this.diagnostics.get(docUri)?.length ?? 0;
  }

  private async waitForPublish(docUri: string, seen: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.published(docUri) <= seen) {
      if (Date.now() > deadline || this.proc.exitCode !== null) {
        throw new Error(`no diagnostics for ${docUri} from yaml-language-server; its stderr: ${this.stderr.slice(-2000)}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) =>
      this.proc.once('exit', () => {
        resolve();
      }),
    );
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      /* killed below */
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => {
        if (m.error) reject(new Error(JSON.stringify(m.error)));
        else resolve(m.result);
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    if (!this.proc.stdin.writable) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(m: Message): void {
    if (m.method === undefined && m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const { uri: docUri, diagnostics } = m.params as { uri: string; diagnostics: Diagnostic[] };
      const list = this.diagnostics.get(docUri) ?? [];
      list.push(diagnostics);
      this.diagnostics.set(docUri, list);
      for (const wake of this.waiters.splice(0)) wake();
    } else if (m.id !== undefined) {
      // A request from the server: the settings it pulls, and null to anything else (registerCapability, …).
      const result =
        m.method === 'workspace/configuration'
          ? (m.params as { items: Array<{ section?: string }> }).items.map((item) => this.settings[item.section ?? ''] ?? null)
          : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
  }
}

export function uri(file: string): string {
  return pathToFileURL(file).href;
}
