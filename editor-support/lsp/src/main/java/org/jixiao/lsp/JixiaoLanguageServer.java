package org.jixiao.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jixiao.diag.Messages;

/**
 * The jixiao language server: its capabilities and life cycle. The work is in {@link Documents}
 * (what the editor has open, checked as it types) and the feature classes it calls.
 */
public final class JixiaoLanguageServer implements LanguageServer, LanguageClientAware {
  private final Documents documents = new Documents();
  private final WorkspaceEvents workspace = new WorkspaceEvents(documents);
  private LanguageClient client;
  private boolean shutdown;
  private Path root;
  private Options options;
  private int exitCode = 1;

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Messages messages = new Messages(language(params));
    Path root = root(params);
    Options options = Options.of(params.getInitializationOptions());
    documents.start(client, new Budgets(root), messages, options);
    this.root = root;
    this.options = options;
    ServerCapabilities caps = new ServerCapabilities();
    caps.setTextDocumentSync(TextDocumentSyncKind.Full);
    caps.setHoverProvider(true);
    caps.setDefinitionProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of(".", " ")));
    caps.setDocumentFormattingProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setFoldingRangeProvider(true);
    caps.setInlayHintProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(caps,
        new ServerInfo("jixiao", new org.jixiao.cli.Version().getVersion()[0])));
  }

  private static Messages.Language language(InitializeParams params) {
    String locale = params.getLocale();
    if (locale != null && locale.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
      return Messages.Language.EN;
    }
    return Messages.Language.ZH;
  }

  private static Path root(InitializeParams params) {
    List<WorkspaceFolder> folders = params.getWorkspaceFolders();
    if (folders != null && !folders.isEmpty()) {
      return Path.of(URI.create(folders.get(0).getUri()));
    }
    @SuppressWarnings("deprecation")
    String rootUri = params.getRootUri();
    return rootUri != null ? Path.of(URI.create(rootUri)) : Path.of("").toAbsolutePath();
  }

  @Override
  public void initialized(org.eclipse.lsp4j.InitializedParams params) {
    if (options != null && options.checkWorkspace()) {
      documents.changedOnDisk(BudgetFolders.in(root));
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    documents.stop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exitCode = shutdown ? 0 : 1;
  }

  /** 0 after shutdown then exit, 1 after an exit without shutdown (as the protocol says). */
  int exitCode() {
    return exitCode;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
