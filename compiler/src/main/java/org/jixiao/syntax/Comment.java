package org.jixiao.syntax;

import org.jixiao.source.Span;

/** A {@code #} comment, kept so that the formatter can put it back where it was. */
public record Comment(String text, Span span) implements Node {}
