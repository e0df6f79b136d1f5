package org.jixiao.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jixiao.cmd}, the Windows launcher, as the archive holds it. Two levels, honestly
 * apart: (1) always, the file itself: CRLF, ASCII only, every jump to a label that exists,
 * balanced parentheses, no {@code ||}/{@code &&}, every message in both languages, the same JVM
 * options as the POSIX launcher; (2) where wine and a MinGW compiler are installed (.ci/run
 * installs them), the script run by wine's cmd.exe with a stand-in {@code java.exe} (compiled here
 * from C) that prints its arguments: Java discovery, the version check, exit codes, the
 * class-data archive's first run and use. Wine's cmd is not Microsoft's: what passes here is the
 * logic, not every quirk of every Windows version; Chinese output through code page 65001 is
 * not checked under wine (its console does not do it), only that the English line is there.
 */
class CmdLauncherTest {
  @TempDir static Path dir;
  static Path home;
  static String cmd;

  @BeforeAll
  static void unpack() throws IOException {
    home = Release.unpack(dir.resolve("install"));
    cmd = Files.readString(home.resolve("bin/jixiao.cmd"), StandardCharsets.US_ASCII);
  }

  /** Lets wine's server end (wineserver -w waits, kills nothing), then drops the prefix's links to "/". */
  @AfterAll
  static void stopWine() throws Exception {
    if (prefix == null) {
      return;
    }
    Path server = wine.resolveSibling("wineserver");
    if (Files.isExecutable(server)) {
      Map<String, String> env = env();
      Release.run(dir, env, List.of(server.toString(), "-w"));
    }
    Path devices = prefix.resolve("dosdevices");
    if (Files.isDirectory(devices)) {
      try (Stream<Path> links = Files.list(devices)) {
        for (Path link : links.filter(Files::isSymbolicLink).toList()) {
          Files.delete(link);
        }
      }
    }
  }

  static List<String> codeLines() {
    return cmd.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.regionMatches(true, 0, "rem", 0, 3)).toList();
  }

  @Test
  void isCrlfAndAsciiOnly() throws IOException {
    byte[] bytes = Files.readAllBytes(home.resolve("bin/jixiao.cmd"));
    for (int i = 0; i < bytes.length; i++) {
      assertThat(bytes[i] & 0xff).as("byte %d", i).isLessThan(0x80);
      if (bytes[i] == '\n') {
        assertThat(i > 0 && bytes[i - 1] == '\r').as("LF without CR at byte %d", i).isTrue();
      }
    }
    assertThat(cmd).startsWith("@echo off\r\n");
  }

  @Test
  void everyJumpHasItsLabelAndParenthesesBalance() {
    Set<String> labels = new LinkedHashSet<>();
    for (String line : codeLines()) {
      if (line.startsWith(":")) {
        labels.add(line.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    Matcher jump = Pattern.compile("(?i)\\b(?:goto|call)\\s+:?([A-Za-z_][\\w]*)").matcher(cmd);
    int jumps = 0;
    while (jump.find()) {
      String target = jump.group(1).toLowerCase(java.util.Locale.ROOT);
      if (!target.equals("eof") && !target.equals("echo")) {
        assertThat(labels).as("label of " + jump.group()).contains(target);
        jumps++;
      }
    }
    assertThat(jumps).isGreaterThan(10);
    int depth = 0;
    for (String raw : codeLines()) {
      String line = raw.replaceAll("%\\w+:\"=%", "%%"); // %VAR:"=% removes quotes; it is no quote
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == '^') {
          i++;
        } else if (!quoted && c == '(') {
          depth++;
        } else if (!quoted && c == ')') {
          depth--;
          assertThat(depth).as(line).isNotNegative();
        }
      }
      assertThat(quoted).as("unbalanced quotes: " + line).isFalse();
    }
    assertThat(depth).isZero();
    assertThat(codeLines()).noneMatch(l -> l.contains("||") || l.contains("&&"));
    assertThat(codeLines()).contains("setlocal EnableExtensions DisableDelayedExpansion");
  }

  @Test
  void everyMessageIsThereInChineseThenEnglish() throws IOException {
    List<String> lines = Files.readAllLines(home.resolve("bin/jixiao-messages.txt"), StandardCharsets.UTF_8);
    Matcher key = Pattern.compile("set \"JX_MSG=(\\w+)\"").matcher(cmd);
    int keys = 0;
    while (key.find()) {
      String k = key.group(1);
      List<String> texts = lines.stream().filter(l -> l.startsWith(k + "|")).map(l -> l.substring(k.length() + 1)).toList();
      assertThat(texts).as(k).hasSize(2);
      assertThat(texts.get(0)).as(k).matches(".*[\\u4e00-\\u9fff].*");
      assertThat(texts.get(1)).as(k).matches("[\\x20-\\x7e]+");
      for (String text : texts) {
        assertThat(text).as("characters cmd would take as syntax: " + text).doesNotContainPattern("[()&|<>^]");
      }
      keys++;
    }
    assertThat(keys).isEqualTo(4);
    assertThat(Files.readString(home.resolve("bin/jixiao-messages.txt"), StandardCharsets.UTF_8)).doesNotContainPattern("[^\r]\n");
  }

  @Test
  void startsJavaWithTheSameOptionsAsThePosixLauncher() throws IOException {
    String sh = Files.readString(home.resolve("bin/jixiao"), StandardCharsets.UTF_8);
    Matcher posix = Pattern.compile("\nopts=\"([^\"]*)\"").matcher(sh);
    Matcher windows = Pattern.compile("set \"JX_OPTS=([^\"]*)\"").matcher(cmd);
    assertThat(posix.find()).isTrue();
    assertThat(windows.find()).isTrue();
    assertThat(windows.group(1).replace("%JX_GC%", "$gc").replace("%JX_JIT%", "$jit")).isEqualTo(posix.group(1));
  }

  // --- run by wine's cmd.exe

  static Path wine;
  static Path prefix;
  static Path fakeJava;

  static final String FAKE_JAVA = """
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      /* Stands in for java.exe: prints its arguments; answers -version from FAKE_VERSION. */
      int main(int argc, char **argv) {
        const char *v = getenv("FAKE_VERSION");
        if (!v) v = "17.0.1";
        for (int i = 1; i < argc; i++) {
          if (strcmp(argv[i], "-version") == 0) {
            fprintf(stderr, "openjdk version \\"%s\\" 2021-10-19\\n", v);
            return 0;
          }
          if (strncmp(argv[i], "-XX:DumpLoadedClassList=", 24) == 0) {
            FILE *f = fopen(argv[i] + 24, "w");
            if (f) { fputs("classes", f); fclose(f); }
          }
        }
        for (int i = 1; i < argc; i++) {
          if (strcmp(argv[i], "-Xshare:dump") != 0) continue;
          for (int j = 1; j < argc; j++) {
            if (strncmp(argv[j], "-XX:SharedArchiveFile=", 22) == 0) {
              FILE *f = fopen(argv[j] + 22, "w");
              if (f) { fputs("archive", f); fclose(f); }
            }
          }
        }
        for (int i = 1; i < argc; i++) printf("arg=%s\\n", argv[i]);
        fflush(stdout);
        const char *code = getenv("FAKE_EXIT");
        return code ? atoi(code) : 0;
      }
      """;

  static synchronized void needWine() throws Exception {
    if (fakeJava != null) {
      return;
    }
    wine = Release.which("wine64");
    if (wine == null && Files.isExecutable(Path.of("/usr/lib/wine/wine64"))) {
      wine = Path.of("/usr/lib/wine/wine64");
    }
    Path gcc = Release.which("x86_64-w64-mingw32-gcc");
    assumeTrue(wine != null && gcc != null,
        "wine64 and gcc-mingw-w64-x86-64 are not installed: jixiao.cmd is checked as a file only (.ci/run installs both)");
    Path source = dir.resolve("fakejava.c");
    Files.writeString(source, FAKE_JAVA);
    Path exe = dir.resolve("java.exe");
    Release.Result cc = Release.run(dir, Map.of("PATH", System.getenv("PATH")),
        List.of(gcc.toString(), "-O1", "-o", exe.toString(), source.toString()));
    assertThat(cc.exit()).as(cc.err()).isZero();
    prefix = dir.resolve("wineprefix");
    fakeJava = exe;
  }

  /** A Java folder (Windows path) with the stand-in java.exe and, unless null, a release file. */
  static String jdk(String name, String version) throws IOException {
    Path jdk = dir.resolve("jdks").resolve(name);
    Files.createDirectories(jdk.resolve("bin"));
    Files.copy(fakeJava, jdk.resolve("bin/java.exe"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    if (version != null) {
      Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\r\nJAVA_VERSION=\"" + version + "\"\r\n");
    }
    return windows(jdk);
  }

  static String windows(Path path) {
    return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
  }

  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", dir.resolve("home").toString());
    env.put("WINEPREFIX", prefix.toString());
    env.put("WINEDEBUG", "-all");
    env.put("JIXIAO_CDS", "0");
    return env;
  }

  static Release.Result launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(wine.toString(), "cmd", "/c", windows(home.resolve("bin/jixiao.cmd"))));
    command.addAll(List.of(args));
    return Release.run(dir, env, command);
  }

  static List<String> args(Release.Result r) {
    return r.out().lines().map(String::strip).filter(l -> l.startsWith("arg=")).map(l -> l.substring(4)).toList();
  }

  @Test
  void underWineJavaHomeIsUsedWithTheOptionsAndTheExitCodeComesBack() throws Exception {
    needWine();
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk("jdk17", "17.0.9"));
    Release.Result r = launch(env, "check", "a b", "x.jx");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(args(r)).containsExactly("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr",
        "-Dfile.encoding=UTF-8", "-jar", windows(home.resolve("lib/jixiao.jar")), "check", "a b", "x.jx");
    env.put("FAKE_EXIT", "1");
    assertThat(launch(env, "check").exit()).isEqualTo(1);
    env.put("JIXIAO_JAVA_OPTS", "-Xmx8g -XX:+UseParallelGC");
    env.remove("FAKE_EXIT");
    List<String> opts = args(launch(env, "build"));
    assertThat(opts).doesNotContain("-XX:+UseSerialGC").contains("-Xmx8g", "-XX:+UseParallelGC");
    env.put("JIXIAO_JAVA_OPTS", "-XX:TieredStopAtLevel=4");
    assertThat(args(launch(env, "build"))).doesNotContain("-XX:CICompilerCount=1").contains("-XX:TieredStopAtLevel=4");
  }

  @Test
  void underWineJavaIsFoundOnThePathAndItsVersionWithoutAReleaseFile() throws Exception {
    needWine();
    Map<String, String> env = env();
    env.put("WINEPATH", jdk("path21", "21.0.2") + "\\bin");
    assertThat(launch(env, "--version").exit()).isZero();
    env.put("WINEPATH", jdk("norelease", null) + "\\bin");
    env.put("FAKE_VERSION", "17.0.2");
    assertThat(args(launch(env, "check"))).endsWith("check");
    env.put("FAKE_VERSION", "11.0.2");
    Release.Result old = launch(env, "check");
    assertThat(old.exit()).isEqualTo(2);
    assertThat(old.out() + old.err()).contains("Java 17 or newer is needed; found Java 11.0.2");
    env.put("FAKE_VERSION", "1.8.0_392");
    assertThat(launch(env, "check").exit()).isEqualTo(2);
  }

  @Test
  void underWineNoJavaOrABrokenJavaHomeExitsTwoSayingWhatToDo() throws Exception {
    needWine();
    Release.Result none = launch(env(), "check");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.out() + none.err()).contains("Java was not found");
    Map<String, String> env = env();
    env.put("JAVA_HOME", windows(dir.resolve("no-such-jdk")));
    Release.Result broken = launch(env, "check");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.out() + broken.err()).contains("has no bin\\java.exe");
  }

  @Test
  void underWineTheArchiveIsMadeAfterTheFirstRunAndThenUsed() throws Exception {
    needWine();
    Map<String, String> env = env();
    env.remove("JIXIAO_CDS");
    Path cache = dir.resolve("cds-cache");
    env.put("JIXIAO_CACHE_DIR", windows(cache));
    env.put("JAVA_HOME", jdk("jdk17c", "17.0.9"));
    assertThat(args(launch(env, "check"))).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    long deadline = System.nanoTime() + 60_000_000_000L;
    List<Path> archives = List.of();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> s = Files.list(cache)) {
        List<Path> all = s.toList();
        archives = all.stream().filter(p -> p.toString().endsWith(".jsa")).toList();
        if (!archives.isEmpty() && all.stream().noneMatch(p -> p.toString().contains(".lock"))) {
          break;
        }
      }
      Thread.sleep(200);
    }
    assertThat(archives).hasSize(1);
    assertThat(args(launch(env, "check"))).contains("-XX:SharedArchiveFile=" + windows(archives.get(0)));
  }
}
