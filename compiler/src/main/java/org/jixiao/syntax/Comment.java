package org.jixiao.syntax;

/** A {@code #} comment, kept so that the formatter can put it back where it was. */
public record Comment(String text, Span span) implements Node {}
