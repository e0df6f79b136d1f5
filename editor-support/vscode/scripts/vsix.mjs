#!/usr/bin/env node
// Checks a packaged .vsix (a zip) without unzip: what it must and must not hold, and can unpack it.
//
//   node scripts/vsix.mjs check   dist/jixiao.vsix   the entries an installed extension needs are there
//   node scripts/vsix.mjs extract dist/jixiao.vsix DIR
//   node scripts/vsix.mjs list    dist/jixiao.vsix
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip, from its central directory: name, method, sizes, local header offset. */
function entries(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) {
    end--;
  }
  if (end < 0) {
    throw new Error('not a zip file: no end of central directory');
  }
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) {
      throw new Error(`bad central directory entry ${i}`);
    }
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    out.push({ name, method, compressed, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

function contents(zip, entry) {
  const local = entry.offset;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method === 8) {
    return inflateRawSync(data);
  }
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
}

function check(zip, path) {
  const names = new Set(entries(zip).map((e) => e.name));
  const required = [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/readme.md',
    'extension/language-configuration.json',
    'extension/syntaxes/jixiao.tmLanguage.json',
    'extension/snippets/jixiao.json',
    'extension/out/extension.js',
    'extension/out/paths.js',
    'extension/node_modules/vscode-languageclient/package.json',
    'extension/node_modules/vscode-languageclient/lib/node/main.js',
    'extension/node_modules/vscode-languageserver-protocol/package.json',
    'extension/node_modules/vscode-jsonrpc/package.json',
  ];
  const here = dirname(fileURLToPath(import.meta.url));
  const jar = existsSync(join(here, '..', 'server', 'jixiao-lsp.jar'));
  if (jar) {
    required.push('extension/server/jixiao-lsp.jar');
  }
  const forbidden = [
    /^extension\/node_modules\/\.bin\//,
    /^extension\/node_modules\/(typescript|@vscode\/vsce|vscode-tmgrammar-test|@types)\//,
    /^extension\/(src|test|scripts|dist)\//,
    /^extension\/(ci\.sh|tsconfig\.json|package-lock\.json)$/,
    /\.vsix$/,
  ];
  const missing = required.filter((n) => !names.has(n));
  const unwanted = [...names].filter((n) => forbidden.some((f) => f.test(n)));
  if (missing.length > 0 || unwanted.length > 0) {
    if (missing.length > 0) console.error(`${path} lacks: ${missing.join(', ')}`);
    if (unwanted.length > 0) console.error(`${path} should not hold: ${unwanted.slice(0, 20).join(', ')}`);
    process.exit(1);
  }
  return { files: names.size, jar };
}

const [command, path, dir] = process.argv.slice(2);
if (path === undefined) {
  console.error('usage: node scripts/vsix.mjs check|list|extract FILE.vsix [DIR]');
  process.exit(2);
}
const zip = readFileSync(path);
if (command === 'list') {
  for (const e of entries(zip)) console.log(`${String(e.size).padStart(9)}  ${e.name}`);
} else if (command === 'check') {
  const { files, jar } = check(zip, path);
  console.log(`${files} files, ${Math.round(zip.length / 1024)} KB, server jar ${jar ? 'included' : 'absent (not built yet)'}`);
} else if (command === 'extract' && dir !== undefined) {
  for (const e of entries(zip)) {
    const target = normalize(join(dir, e.name));
    if (!target.startsWith(normalize(dir) + sep)) {
      throw new Error(`${e.name}: outside the target folder`);
    }
    if (e.name.endsWith('/')) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents(zip, e));
  }
} else {
  console.error(`unknown command: ${command}`);
  process.exit(2);
}
