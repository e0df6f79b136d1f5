// The client in a stand-in `vscode` (there is no VS Code on CI): what it tells the user when the
// jar or java is missing, and that it really starts `<java> -jar <jar>` and speaks LSP over stdio,
// against a small fake server. The real editor is not exercised here.
//
// By default this loads out/extension.js; with JIXIAO_EXTENSION_DIR set to an unpacked .vsix's
// extension/ folder it loads that one, with only the node_modules the package holds (ci.sh does).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';

const require = createRequire(import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-client-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// ------------------------------------------------------------------ a stand-in vscode
const disposable = () => ({ dispose() {} });
/** Anything not modelled below: callable, constructible, every property another such thing. */
function anything() {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // never a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'dispose') return () => {};
      return anything();
    },
    apply: () => anything(),
    construct: () => anything(),
  });
}
class EventEmitter {
  constructor() { this.listeners = []; this.event = (l) => { this.listeners.push(l); return disposable(); }; }
  fire(e) { this.listeners.forEach((l) => l(e)); }
  dispose() {}
}
let settings = {};
let shown = [];
let logged = [];
const channel = () => ({
  name: 'jixiao', logLevel: 2, onDidChangeLogLevel: () => disposable(),
  info: (m) => logged.push(m), error: (m) => logged.push(m), warn: (m) => logged.push(m), debug() {}, trace() {},
  append() {}, appendLine: (m) => logged.push(m), replace() {}, clear() {}, show() {}, hide() {}, dispose() {},
});
const known = {
  EventEmitter,
  Disposable: class { constructor(f) { this.f = f; } dispose() { this.f?.(); } static from() { return disposable(); } },
  CancellationError: class extends Error {},
  CodeAction: class {},
  Diagnostic: class {},
  Uri: { file: (p) => ({ scheme: 'file', fsPath: p, toString: () => `file://${p}` }), parse: (s) => ({ toString: () => s }) },
  env: { appName: 'fake', language: 'zh-cn', machineId: 'x', sessionId: 'y' },
  version: '1.91.0',
  window: {
    createOutputChannel: () => channel(),
    showErrorMessage: (m) => { shown.push(['error', m]); return Promise.resolve(undefined); },
    showWarningMessage: (m) => { shown.push(['warning', m]); return Promise.resolve(undefined); },
    showInformationMessage: (m) => { shown.push(['info', m]); return Promise.resolve(undefined); },
    onDidChangeActiveTextEditor: () => disposable(),
    onDidChangeVisibleTextEditors: () => disposable(),
    visibleTextEditors: [],
    activeTextEditor: undefined,
    tabGroups: { all: [], onDidChangeTabs: () => disposable(), onDidChangeTabGroups: () => disposable() },
  },
  workspace: {
    getConfiguration: (section) => ({
      get: (key, fallback) => settings[`${section}.${key}`] ?? fallback,
      has: () => false,
      inspect: () => undefined,
      update: () => Promise.resolve(),
    }),
    workspaceFolders: undefined,
    textDocuments: [],
    notebookDocuments: [],
    onDidChangeConfiguration: () => disposable(),
    onDidOpenTextDocument: () => disposable(),
    onDidCloseTextDocument: () => disposable(),
    onDidChangeTextDocument: () => disposable(),
    onDidSaveTextDocument: () => disposable(),
    onWillSaveTextDocument: () => disposable(),
    onDidChangeWorkspaceFolders: () => disposable(),
    onDidOpenNotebookDocument: () => disposable(),
    onDidCloseNotebookDocument: () => disposable(),
    onDidChangeNotebookDocument: () => disposable(),
    onDidSaveNotebookDocument: () => disposable(),
    createFileSystemWatcher: () => ({ onDidCreate: () => disposable(), onDidChange: () => disposable(), onDidDelete: () => disposable(), dispose() {} }),
  },
  commands: { registerCommand: () => disposable(), executeCommand: () => Promise.resolve() },
  languages: { match: () => 0, createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }) },
};
const vscode = new Proxy(known, { get: (t, key) => (key in t ? t[key] : anything()) });
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const extensionDir = process.env.JIXIAO_EXTENSION_DIR;
const extension = require(extensionDir ? join(extensionDir, 'out', 'extension.js') : '../../out/extension.js');
if (extensionDir) {
  const client = require.resolve('vscode-languageclient/node', { paths: [join(extensionDir, 'out')] });
  assert.ok(client.startsWith(extensionDir), `vscode-languageclient came from ${client}, not the package`);
}

function context(extensionPath) {
  return { extensionPath, subscriptions: [], asAbsolutePath: (p) => join(extensionPath, p) };
}
beforeEach(async () => {
  await extension.deactivate();
  settings = {};
  shown = [];
  logged = [];
});
after(() => extension.deactivate());

// ------------------------------------------------------------------ tests
test('a missing bundled jar is one clear Chinese error, and activation still succeeds', async () => {
  const ext = join(scratch, 'ext-without-server');
  mkdirSync(ext);
  await extension.activate(context(ext));
  assert.equal(shown.length, 1);
  const [kind, message] = shown[0];
  assert.equal(kind, 'error');
  assert.ok(message.startsWith(`未找到 jixiao 语言服务器：${join(ext, 'server', 'jixiao-lsp.jar')}`), message);
  assert.match(message, /jixiao\.server\.jar/);
});

test('a configured jar that is missing names the setting', async () => {
  settings['jixiao.server.jar'] = join(scratch, 'nowhere', 'lsp.jar');
  await extension.activate(context(scratch));
  assert.equal(shown.length, 1);
  assert.ok(shown[0][1].startsWith(`未找到 jixiao 语言服务器：${join(scratch, 'nowhere', 'lsp.jar')}`), shown[0][1]);
  assert.match(shown[0][1], /请检查设置 jixiao\.server\.jar/);
});

test('a missing java is a clear Chinese error naming jixiao.java.path', async () => {
  const jar = join(scratch, 'present.jar');
  writeFileSync(jar, '');
  settings['jixiao.server.jar'] = jar;
  settings['jixiao.java.path'] = join(scratch, 'no-such-java');
  await extension.activate(context(scratch));
  assert.equal(shown.length, 1);
  assert.ok(shown[0][1].startsWith('未找到 Java：'), shown[0][1]);
  assert.match(shown[0][1], /jixiao\.java\.path/);
});

test('the server is started as <java> -jar <jar> and answers initialize over stdio', async () => {
  // A stand-in for java: records its arguments, then speaks just enough LSP.
  const record = join(scratch, 'record.json');
  const fakeJava = join(scratch, 'fake-java');
  writeFileSync(fakeJava, `#!${process.execPath}
const fs = require('fs');
const seen = { argv: process.argv.slice(2), methods: [] };
const save = () => { fs.writeFileSync(${JSON.stringify(record + '.tmp')}, JSON.stringify(seen)); fs.renameSync(${JSON.stringify(record + '.tmp')}, ${JSON.stringify(record)}); };
save();
let buffer = Buffer.alloc(0);
const send = (m) => { const b = Buffer.from(JSON.stringify(m), 'utf8'); process.stdout.write('Content-Length: ' + b.length + '\\r\\n\\r\\n'); process.stdout.write(b); };
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\\r\\n\\r\\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\\d+)/i.exec(buffer.slice(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.slice(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.slice(end + 4 + length);
    seen.methods.push(message.method);
    if (message.method === 'initialize') { seen.initialize = message.params; send({ jsonrpc: '2.0', id: message.id, result: { capabilities: { textDocumentSync: 1 }, serverInfo: { name: 'fake' } } }); }
    else if (message.method === 'shutdown') send({ jsonrpc: '2.0', id: message.id, result: null });
    else if (message.method === 'exit') { save(); process.exit(0); }
    save();
  }
});
`);
  chmodSync(fakeJava, 0o755);
  const jar = join(scratch, 'jixiao-lsp.jar');
  writeFileSync(jar, '');
  settings['jixiao.server.jar'] = jar;
  settings['jixiao.java.path'] = fakeJava;
  await extension.activate(context(scratch));
  assert.deepEqual(shown, [], JSON.stringify(shown));
  // The fake server writes down each message as it comes; give it a moment (at most 5 s).
  const seen = async (method) => {
    let now = JSON.parse(readFileSync(record, 'utf8'));
    for (let i = 0; i < 50 && !now.methods.includes(method); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = JSON.parse(readFileSync(record, 'utf8'));
    }
    return now;
  };
  const started = await seen('initialized');
  assert.deepEqual(started.argv, ['-jar', jar]);
  assert.ok(started.methods.includes('initialize'), JSON.stringify(started.methods));
  assert.ok(started.methods.includes('initialized'), JSON.stringify(started.methods));
  assert.equal(started.initialize.clientInfo.name, 'fake');
  await extension.deactivate();
  const stopped = await seen('exit');
  assert.ok(stopped.methods.includes('shutdown') && stopped.methods.includes('exit'), JSON.stringify(stopped.methods));
});
