package org.jixiao.diag;

/** How bad a diagnostic is. Only {@link #ERROR} makes {@code jixiao check} fail by default. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String key() {
    return "severity." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
