package org.jixiao.syntax;

import org.jixiao.source.SourceFile;
import java.util.List;

/** The syntax tree of one file: its declarations and its comments, in source order. */
public record SourceUnit(SourceFile file, List<Decl> declarations, List<Comment> comments) {
  public SourceUnit {
    declarations = List.copyOf(declarations);
    comments = List.copyOf(comments);
  }
}
