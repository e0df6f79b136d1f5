package org.jixiao.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.jixiao.source.PathText;

/**
 * What the client may set in {@code initializationOptions}: how long to wait after a keystroke
 * before checking ({@code debounceMs}, 150 by default: a check takes a few milliseconds, typing
 * faster than that is common), where rules are documented ({@code docs}), whether every
 * budget folder of the workspace is checked at start ({@code checkWorkspace}, true), so that its
 * problems are listed before any file is opened, and where the stdlib's files are written for
 * "go to definition" ({@code stdlibCacheDir}, a path; {@link StdlibCache#defaultRoot()} when not
 * set: a user's cache, which a test or a shared machine may want elsewhere).
 */
record Options(long debounceMs, String docs, boolean checkWorkspace, Path stdlibCacheDir) {
  static final String DOCS = "https://jixiao.org/docs/rules#";

  static Options of(Object initializationOptions) {
    long debounce = 150;
    String docs = DOCS;
    boolean workspace = true;
    Path stdlibCache = null;
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
      JsonElement cache = o.get("stdlibCacheDir");
      if (cache != null && cache.isJsonPrimitive() && !cache.getAsString().isBlank()) {
        stdlibCache = PathText.path(cache.getAsString());
      }
    }
    return new Options(debounce, docs, workspace, stdlibCache == null ? StdlibCache.defaultRoot() : stdlibCache);
  }
}
