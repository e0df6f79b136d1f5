package org.jixiao.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.services.LanguageClient;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.semantics.BudgetContext;
import org.jixiao.semantics.library.Definition;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.Stdlib;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;

/**
 * "Go to definition": in a budget's file, against the budget's library and framework; in a stdlib
 * file the editor opened from an earlier answer, against the stdlib. Answers are the budget
 * folder's own file or the stdlib's read-only copy on disk ({@link StdlibCache}). Used from the
 * server's checking thread only.
 */
final class DefinitionRequests {
  private final StdlibCache stdlib;
  private final LanguageClient client;
  private final Messages messages;
  private final Function<Path, String> uris;
  /** The editor's text of the stdlib files it has open, which are never checked as a budget. */
  private final Map<Path, String> open = new HashMap<>();

  /** @param uris the URI the editor knows a workspace file by */
  DefinitionRequests(StdlibCache stdlib, LanguageClient client, Messages messages, Function<Path, String> uris) {
    this.stdlib = stdlib;
    this.client = client;
    this.messages = messages;
    this.uris = uris;
  }

  /** True for a file or folder of the stdlib's copy on disk. */
  boolean inStdlib(Path path) {
    return stdlib.holds(path);
  }

  void opened(Path stdlibFile, String text) {
    open.put(stdlibFile, text);
  }

  void closed(Path stdlibFile) {
    open.remove(stdlibFile);
  }

  List<Location> inBudget(Documents.Checked checked, Position position) {
    BudgetContext ctx = checked.budget().context();
    Library library = ctx == null ? Stdlib.library() : ctx.library();
    String framework = ctx == null || ctx.framework() == null ? null : ctx.framework().name();
    return locations(new Definitions(checked.unit(), library, framework).at(Positions.offset(checked.file(), position)));
  }

  /** In a stdlib file there is no budget: names are the stdlib's, and no framework is the budget's. */
  List<Location> inStdlibFile(Path file, Position position) {
    try {
      String text = open.containsKey(file) ? open.get(file) : Files.readString(file);
      SourceFile source = new SourceFile(file, file.getFileName().toString(), text);
      SourceUnit unit = SourceParser.parse(source, new DiagnosticSink());
      return locations(new Definitions(unit, Stdlib.library(), null).at(Positions.offset(source, position)));
    } catch (IOException e) {
      return List.of(); // a copy deleted while open: nothing to go to from it
    }
  }

  private List<Location> locations(Optional<Definition> definition) {
    if (definition.isEmpty()) {
      return List.of();
    }
    Definition d = definition.get();
    String target;
    if (Stdlib.isStdlibFile(d.file())) {
      try {
        target = stdlib.fileOf(d.file()).toUri().toString();
      } catch (IOException | RuntimeException e) {
        client.logMessage(new MessageParams(MessageType.Error, messages.get("lsp.stdlibCacheFailed",
            stdlib.root(), e.getClass().getSimpleName() + ": " + e.getMessage())));
        return List.of();
      }
    } else {
      target = uris.apply(d.file().path().toAbsolutePath().normalize());
    }
    return List.of(new Location(target, Positions.range(d.file(), d.span())));
  }
}
