package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.source.PathText;
import org.jixiao.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao in a fresh JVM under {@code LANG=C} (LC_ALL and the other locale variables unset), as on
 * most CI runners and containers: Java 17 then names files in ASCII and writes ASCII, yet Chinese
 * folder and file names given on the command line must be found, and every output must be UTF-8
 * bytes naming them exactly. The JVM is started by a shell script written as UTF-8 bytes, so that
 * this test's own locale plays no part in what the child is given.
 */
class LocaleIndependenceTest {
  static final String FORM = "预算/阳泉/005-人才工作经费.jx";

  @TempDir static Path dir;

  @BeforeAll
  static void budgets() throws IOException {
    assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "Windows names files in UTF-16 whatever the locale");
    copy(Golden.repo().resolve("examples/yangquan-2026-published"), "阳泉");
    copy(Golden.repo().resolve("examples/yangquan-2026"), "阳泉2026");
    assumeTrue(!run("-XshowSettings:properties", "-version").err().contains("sun.jnu.encoding = UTF-8"),
        "this system's C locale names files in UTF-8 (macOS): nothing to test");
  }

  private static void copy(Path from, String name) throws IOException {
    Path to = Files.createDirectories(PathText.resolve(PathText.resolve(dir, "预算"), name));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  record Result(int exit, String out, String err) {}

  /** Runs {@code java ARGS} in {@link #dir} under LANG=C; a main class is not given for JVM probes. */
  static Result run(String... args) {
    try {
      StringBuilder script = new StringBuilder()
          .append("unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS\n")
          .append("LANG=C; export LANG\n")
          .append("exec \"$JIXIAO_JAVA\" -cp \"$JIXIAO_CP\"");
      for (String a : args) {
        // $'…' is not POSIX; a byte that is not UTF-8 is written by printf inside "$(…)".
        script.append(' ').append(a.startsWith("$(") ? "\"" + a + "\"" : "'" + a.replace("'", "'\\''") + "'");
      }
      script.append('\n');
      Path file = dir.resolve("run.sh");
      Files.write(file, script.toString().getBytes(StandardCharsets.UTF_8));
      ProcessBuilder pb = new ProcessBuilder("sh", file.toString()).directory(dir.toFile());
      pb.environment().put("JIXIAO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
      pb.environment().put("JIXIAO_CP", System.getProperty("java.class.path"));
      pb.redirectOutput(dir.resolve("out.bin").toFile()).redirectError(dir.resolve("err.bin").toFile());
      int exit = pb.start().waitFor();
      return new Result(exit, utf8(Files.readAllBytes(dir.resolve("out.bin"))), utf8(Files.readAllBytes(dir.resolve("err.bin"))));
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static Result jixiao(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = Main.class.getName();
    System.arraycopy(args, 0, all, 1, args.length);
    return run(all);
  }

  /** The bytes as strict UTF-8: a byte sequence that is not UTF-8 fails the test. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("output is not UTF-8: " + new String(bytes, StandardCharsets.ISO_8859_1), e);
    }
  }

  private static void noMangling(Result r) {
    assertThat(r.out() + r.err()).doesNotContain("\uFFFD").doesNotContain("??").doesNotContain("Exception");
  }

  @Test
  void aChineseFolderIsCheckedAndNamedInUtf8() {
    Result r = jixiao("check", "预算");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("错误[JX0503]: 一年期项目的“市县（区）财政资金”")
        .contains("  --> " + FORM + ":21:29\n")
        .containsPattern("检查了 \\d+ 个文件");
    noMangling(r);
  }

  @Test
  void aChineseFileArgumentIsOpened() {
    Result r = jixiao("check", FORM);
    if (Files.isReadable(Path.of("/proc/self/cmdline"))) {
      // Linux: the bytes the JVM could not decode are read back from /proc/self/cmdline.
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).contains("  --> " + FORM + ":21:29\n").contains("检查了 1 个文件");
    } else {
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("错误[JX0009]: 路径“");
    }
    assertThat(r.out() + r.err()).doesNotContain("Exception");
  }

  @Test
  void githubAnnotationsNameTheFile() {
    Result r = jixiao("check", "--format", "github", "预算");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().toList())
        .contains("::error file=" + FORM + ",line=21,col=29,endLine=21,endColumn=39,title=JX0503::"
            + "一年期项目的“市县（区）财政资金”实施期资金 58,372,000 元与年度资金 43,000,000 元不一致（差 15,372,000 元）"
            + "%0A项目期为 1 年时，实施期就是本年度，两栏金额应相同。请确认哪一栏正确并改正另一栏。");
    noMangling(r);
  }

  @Test
  void sarifUrisAreTheFilesUtf8Bytes() throws IOException {
    Result r = jixiao("check", "--format", "sarif", "预算");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif)).isEmpty();
    }
    List<String> uris = sarif.findValuesAsText("uri");
    assertThat(uris).contains("%E9%A2%84%E7%AE%97/%E9%98%B3%E6%B3%89/005-%E4%BA%BA%E6%89%8D%E5%B7%A5%E4%BD%9C%E7%BB%8F%E8%B4%B9.jx");
    assertThat(uris.stream().map(u -> URLDecoder.decode(u, StandardCharsets.UTF_8))).contains(FORM);
    assertThat(sarif.findValuesAsText("text")).anyMatch(t -> t.startsWith("一年期项目的“市县（区）财政资金”"));
    noMangling(r);
  }

  @Test
  void gitlabReportNamesTheFile() throws IOException {
    Result r = jixiao("check", "--format", "gitlab", "预算");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.findValuesAsText("path")).contains(FORM).allMatch(p -> p.startsWith("预算/"));
    noMangling(r);
  }

  @Test
  void buildWritesChineseFileNames() {
    Result r = jixiao("build", "预算/阳泉2026", "-o", "输出", "--format", "json,xlsx");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("已生成 输出/阳泉2026（7 个项目；json, xlsx）\n");
    Path out = PathText.resolve(PathText.resolve(dir, "输出"), "阳泉2026");
    assertThat(PathText.resolve(out, "阳泉2026.xlsx")).isRegularFile();
    assertThat(PathText.resolve(out, "projects/005-人才工作经费.json")).isRegularFile();
    noMangling(r);
  }

  /** In this JVM, whatever its locale: bytes the JVM could not decode never become a path. */
  @Test
  void charactersLostBeforeJixiaoSawThemAreAUsageError() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = Main.run(new String[] {"check", "--lang", "zh", "\uFFFD\uFFFD/005.jx"},
        new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("错误[JX0009]: 路径“\uFFFD\uFFFD/005.jx”中有本机无法识别的字符")
        .contains(PathText.EXACT ? "不是 UTF-8" : "LC_ALL=C.UTF-8");
  }

  @Test
  void aNameThatIsNotUtf8IsAUsageErrorNotAStackTrace() {
    // 预算 in GBK, as a folder made on a Chinese Windows and copied over would be named.
    Result r = jixiao("check", "$(printf '\\324\\244\\313\\343')");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("错误[JX0009]: 路径“").contains("LC_ALL=C.UTF-8").doesNotContain("Exception");
  }
}
