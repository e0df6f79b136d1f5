// The jixiao language client: starts `<java> -jar <serverJar>` and talks LSP to it over stdio.
// Highlighting, snippets and brackets come from the extension's manifest and work without it;
// when the java or the jar is missing, the user is told in Chinese and nothing else breaks.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
} from 'vscode-languageclient/node';
import { chooseJar, chooseJava, findExecutable, isFile } from './paths';

const CLIENT_ID = 'jixiao';
const CLIENT_NAME = 'jixiao 语言服务器';
const OPEN_SETTINGS = '打开设置';
const SHOW_OUTPUT = '查看输出';
/** Unexpected exits tolerated within RESTART_WINDOW_MS before the client gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
/** One watcher for the extension's life, handed to each client (restarts included). */
let watcher: vscode.FileSystemWatcher | undefined;
/** Serialises start, stop and restart, so that quick setting changes never run two servers. */
let pending: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  // A folder is one budget: the server must hear of .jx files changed outside the editor too.
  watcher = vscode.workspace.createFileSystemWatcher('**/*.jx');
  context.subscriptions.push(output, watcher);
  context.subscriptions.push(
    vscode.commands.registerCommand('jixiao.restartServer', () => queue(() => restart(context, true))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('jixiao.java.path') || event.affectsConfiguration('jixiao.server.jar')) {
        log('设置已更改，重启语言服务器。');
        void queue(() => restart(context, false));
      }
    }),
  );
  return queue(() => start(context));
}

export function deactivate(): Promise<void> {
  return queue(stop);
}

function queue(step: () => Promise<void>): Promise<void> {
  pending = pending.then(step, step);
  return pending;
}

async function restart(context: vscode.ExtensionContext, announce: boolean): Promise<void> {
  await stop();
  await start(context);
  if (announce && client !== undefined) {
    void vscode.window.showInformationMessage('jixiao 语言服务器已重启。');
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running === undefined) {
    return;
  }
  try {
    if (running.needsStop()) {
      await running.stop();
    }
  } catch (error) {
    log(`停止语言服务器时出错：${describe(error)}`);
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('jixiao');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const folderPath = folder?.scheme === 'file' ? folder.fsPath : undefined;

  const jar = chooseJar(config.get<string>('server.jar'), context.extensionPath, folderPath);
  if (!isFile(jar)) {
    const configured = (config.get<string>('server.jar') ?? '').trim() !== '';
    const hint = configured
      ? '请检查设置 jixiao.server.jar 中的路径。'
      : '这个扩展包没有附带 server/jixiao-lsp.jar：请用带语言服务器的扩展包重新安装，或在设置 jixiao.server.jar 中指定它的路径。';
    fail(`未找到 jixiao 语言服务器：${jar}。${hint}语法高亮和代码片段仍可使用。`, 'jixiao.server.jar');
    return;
  }

  const java = chooseJava(config.get<string>('java.path'), process.env);
  const javaFile = findExecutable(java.command, process.env);
  if (javaFile === undefined) {
    const where = {
      setting: `设置 jixiao.java.path 中的 ${java.command} 不存在或不能运行`,
      JAVA_HOME: `环境变量 JAVA_HOME 下没有 ${java.command}`,
      PATH: 'PATH 上没有 java',
    }[java.from];
    fail(`未找到 Java：${where}。jixiao 语言服务器需要 Java 17 或更新版本；请安装 Java，或在设置 jixiao.java.path 中指定 java 的路径。`, 'jixiao.java.path');
    return;
  }

  // No `transport`: the client then talks over the process's stdin and stdout as it is, whereas
  // TransportKind.stdio would append `--stdio` to the command line. The server gets exactly `-jar <jar>`.
  const serverOptions: ServerOptions = {
    command: javaFile,
    args: ['-jar', jar],
    options: { cwd: folderPath ?? path.dirname(jar) },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'jixiao', scheme: 'file' },
      { language: 'jixiao', scheme: 'untitled' },
    ],
    synchronize: watcher !== undefined ? { fileEvents: watcher } : undefined,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new RestartLimiter(),
    initializationFailedHandler: (error) => {
      fail(`jixiao 语言服务器初始化失败：${describe(error)}`);
      return false;
    },
  };

  log(`启动语言服务器：${javaFile} -jar ${jar}`);
  const created = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = created;
  try {
    await created.start();
  } catch (error) {
    if (client === created) {
      client = undefined;
    }
    fail(`jixiao 语言服务器启动失败：${describe(error)}。请确认 ${javaFile} 是 Java 17 或更新版本。`);
    try {
      await created.dispose();
    } catch {
      // Already failed: nothing more to release.
    }
  }
}

/** Restarts a server that exited unexpectedly, up to MAX_RESTARTS times in RESTART_WINDOW_MS. */
class RestartLimiter implements ErrorHandler {
  private readonly exits: number[] = [];

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) {
      log(`与语言服务器通信出错（第 ${count} 次），继续运行：${error.message}`);
      return { action: ErrorAction.Continue, handled: true };
    }
    return { action: ErrorAction.Shutdown, message: `与 jixiao 语言服务器通信多次出错，已停止：${error.message}` };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.exits.push(now);
    while (this.exits.length > 0 && now - this.exits[0] > RESTART_WINDOW_MS) {
      this.exits.shift();
    }
    if (this.exits.length <= MAX_RESTARTS) {
      return { action: CloseAction.Restart, message: 'jixiao 语言服务器意外退出，正在重启。', handled: true };
    }
    return {
      action: CloseAction.DoNotRestart,
      message:
        `jixiao 语言服务器在 ${RESTART_WINDOW_MS / 60000} 分钟内意外退出了 ${this.exits.length} 次，不再自动重启。` +
        '请查看“输出”面板中的“jixiao 语言服务器”，排除问题后运行命令“jixiao: 重启语言服务器”。',
    };
  }
}

/** Logs the message and shows it as an error, offering the setting to fix or the log. */
function fail(message: string, setting?: string): void {
  output?.error(message);
  const actions = setting !== undefined ? [OPEN_SETTINGS, SHOW_OUTPUT] : [SHOW_OUTPUT];
  void vscode.window.showErrorMessage(message, ...actions).then((choice) => {
    if (choice === OPEN_SETTINGS && setting !== undefined) {
      void vscode.commands.executeCommand('workbench.action.openSettings', setting);
    } else if (choice === SHOW_OUTPUT) {
      output?.show(true);
    }
  });
}

function log(message: string): void {
  output?.info(message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
