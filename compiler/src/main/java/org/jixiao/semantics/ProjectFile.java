package org.jixiao.semantics;

import org.jixiao.syntax.Decl;
import org.jixiao.source.SourceFile;

/** A project together with the file it was written in. */
public record ProjectFile(SourceFile file, Decl.Project project) {}
