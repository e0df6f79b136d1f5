package org.jixiao.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a budget office gets it: unpacked into a fresh folder and run with only
 * a Java runtime on the PATH (no Maven, no git, no JAVA_HOME), LANG=C, and no network at all
 * ({@code unshare -n} where this user may: a network namespace with no interface up; otherwise
 * every proxy pointed at a closed local port, so that any download attempt fails).
 */
class ArchiveTest {
  @TempDir static Path dir;
  static Path home;
  static Path tools;
  static Path cache;

  @AfterAll
  static void removeLinks() throws IOException {
    Release.removeLinks();
  }

  @BeforeAll
  static void unpack() throws IOException {
    home = Release.unpack(dir.resolve("install"));
    tools = Release.toolsFolder(dir.resolve("path"), Release.java());
    cache = dir.resolve("cache");
  }

  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    env.put("HOME", dir.resolve("home").toString());
    env.put("LANG", "C");
    env.put("JIXIAO_CACHE_DIR", cache.toString());
    // No background trainer outliving a test and its folder, except in the test of the archive.
    env.put("JIXIAO_CDS", "0");
    // Without unshare: any HTTP(S) or SOCKS connection would go to a closed port and fail.
    env.put("JIXIAO_JAVA_OPTS", "-Djava.net.useSystemProxies=false -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9"
        + " -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9 -DsocksProxyHost=127.0.0.1 -DsocksProxyPort=9");
    return env;
  }

  static Release.Result jixiao(Path cwd, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/jixiao").toString()));
    command.addAll(List.of(args));
    return Release.run(cwd, env, Release.withoutNetwork(command));
  }

  @Test
  void holdsTheJarLaunchersDocsExamplesCompletionAndManPages() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder().setPath(Release.ARCHIVE).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        names.add(e.getName());
        // Same bytes every build: fixed times (never the 1980 sentinel) and fixed modes.
        assertThat(e.getLastModifiedDate().getTime()).as(e.getName()).isEqualTo(java.sql.Timestamp.valueOf(
            LocalDateTime.of(2026, 1, 1, 0, 0)).getTime());
        int expected = e.isDirectory() || e.getName().endsWith("/bin/jixiao") || e.getName().endsWith(".cmd") ? 0755 : 0644;
        assertThat(e.getUnixMode() & 0777).as(e.getName()).isEqualTo(expected);
      }
    }
    String root = Release.NAME + "/";
    assertThat(names).allMatch(n -> n.startsWith(root));
    assertThat(names).contains(root + "lib/jixiao.jar", root + "bin/jixiao", root + "bin/jixiao.cmd",
        root + "bin/jixiao-messages.txt", root + "README.md", root + "docs/language.md",
        root + "examples/yangquan-2026/budget.jx", root + "completion/jixiao.bash", root + "completion/jixiao.zsh");
    for (String page : List.of("jixiao", "jixiao-check", "jixiao-build", "jixiao-fmt", "jixiao-diff",
        "jixiao-schema", "jixiao-completion")) {
      assertThat(names).contains(root + "man/man1/" + page + ".1");
      String troff = Files.readString(home.resolve("man/man1/" + page + ".1"), StandardCharsets.UTF_8);
      assertThat(troff).contains(".TH \"" + page.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" \"1\"");
    }
    assertThat(Files.readString(home.resolve("man/man1/jixiao-check.1"))).contains("\\-\\-strict", "PATH");
  }

  @Test
  void checksAndBuildsWithOnlyAJavaRuntimeAndNoNetwork() throws Exception {
    assertThat(Release.which("mvn")).as("the test needs a machine where mvn would be found normally").isNotNull();
    assertThat(Files.exists(tools.resolve("mvn"))).isFalse();
    Path work = Files.createDirectories(dir.resolve("work"));
    copyTree(home.resolve("examples/yangquan-2026"), work.resolve("预算"));

    Release.Result check = jixiao(work, env(), "check", "预算");
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).contains("检查了 8 个文件、7 个项目：0 个错误");
    assertThat(check.err()).isEmpty();

    Release.Result build = jixiao(work, env(), "build", "预算", "-o", "输出");
    assertThat(build.exit()).as(build.err() + build.out()).isZero();
    try (Stream<Path> files = Files.walk(work.resolve("输出"))) {
      List<String> written = files.map(p -> p.getFileName().toString()).toList();
      assertThat(written).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".html"))
          .anyMatch(n -> n.endsWith(".json"));
    }
  }

  @Test
  void underLangCAChinesePathIsReadAndPrintedAsUtf8() throws Exception {
    Path work = Files.createDirectories(dir.resolve("lang-c"));
    copyTree(home.resolve("examples/yangquan-2026"), work.resolve("预算"));
    Release.Result r = jixiao(work, env(), "check", "--format", "github", "预算/005-人才工作经费.jx");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("::warning file=预算/005-人才工作经费.jx,line=");
  }

  @Test
  void makesItsClassDataArchiveOnceInTheBackgroundAndThenUsesIt() throws Exception {
    Path work = Files.createDirectories(dir.resolve("cds"));
    Path form = home.resolve("examples/yangquan-2026/005-人才工作经费.jx");
    Map<String, String> env = env();
    Path ownCache = dir.resolve("cds-cache");
    env.put("JIXIAO_CACHE_DIR", ownCache.toString());
    env.remove("JIXIAO_CDS");

    Release.Result first = jixiao(work, env, "check", "--format", "json", form.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.err()).isEmpty(); // the trainer's output goes nowhere
    long deadline = System.nanoTime() + 150_000_000_000L;
    while (System.nanoTime() < deadline && !(archives(ownCache).size() == 1 && locks(ownCache).isEmpty())) {
      Thread.sleep(250);
    }
    assertThat(archives(ownCache)).hasSize(1);
    assertThat(locks(ownCache)).isEmpty();

    // -Xshare:on stops the JVM when the archive cannot be mapped: this run proves it is valid.
    env.put("JIXIAO_JAVA_OPTS", env.get("JIXIAO_JAVA_OPTS") + " -Xshare:on");
    Release.Result second = jixiao(work, env, "check", "--format", "json", form.toString());
    assertThat(second.exit()).as(second.err() + second.out()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
  }

  @Test
  void anUnwritableCacheOnlyCostsSpeed() throws Exception {
    Map<String, String> env = env();
    env.remove("JIXIAO_CDS");
    env.put("JIXIAO_CACHE_DIR", "/proc/jixiao-cannot-be-made-here");
    Release.Result r = jixiao(dir, env, "check", home.resolve("examples/yangquan-2026").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("7 个项目");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void completionScriptsAreWhatTheCommandPrints() throws Exception {
    for (String shell : List.of("bash", "zsh")) {
      Release.Result r = jixiao(dir, env(), "completion", shell);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).isEqualTo(Files.readString(home.resolve("completion/jixiao." + shell), StandardCharsets.UTF_8));
    }
  }

  @Test
  void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
    Path bash = Release.which("bash");
    org.junit.jupiter.api.Assumptions.assumeTrue(bash != null, "bash is not installed");
    String script = home.resolve("completion/jixiao.bash").toString();
    // What bash does on Tab: set the words and the cursor, call the completion function.
    String complete = "complete_at() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
        + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_jixiao; printf '%s,' \"${COMPREPLY[@]}\"; echo; };"
        + " source '" + script + "'; complete_at jixiao ch; complete_at jixiao check --fo;"
        + " complete_at jixiao check --format ''; complete_at jixiao completion ''";
    Release.Result r = Release.run(dir, Map.of("PATH", System.getenv("PATH")), List.of(bash.toString(), "-c", complete));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("check,\n--format,\ntext,json,sarif,github,gitlab,\nbash,zsh,\n");
  }

  @Test
  void zshLoadsTheScriptAndRegistersTheCompletion() throws Exception {
    Path zsh = Release.which("zsh");
    org.junit.jupiter.api.Assumptions.assumeTrue(zsh != null, "zsh is not installed (.ci/run installs it)");
    String script = home.resolve("completion/jixiao.zsh").toString();
    Release.Result r = Release.run(dir, Map.of("PATH", System.getenv("PATH"), "HOME", dir.resolve("zsh-home").toString()),
        List.of(zsh.toString(), "-f", "-c", "source '" + script + "'; print -r -- ${_comps[jixiao]}"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("_complete_jixiao");
  }

  private static List<Path> archives(Path cache) throws IOException {
    return list(cache, ".jsa");
  }

  private static List<Path> locks(Path cache) throws IOException {
    return list(cache, ".lock");
  }

  private static List<Path> list(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
