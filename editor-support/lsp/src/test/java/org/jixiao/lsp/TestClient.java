package org.jixiao.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client in the test's JVM, talking JSON-RPC to a real server over pipes, as an
 * editor does over stdio: every request and notification goes through LSP4J's wire format.
 */
final class TestClient implements LanguageClient, AutoCloseable {
  final Map<String, List<org.eclipse.lsp4j.Diagnostic>> diagnostics = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>>> waiting = new ConcurrentHashMap<>();
  final List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** The URIs diagnostics were published for, in the order they came. */
  final List<String> publishedOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
  final LanguageServer server;
  /** Where the server writes the stdlib for "go to definition": hidden in the workspace, so never a budget of it. */
  final Path stdlibCache;
  private final Thread serverThread;

  TestClient(Path root) throws Exception {
    this(root, false);
  }

  /** @param checkWorkspace whether the server checks every budget folder at start (tests that open files say no) */
  TestClient(Path root, boolean checkWorkspace) throws Exception {
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 20);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    JixiaoLanguageServer impl = new JixiaoLanguageServer();
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
    impl.connect(serverLauncher.getRemoteProxy());
    serverThread = new Thread(() -> {
      try {
        serverLauncher.startListening().get();
      } catch (Exception e) {
        // the pipes closed: the test is over
      }
    });
    serverThread.setDaemon(true);
    serverThread.start();
    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
    clientLauncher.startListening();
    server = clientLauncher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "test")));
    stdlibCache = root.resolve(".stdlib-cache");
    init.setInitializationOptions(Map.of("debounceMs", 0, "checkWorkspace", checkWorkspace, "stdlibCacheDir", stdlibCache.toString()));
    server.initialize(init).get(30, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  /** Opens a file and waits for its first diagnostics. */
  List<org.eclipse.lsp4j.Diagnostic> open(Path file, String text) throws Exception {
    String uri = file.toUri().toString();
    CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> next = expect(uri);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "jixiao", 1, text)));
    return next.get(30, TimeUnit.SECONDS);
  }

  /** The next diagnostics published for {@code uri}; at once when some came before and {@code already}. */
  CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> expect(String uri, boolean already) {
    CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> f = expect(uri);
    List<org.eclipse.lsp4j.Diagnostic> before = diagnostics.get(uri);
    if (already && before != null) {
      f.complete(before);
    }
    return f;
  }

  /** The next diagnostics published for {@code uri}. */
  CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> expect(String uri) {
    CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> f = new CompletableFuture<>();
    waiting.put(uri, f);
    return f;
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    publishedOrder.add(params.getUri());
    diagnostics.put(params.getUri(), params.getDiagnostics());
    CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> f = waiting.remove(params.getUri());
    if (f != null) {
      f.complete(params.getDiagnostics());
    }
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams params) {
    shown.add(params.getMessage());
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
    shown.add(params.getMessage());
  }

  @Override
  public void close() throws IOException {
    try {
      server.shutdown().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing anyway
    }
    server.exit();
  }
}
