package org.jixiao.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the client may set in {@code initializationOptions}: how long to wait after a keystroke
 * before checking ({@code debounceMs}, 150 by default: a check takes a few milliseconds, typing
 * faster than that is common), where rules are documented ({@code docs}), and whether every
 * budget folder of the workspace is checked at start ({@code checkWorkspace}, true), so that its
 * problems are listed before any file is opened.
 */
record Options(long debounceMs, String docs, boolean checkWorkspace) {
  static final String DOCS = "https://jixiao.org/docs/rules#";

  static Options of(Object initializationOptions) {
    long debounce = 150;
    String docs = DOCS;
    boolean workspace = true;
    if (initializationOptions instanceof JsonObject o) {
      if (o.has("debounceMs") && o.get("debounceMs").isJsonPrimitive()) {
        debounce = Math.max(0, o.get("debounceMs").getAsLong());
      }
      if (o.has("checkWorkspace") && o.get("checkWorkspace").isJsonPrimitive()) {
        workspace = o.get("checkWorkspace").getAsBoolean();
      }
      JsonElement d = o.get("docs");
      if (d != null && d.isJsonPrimitive()) {
        docs = d.getAsString();
      }
    }
    return new Options(debounce, docs, workspace);
  }
}
