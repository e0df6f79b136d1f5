package org.jixiao.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CompiledBudget;
import org.jixiao.driver.Formatting;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceUnit;

/**
 * The documents the editor has open, checked as the user types: each change goes into the
 * folder's session at once, and the folder is checked when typing pauses ({@link Options#debounceMs});
 * diagnostics are then published for every file of the budget, the edited file first. Requests
 * (hover, completion, formatting…) run on the same checking thread, after any check still owed,
 * so they always answer about the text the user sees.
 */
final class Documents implements TextDocumentService {
  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "jixiao-check");
    t.setDaemon(true);
    return t;
  });
  private final Map<Path, ScheduledFuture<?>> pending = new HashMap<>();
  private final Map<Path, String> uris = new HashMap<>();
  private final Map<Path, Path> lastEdited = new HashMap<>();
  private final Map<Path, Set<Path>> published = new HashMap<>();
  private final Set<Path> dirty = new java.util.HashSet<>();

  private LanguageClient client;
  private Budgets budgets;
  private Messages messages;
  private Options options;
  private DiagnosticsConverter converter;
  private DefinitionRequests definitions;

  void start(LanguageClient client, Budgets budgets, Messages messages, Options options) {
    this.client = client;
    this.budgets = budgets;
    this.messages = messages;
    this.options = options;
    this.converter = new DiagnosticsConverter(messages, options.docs());
    this.definitions = new DefinitionRequests(new StdlibCache(options.stdlibCacheDir()), client, messages, this::uri);
  }

  void stop() {
    checker.shutdownNow();
  }

  Messages messages() {
    return messages;
  }

  static Path path(String uri) {
    return Path.of(URI.create(uri)).toAbsolutePath().normalize();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    edited(params.getTextDocument().getUri(), params.getTextDocument().getText(), 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var changes = params.getContentChanges();
    if (!changes.isEmpty()) { // full sync: the last change is the whole text
      edited(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText(), options.debounceMs());
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    Path file = path(params.getTextDocument().getUri());
    if (definitions.inStdlib(file)) {
      checker.execute(() -> definitions.closed(file));
      return;
    }
    checker.execute(() -> budgets.close(file));
    schedule(Budgets.folderOf(file), 0);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text was already the buffer's; the disk now says the same.
  }

  private void edited(String uri, String text, long delay) {
    Path file = path(uri);
    if (definitions.inStdlib(file)) { // the stdlib, not a budget: its folder checked would declare every name twice
      checker.execute(() -> definitions.opened(file, text));
      return;
    }
    Path folder = Budgets.folderOf(file);
    checker.execute(() -> {
      uris.put(file, uri);
      budgets.text(file, text);
      lastEdited.put(folder, file);
      dirty.add(folder);
    });
    schedule(folder, delay);
  }

  /** Files changed on disk (the client's watcher): the folders holding them are checked again. */
  void changedOnDisk(List<Path> files) {
    files.stream().map(Budgets::folderOf).filter(folder -> !definitions.inStdlib(folder)).distinct().forEach(folder -> {
      checker.execute(() -> dirty.add(folder));
      schedule(folder, 0);
    });
  }

  private void schedule(Path folder, long delay) {
    synchronized (pending) {
      ScheduledFuture<?> before = pending.remove(folder);
      if (before != null) {
        before.cancel(false);
      }
      pending.put(folder, checker.schedule(() -> check(folder), delay, TimeUnit.MILLISECONDS));
    }
  }

  /** On the checking thread: checks the folder and publishes its diagnostics. */
  private CompiledBudget check(Path folder) {
    dirty.remove(folder);
    CompiledBudget budget;
    try {
      budget = budgets.check(folder);
    } catch (RuntimeException | StackOverflowError e) {
      client.logMessage(new MessageParams(MessageType.Error, messages.get("lsp.checkFailed", folder.toString(),
          e.getClass().getSimpleName() + ": " + e.getMessage())));
      return budgets.last(folder);
    }
    publish(folder, budget);
    return budget;
  }

  private void publish(Path folder, CompiledBudget budget) {
    Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
    Path first = lastEdited.get(folder);
    if (first != null) {
      byFile.put(first, new ArrayList<>());
    }
    budget.input().files().forEach(f -> byFile.putIfAbsent(f.toAbsolutePath().normalize(), new ArrayList<>()));
    for (Diagnostic d : budget.diagnostics()) {
      Path file = d.file().path().toAbsolutePath().normalize();
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(converter.convert(d, uri(file)));
    }
    Set<Path> before = published.getOrDefault(folder, Set.of());
    for (Path gone : before) {
      if (!byFile.containsKey(gone)) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri(gone), List.of()));
      }
    }
    byFile.forEach((file, list) -> client.publishDiagnostics(new PublishDiagnosticsParams(uri(file), list)));
    published.put(folder, Set.copyOf(byFile.keySet()));
  }

  private String uri(Path file) {
    return uris.getOrDefault(file, file.toUri().toString());
  }

  /**
   * Runs {@code answer} on the checking thread with the file's budget checked as the editor now
   * shows it, and the file's unit in it (null when it could not be read).
   */
  private <T> CompletableFuture<T> withBudget(String uri, T none, Function<Checked, T> answer) {
    Path file = path(uri);
    Path folder = Budgets.folderOf(file);
    CompletableFuture<T> result = new CompletableFuture<>();
    checker.execute(() -> {
      try {
        CompiledBudget budget = dirty.contains(folder) || budgets.last(folder) == null ? check(folder) : budgets.last(folder);
        SourceUnit unit = budgets.unit(file);
        result.complete(budget == null || unit == null ? none : answer.apply(new Checked(budget, unit, uri)));
      } catch (RuntimeException | StackOverflowError e) {
        client.logMessage(new MessageParams(MessageType.Error, messages.get("lsp.requestFailed",
            e.getClass().getSimpleName() + ": " + e.getMessage())));
        result.complete(none);
      }
    });
    return result;
  }

  /** A request's file in its checked budget. */
  record Checked(CompiledBudget budget, SourceUnit unit, String uri) {
    SourceFile file() {
      return unit.file();
    }
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return withBudget(params.getTextDocument().getUri(), null,
        c -> new Hovers(c, messages).at(Positions.offset(c.file(), params.getPosition())));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return withBudget(params.getTextDocument().getUri(), Either.forLeft(List.of()),
        c -> Either.forRight(new Completions(c, messages).at(Positions.offset(c.file(), params.getPosition()))));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return withBudget(params.getTextDocument().getUri(), List.of(), c -> {
      Formatting.Outcome outcome = Formatting.of(c.budget(), c.unit());
      if (outcome instanceof Formatting.Formatted f) {
        SourceFile file = c.file();
        return List.of(new TextEdit(Positions.range(file, new org.jixiao.source.Span(0, file.text().length())), f.text()));
      }
      if (outcome instanceof Formatting.NotParsed) {
        client.showMessage(new MessageParams(MessageType.Warning, messages.get("fmt.syntax", c.file().displayName())));
      } else if (outcome instanceof Formatting.Refused) {
        client.showMessage(new MessageParams(MessageType.Error, messages.get("fmt.refused", c.file().displayName())));
      }
      return List.of();
    });
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return withBudget(params.getTextDocument().getUri(), List.of(), c -> new CodeActions(c, messages, converter)
        .in(Positions.offset(c.file(), params.getRange().getStart()), Positions.offset(c.file(), params.getRange().getEnd())));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return withBudget(params.getTextDocument().getUri(), List.of(), c -> new Symbols(c).document());
  }

  @Override
  public CompletableFuture<List<org.eclipse.lsp4j.InlayHint>> inlayHint(org.eclipse.lsp4j.InlayHintParams params) {
    return withBudget(params.getTextDocument().getUri(), List.of(), c -> new InlayHints(c, messages)
        .in(Positions.offset(c.file(), params.getRange().getStart()), Positions.offset(c.file(), params.getRange().getEnd())));
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    return withBudget(params.getTextDocument().getUri(), List.of(), c -> new Symbols(c).folding());
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    if (definitions.inStdlib(path(uri))) {
      return CompletableFuture.supplyAsync(() -> definitions.inStdlibFile(path(uri), params.getPosition()), checker)
          .<Either<List<? extends Location>, List<? extends LocationLink>>>thenApply(Either::forLeft);
    }
    return withBudget(uri, Either.forLeft(List.of()), c -> Either.forLeft(definitions.inBudget(c, params.getPosition())));
  }
}
