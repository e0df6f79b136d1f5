package org.jixiao.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/** The output formats, by the name used with {@code --format}, in the default order. */
public final class Backends {
  private Backends() {}

  public static Map<String, Backend> all() {
    Map<String, Backend> all = new LinkedHashMap<>();
    for (Backend b : new Backend[] {new JsonBackend(), new XlsxBackend(), new HtmlBackend()}) {
      all.put(b.format(), b);
    }
    return all;
  }
}
