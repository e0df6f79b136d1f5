package org.jixiao.syntax;

import org.jixiao.source.Span;

/** Free text: one or more adjacent strings, joined. */
public record Text(String value, Span span) implements Node {}
