package org.jixiao.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the client may set in {@code initializationOptions}: how long to wait after a keystroke
 * before checking ({@code debounceMs}, 150 by default: a check takes a few milliseconds, typing
 * faster than that is common), and where rules are documented ({@code docs}).
 */
record Options(long debounceMs, String docs) {
  static final String DOCS = "https://jixiao.org/docs/rules#";

  static Options of(Object initializationOptions) {
    long debounce = 150;
    String docs = DOCS;
    if (initializationOptions instanceof JsonObject o) {
      if (o.has("debounceMs") && o.get("debounceMs").isJsonPrimitive()) {
        debounce = Math.max(0, o.get("debounceMs").getAsLong());
      }
      JsonElement d = o.get("docs");
      if (d != null && d.isJsonPrimitive()) {
        docs = d.getAsString();
      }
    }
    return new Options(debounce, docs);
  }
}
