// Where the client finds java and the server jar (src/paths.ts, compiled to out/paths.js).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const require = createRequire(import.meta.url);
const { chooseJava, chooseJar, findExecutable, isFile } = require('../../out/paths.js');

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-paths-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('java: the setting first, then $JAVA_HOME/bin/java, then java on PATH', () => {
  assert.deepEqual(chooseJava('/opt/jdk/bin/java', { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), {
    command: '/opt/jdk/bin/java',
    from: 'setting',
  });
  assert.deepEqual(chooseJava('  ', { JAVA_HOME: '/usr/lib/jvm/17' }, 'linux'), {
    command: '/usr/lib/jvm/17/bin/java',
    from: 'JAVA_HOME',
  });
  assert.deepEqual(chooseJava(undefined, {}, 'linux'), { command: 'java', from: 'PATH' });
  assert.deepEqual(chooseJava('', { JAVA_HOME: '' }, 'linux'), { command: 'java', from: 'PATH' });
  assert.equal(chooseJava('~/jdk/bin/java', {}, 'linux').command, join(homedir(), 'jdk', 'bin', 'java'));
});

test('java on Windows is java.exe under JAVA_HOME', () => {
  assert.match(chooseJava('', { JAVA_HOME: 'C:\\jdk' }, 'win32').command, /java\.exe$/);
});

test('jar: bundled by default, absolute as written, relative to the workspace folder', () => {
  assert.equal(chooseJar('', '/ext', '/work'), join('/ext', 'server', 'jixiao-lsp.jar'));
  assert.equal(chooseJar(undefined, '/ext', undefined), join('/ext', 'server', 'jixiao-lsp.jar'));
  assert.equal(chooseJar('/srv/lsp.jar', '/ext', '/work'), '/srv/lsp.jar');
  assert.equal(chooseJar('target/lsp.jar', '/ext', '/work'), join('/work', 'target', 'lsp.jar'));
  assert.equal(chooseJar('target/lsp.jar', '/ext', undefined), join('/ext', 'target', 'lsp.jar'));
});

test('findExecutable looks on PATH and takes only files that may be run', () => {
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  const java = join(bin, 'java');
  writeFileSync(java, '#!/bin/sh\n');
  chmodSync(java, 0o644);
  assert.equal(findExecutable('java', { PATH: bin }, 'linux'), undefined, 'not executable');
  chmodSync(java, 0o755);
  assert.equal(findExecutable('java', { PATH: `/nonexistent:${bin}` }, 'linux'), java);
  assert.equal(findExecutable(java, {}, 'linux'), java);
  assert.equal(findExecutable(join(scratch, 'nothing'), {}, 'linux'), undefined);
  assert.equal(findExecutable('java', { PATH: '' }, 'linux'), undefined);
  assert.equal(findExecutable(bin, {}, 'linux'), undefined, 'a folder is no executable');
});

test('isFile is false for folders and missing files', () => {
  assert.equal(isFile(scratch), false);
  assert.equal(isFile(join(scratch, 'missing.jar')), false);
  const jar = join(scratch, 'x.jar');
  writeFileSync(jar, '');
  assert.equal(isFile(jar), true);
});
