package org.jixiao.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server on stdin and stdout, as editors launch it ({@code java -jar
 * jixiao-lsp.jar}). Stdout is the protocol's channel: anything else written there (a library's
 * logger, POI's among them) would break the client's reading, so {@code System.out} goes to stderr.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    InputStream in = System.in;
    OutputStream out = System.out;
    System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    JixiaoLanguageServer server = new JixiaoLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    listening.get();
    System.exit(server.exitCode());
  }
}
