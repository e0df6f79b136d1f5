package org.jixiao.syntax;

/** {@code allow JX0603 "理由"}: silences one warning on one line, with the reason why. */
public record Allow(Name code, Text reason, Span span) implements Node {}
