package org.jixiao.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Hint;
import org.jixiao.diag.Messages;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * A compiler diagnostic as the protocol's: its range, code with a link to the rule's text, the
 * message and hints in the user's language, and the place a hint names ("第 12 行首次出现") as a
 * related location an editor can jump to.
 */
final class DiagnosticsConverter {
  private final Messages messages;
  private final String docs;

  /** @param docs the address rules are documented at; the code is appended ({@code …#JX0603}) */
  DiagnosticsConverter(Messages messages, String docs) {
    this.messages = messages;
    this.docs = docs;
  }

  org.eclipse.lsp4j.Diagnostic convert(Diagnostic d, String uri) {
    SourceFile file = d.file();
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic();
    out.setRange(Positions.range(file, d.span()));
    out.setSeverity(switch (d.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    });
    out.setCode(Either.forLeft(d.code().code()));
    out.setCodeDescription(new DiagnosticCodeDescription(docs + d.code().code()));
    out.setSource("jixiao");
    StringBuilder text = new StringBuilder(messages.message(d));
    for (String hint : messages.hints(d)) {
      text.append('\n').append(messages.get("lsp.hint", hint));
    }
    out.setMessage(Either.forLeft(text.toString()));
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (Hint hint : d.hints()) {
      if (hint.at() != null) {
        related.add(new DiagnosticRelatedInformation(new Location(uri, Positions.range(file, hint.at())),
            messages.get(hint.key(), hint.args())));
      }
    }
    if (!related.isEmpty()) {
      out.setRelatedInformation(related);
    }
    return out;
  }
}
