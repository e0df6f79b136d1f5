package org.jixiao.syntax;

/** Free text: one or more adjacent strings, joined. */
public record Text(String value, Span span) implements Node {}
