package org.jixiao.source;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Paths and their text, whatever the JVM's locale. File names are UTF-8 bytes on Linux and macOS,
 * but Java 17 turns names into strings and back with {@code sun.jnu.encoding}, which comes from the
 * locale: under {@code LANG=C} (most CI runners and containers) it is ASCII, so {@code Path.of("预算")}
 * throws and a listed {@code 预算} prints as {@code ??????}. The encoding cannot be set from the
 * command line, so where it is not UTF-8 this class goes round it through {@code file:} URIs, whose
 * percent escapes carry a path's bytes both ways ({@link Path#toUri()}, {@link Path#of(URI)}).
 * Windows keeps names as UTF-16 and needs none of this.
 */
public final class PathText {
  private PathText() {}

  /** The charset the JVM names files with (sun.jnu.encoding); UTF-8 when it does not say. */
  public static final Charset NATIVE = nativeCharset();

  /** True when {@link Path#toString} and {@link Path#of(String, String...)} are exact for any name. */
  public static final boolean EXACT =
      NATIVE.equals(StandardCharsets.UTF_8)
          || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private static Charset nativeCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A path as text, its name's UTF-8 bytes decoded ({@code \uFFFD} for bytes that are not UTF-8). */
  public static String text(Path path) {
    if (EXACT) {
      return path.toString();
    }
    // A relative path's bytes are read below the root, so that the working directory plays no part.
    boolean absolute = path.isAbsolute();
    Path anchored = absolute ? path : path.getFileSystem().getPath("/").resolve(path);
    String text = decode(anchored.toUri().getRawPath());
    // toUri() ends a directory's path with '/', which a Path's text never has.
    if (text.length() > 1 && text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return absolute ? text : text.substring(1);
  }

  /**
   * The path named by {@code text}, its names encoded as UTF-8. Throws InvalidPathException only
   * when no path can have that name: characters lost before jixiao saw them ({@code \uFFFD}, what
   * the JVM makes of command line bytes it could not decode), a NUL, or a name Windows forbids.
   */
  public static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      if (EXACT || text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
        throw e;
      }
    }
    Path path = text.startsWith("/") ? Path.of("/") : Path.of("");
    for (String name : text.split("/")) {
      if (!name.isEmpty()) {
        path = path.resolve(name(name));
      }
    }
    return path;
  }

  /** {@code directory.resolve(name)}, for any name (see {@link #path(String)}). */
  public static Path resolve(Path directory, String name) {
    return directory.resolve(path(name));
  }

  /** One file name as a relative path, built from its UTF-8 bytes. */
  private static Path name(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      Path absolute = Path.of(URI.create("file:///" + encode(name)));
      return absolute.getRoot().relativize(absolute);
    }
  }

  /** Percent-escapes every byte of the UTF-8 encoding except letters, digits and {@code -._~}. */
  private static String encode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** Undoes the percent escapes of a URI's raw path and decodes the bytes as UTF-8. */
  private static String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        // Outside escapes a raw URI path is ASCII.
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
