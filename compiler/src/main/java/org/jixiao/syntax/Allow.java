package org.jixiao.syntax;

import org.jixiao.source.Span;

/**
 * {@code allow JX0603 "理由"}: silences one warning code on one statement, with the reason why.
 * {@code scope} is the statement it ends; a diagnostic of that code inside the scope is silenced.
 */
public record Allow(Name code, Text reason, Span scope, Span span) implements Node {}
