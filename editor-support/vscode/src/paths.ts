// Where the language server's java and jar are. No `vscode` import here, so that
// these rules are tested with plain node (src/test/paths.test.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The jar's place inside the extension folder when `jixiao.server.jar` is empty. */
export const BUNDLED_JAR = path.join('server', 'jixiao-lsp.jar');

export interface JavaChoice {
  /** What is run: an absolute path or a bare command looked up on PATH. */
  command: string;
  /** Where the choice came from, for messages. */
  from: 'setting' | 'JAVA_HOME' | 'PATH';
}

/** `~/x` → the home folder's x; anything else unchanged. */
export function expandHome(p: string): string {
  if (p === '~') {
    return os.homedir();
  }
  if (p.startsWith('~/') || p.startsWith('~\\')) {
    return path.join(os.homedir(), p.slice(2));
  }
  return p;
}

/**
 * The java to run: the setting when it is not empty; else `$JAVA_HOME/bin/java` when
 * JAVA_HOME is set; else `java` on PATH.
 */
export function chooseJava(
  setting: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): JavaChoice {
  const configured = (setting ?? '').trim();
  if (configured !== '') {
    return { command: expandHome(configured), from: 'setting' };
  }
  const javaHome = (env.JAVA_HOME ?? '').trim();
  if (javaHome !== '') {
    const exe = platform === 'win32' ? 'java.exe' : 'java';
    return { command: path.join(expandHome(javaHome), 'bin', exe), from: 'JAVA_HOME' };
  }
  return { command: 'java', from: 'PATH' };
}

/**
 * The jar to run: the bundled one when the setting is empty; an absolute setting as it is;
 * a relative one against the first workspace folder (or the extension folder when no folder is open).
 */
export function chooseJar(setting: string | undefined, extensionPath: string, workspaceFolder: string | undefined): string {
  const configured = (setting ?? '').trim();
  if (configured === '') {
    return path.join(extensionPath, BUNDLED_JAR);
  }
  const expanded = expandHome(configured);
  if (path.isAbsolute(expanded)) {
    return path.normalize(expanded);
  }
  return path.resolve(workspaceFolder ?? extensionPath, expanded);
}

/** True when `file` exists and is a regular file (not a folder). */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A regular file that may be run (on Windows, any file: there is no execute bit). */
function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  if (!isFile(file)) {
    return false;
  }
  if (platform === 'win32') {
    return true;
  }
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a command runs: itself when it names a path; else the first match on PATH
 * (with PATHEXT's endings on Windows). Undefined when there is none.
 */
export function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const hasSeparator = command.includes('/') || (platform === 'win32' && command.includes('\\'));
  if (hasSeparator || path.isAbsolute(command)) {
    return isExecutable(command, platform) ? command : undefined;
  }
  const searchPath = env.PATH ?? env.Path ?? '';
  const delimiter = platform === 'win32' ? ';' : ':';
  const endings =
    platform === 'win32' && path.extname(command) === ''
      ? (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '')
      : [''];
  for (const dir of searchPath.split(delimiter)) {
    if (dir === '') {
      continue;
    }
    for (const ending of endings) {
      const candidate = path.join(dir, command + ending);
      if (isExecutable(candidate, platform)) {
        return candidate;
      }
    }
  }
  return undefined;
}
