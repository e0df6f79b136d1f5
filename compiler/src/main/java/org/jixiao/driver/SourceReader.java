package org.jixiao.driver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.source.Span;

/**
 * Reads a {@code .jx} file as strict UTF-8. What cannot be read becomes a diagnostic, never an
 * exception: a file too large, bytes that are not UTF-8 (pointed at by line and column of the
 * first bad byte), an unreadable file. A leading byte order mark is dropped and noted.
 */
public final class SourceReader {
  /** Real forms are a few KB; refusing more bounds time and memory for any input. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private SourceReader() {}

  /** The file's text, or null when it could not be read (the reason is in {@code sink}). */
  public static SourceFile read(Path path, String displayName, DiagnosticSink sink) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        SourceFile empty = new SourceFile(path, displayName, "");
        sink.report(
            Diagnostic.of(
                DiagnosticCode.FILE_TOO_LARGE, empty, Span.NONE, String.valueOf(size), String.valueOf(MAX_BYTES)));
        return null;
      }
      return decode(path, displayName, Files.readAllBytes(path), sink);
    } catch (IOException e) {
      SourceFile empty = new SourceFile(path, displayName, "");
      sink.report(Diagnostic.of(DiagnosticCode.FILE_UNREADABLE, empty, Span.NONE, String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** The file's bytes when it can be read and is not too large; null otherwise ({@link #read} says why). */
  static byte[] bytes(Path path) {
    try {
      return Files.size(path) > MAX_BYTES ? null : Files.readAllBytes(path);
    } catch (IOException e) {
      return null;
    }
  }

  static SourceFile decode(Path path, String displayName, byte[] bytes, DiagnosticSink sink) {
    // Well-formed text in the BMP (every form we have seen) by jixiao's own loop, faster on
    // Chinese text; what it does not take is decoded below, as before.
    String bmp = org.jixiao.source.Utf8.decodeBmp(bytes);
    if (bmp != null) {
      return withoutByteOrderMark(path, displayName, bmp, sink);
    }
    // The JDK's own String decoding is several times faster than a CharsetDecoder, but it replaces
    // a malformed byte with U+FFFD instead of saying where it is; so a text that holds U+FFFD (a
    // malformed file, or one that wrote the character itself) is decoded again, strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return withoutByteOrderMark(path, displayName, fast, sink);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String prefix = out.flip().toString();
      SourceFile partial = new SourceFile(path, displayName, prefix);
      int at = prefix.length();
      sink.report(Diagnostic.of(DiagnosticCode.FILE_NOT_UTF8, partial, new Span(at, at)));
      return null;
    }
    decoder.flush(out);
    return withoutByteOrderMark(path, displayName, out.flip().toString(), sink);
  }

  private static SourceFile withoutByteOrderMark(Path path, String displayName, String text, DiagnosticSink sink) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
      SourceFile file = new SourceFile(path, displayName, text);
      sink.report(Diagnostic.of(DiagnosticCode.BYTE_ORDER_MARK_IGNORED, file, Span.NONE));
      return file;
    }
    return new SourceFile(path, displayName, text);
  }
}
