package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticCode;
import org.jixiao.diag.DiagnosticSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  @Test
  void fileTooLarge() throws IOException {
    Path big = dir.resolve("big.jx");
    byte[] line = "  indicator 数量.补助人数 >= 500 人/年\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written <= 10L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    DiagnosticSink sink = new DiagnosticSink();
    assertThat(SourceReader.read(big, "big.jx", sink)).isNull();
    List<Diagnostic> found = sink.sorted();
    assertThat(found).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_TOO_LARGE);
    assertThat(found.get(0).line()).isEqualTo(1);
  }

  @Test
  void unreadableFile() {
    DiagnosticSink sink = new DiagnosticSink();
    assertThat(SourceReader.read(dir.resolve("gone.jx"), "gone.jx", sink)).isNull();
    assertThat(sink.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_UNREADABLE);
  }

  @Test
  void notUtf8PointsAtTheFirstBadByte() {
    byte[] bytes = "project 甲 {\n  basis \"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] gbk = "人才".getBytes(java.nio.charset.Charset.forName("GBK"));
    byte[] all = new byte[bytes.length + gbk.length];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(gbk, 0, all, bytes.length, gbk.length);
    DiagnosticSink sink = new DiagnosticSink();
    assertThat(SourceReader.decode(dir.resolve("x.jx"), "x.jx", all, sink)).isNull();
    Diagnostic d = sink.sorted().get(0);
    assertThat(d.code()).isEqualTo(DiagnosticCode.FILE_NOT_UTF8);
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(10);
  }

  @Test
  void byteOrderMarkIsDroppedSoColumnsMatchTheEditor() {
    byte[] bytes = "\uFEFFproject 甲 {}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DiagnosticSink sink = new DiagnosticSink();
    var file = SourceReader.decode(dir.resolve("x.jx"), "x.jx", bytes, sink);
    assertThat(file.text()).startsWith("project");
    assertThat(sink.sorted()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.BYTE_ORDER_MARK_IGNORED);
  }
}
