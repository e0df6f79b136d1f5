package org.jixiao.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher's logic, with a stand-in {@code java} that prints what it was given (its
 * arguments, the locale variables) instead of running: finding Java (JAVA_HOME, the PATH through
 * links, the {@code release} file or {@code java -version}), refusing Java before 17 in both
 * languages, the locale switch, the JVM options, and the class-data archive's first run, lock
 * and later use. ArchiveTest runs the same launcher on the real JVM.
 */
class PosixLauncherTest {
  @TempDir static Path dir;
  static Path home;

  static final String FAKE_JAVA = """
      #!/bin/sh
      dump=
      for a in "$@"; do
        case $a in
          -version) echo "openjdk version \\"${FAKE_VERSION:-17.0.1}\\" 2021-10-19" >&2; exit 0 ;;
          -XX:DumpLoadedClassList=*) printf classes >"${a#*=}" ;;
          -Xshare:dump) dump=1 ;;
        esac
      done
      if [ -n "$dump" ]; then
        for a in "$@"; do
          case $a in -XX:SharedArchiveFile=*) printf archive >"${a#*=}" ;; esac
        done
      fi
      printf 'LC_ALL=%s\\nLC_CTYPE=%s\\n' "${LC_ALL-unset}" "${LC_CTYPE-unset}"
      for a in "$@"; do printf 'arg=%s\\n' "$a"; done
      """;

  @AfterAll
  static void removeLinks() throws IOException {
    Release.removeLinks();
  }

  @BeforeAll
  static void unpack() throws IOException {
    home = Release.unpack(dir.resolve("install"));
  }

  /** A Java installation folder with the stand-in java and, if version is not null, a release file. */
  static Path jdk(String name, String version) throws IOException {
    Path jdk = dir.resolve("jdks").resolve(name);
    Files.createDirectories(jdk.resolve("bin"));
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, FAKE_JAVA);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (version != null) {
      Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    }
    return jdk;
  }

  static Map<String, String> env(Path tools) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", tools.toString());
    env.put("HOME", dir.resolve("home").toString());
    env.put("JIXIAO_CDS", "0");
    return env;
  }

  static Path tools(String name, Path java) throws IOException {
    return Release.toolsFolder(dir.resolve("tools-" + name), java);
  }

  static Release.Result launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/jixiao").toString()));
    command.addAll(List.of(args));
    return Release.run(dir, env, command);
  }

  static List<String> args(Release.Result r) {
    return r.out().lines().filter(l -> l.startsWith("arg=")).map(l -> l.substring(4)).toList();
  }

  @Test
  void javaHomeIsUsedWithTheFastStartOptionsAndTheArgumentsKeptWhole() throws Exception {
    Map<String, String> env = env(tools("home17", null));
    env.put("JAVA_HOME", jdk("jdk17", "17.0.9").toString());
    env.put("LANG", "zh_CN.UTF-8");
    Release.Result r = launch(env, "check", "a b", "预算/甲.jx");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(args(r)).containsExactly("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr",
        "-Dfile.encoding=UTF-8", "-jar", home.resolve("lib/jixiao.jar").toString(), "check", "a b", "预算/甲.jx");
    assertThat(r.out()).contains("LC_ALL=unset\nLC_CTYPE=unset\n"); // a UTF-8 locale stays as it is
  }

  @Test
  void javaOnThePathIsFoundThroughItsLinksAndItsReleaseFile() throws Exception {
    Path jdk = jdk("jdk21", "21.0.2");
    Path link = Files.createDirectories(dir.resolve("alternatives")).resolve("java");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, jdk.resolve("bin/java")); // /usr/bin/java -> /etc/alternatives/java -> …
    Release.Result r = launch(env(tools("path21", link)), "--version");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(args(r)).endsWith("--version");
  }

  @Test
  void withoutAReleaseFileItAsksJavaForItsVersion() throws Exception {
    Path jdk = jdk("norelease", null);
    Map<String, String> env = env(tools("norelease", jdk.resolve("bin/java")));
    env.put("FAKE_VERSION", "17.0.2");
    assertThat(launch(env, "check").exit()).isZero();
    env.put("FAKE_VERSION", "1.8.0_392");
    Release.Result old = launch(env, "check");
    assertThat(old.exit()).isEqualTo(2);
    assertThat(old.err()).contains("Java 1.8.0_392");
  }

  @Test
  void javaBefore17IsRefusedInChineseAndEnglish() throws Exception {
    Map<String, String> env = env(tools("home11", null));
    env.put("JAVA_HOME", jdk("jdk11", "11.0.22").toString());
    Release.Result r = launch(env, "check", "x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("需要 Java 17 或更高版本，找到的是 Java 11.0.22", "Java 17 or newer is needed; found Java 11.0.22");
  }

  @Test
  void noJavaAtAllOrABrokenJavaHomeSaysWhatToDo() throws Exception {
    Release.Result none = launch(env(tools("none", null)), "check", "x");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("找不到 Java", "Java was not found", "JAVA_HOME");
    Map<String, String> env = env(tools("none2", null));
    env.put("JAVA_HOME", dir.resolve("no-such-jdk").toString());
    Release.Result broken = launch(env, "check", "x");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).contains("JAVA_HOME=" + dir.resolve("no-such-jdk") + " 下没有可运行的 bin/java", "has no bin/java");
  }

  @Test
  void aCOrPosixLocaleBecomesCUtf8AndNoOtherLocaleIsTouched() throws Exception {
    Path tools = tools("locale", jdk("jdk17l", "17.0.9").resolve("bin/java"));
    Map<String, String> env = env(tools);
    env.put("LANG", "C");
    assertThat(launch(env, "check").out()).contains("LC_ALL=unset\nLC_CTYPE=C.UTF-8\n");
    env.remove("LANG");
    assertThat(launch(env, "check").out()).contains("LC_ALL=unset\nLC_CTYPE=C.UTF-8\n");
    env.put("LC_ALL", "POSIX");
    assertThat(launch(env, "check").out()).contains("LC_ALL=C.UTF-8\nLC_CTYPE=unset\n");
    env.remove("LC_ALL");
    env.put("LANG", "zh_CN.GBK"); // a GBK system's file names are GBK: leave them to Java
    assertThat(launch(env, "check").out()).contains("LC_ALL=unset\nLC_CTYPE=unset\n");
  }

  @Test
  void theUsersJavaOptionsComeLastAndTheirCollectorReplacesOurs() throws Exception {
    Map<String, String> env = env(tools("opts", jdk("jdk17o", "17.0.9").resolve("bin/java")));
    env.put("JIXIAO_JAVA_OPTS", "-Xmx8g -XX:+UseParallelGC");
    List<String> args = args(launch(env, "build"));
    assertThat(args).doesNotContain("-XX:+UseSerialGC");
    assertThat(args.subList(args.indexOf("-Xmx8g"), args.size()))
        .containsExactly("-Xmx8g", "-XX:+UseParallelGC", "-jar", home.resolve("lib/jixiao.jar").toString(), "build");
  }

  @Test
  void theFullJitOfTheUsersOptionsGetsItsTwoCompilerThreads() throws Exception {
    Map<String, String> env = env(tools("jit", jdk("jdk17j", "17.0.9").resolve("bin/java")));
    assertThat(args(launch(env, "check"))).contains("-XX:CICompilerCount=1");
    env.put("JIXIAO_JAVA_OPTS", "-XX:TieredStopAtLevel=4");
    List<String> args = args(launch(env, "build"));
    assertThat(args).doesNotContain("-XX:CICompilerCount=1").contains("-XX:TieredStopAtLevel=4");
  }

  @Test
  void aLinkToTheLauncherFindsItsInstallation() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("user-bin"));
    Path link = bin.resolve("jixiao");
    Files.createSymbolicLink(link, home.resolve("bin/jixiao"));
    Map<String, String> env = env(tools("link", jdk("jdk17k", "17.0.9").resolve("bin/java")));
    Release.Result r = Release.run(dir, env, List.of(link.toString(), "check"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(args(r)).contains(home.resolve("lib/jixiao.jar").toString());
  }

  @Test
  void theArchiveIsMadeAfterTheFirstRunAndUsedFromTheSecond() throws Exception {
    Map<String, String> env = env(tools("cds", jdk("jdk17c", "17.0.9").resolve("bin/java")));
    env.remove("JIXIAO_CDS");
    Path cache = dir.resolve("cds-cache");
    env.put("JIXIAO_CACHE_DIR", cache.toString());
    Release.Result first = launch(env, "check", "x");
    assertThat(first.exit()).isZero();
    assertThat(args(first)).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    Path archive = waitForArchive(cache);
    Release.Result second = launch(env, "check", "x");
    assertThat(args(second)).contains("-XX:SharedArchiveFile=" + archive);

    // Another Java gets its own archive; JIXIAO_CDS=0 uses none.
    Map<String, String> other = env(tools("cds2", jdk("jdk17d", "17.0.10").resolve("bin/java")));
    other.put("JIXIAO_CACHE_DIR", cache.toString());
    other.remove("JIXIAO_CDS");
    assertThat(args(launch(other, "check"))).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    waitForArchives(cache, 2);
    env.put("JIXIAO_CDS", "0");
    assertThat(args(launch(env, "check"))).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void aLiveTrainersLockIsRespectedAndADeadOnesIsTakenOver() throws Exception {
    Map<String, String> env = env(tools("lock", jdk("jdk17e", "17.0.9").resolve("bin/java")));
    env.remove("JIXIAO_CDS");
    Path cache = Files.createDirectories(dir.resolve("lock-cache"));
    env.put("JIXIAO_CACHE_DIR", cache.toString());
    // Learn the archive's name from a first run in another cache, then hold its lock here.
    Path probe = dir.resolve("probe-cache");
    Map<String, String> probeEnv = new HashMap<>(env);
    probeEnv.put("JIXIAO_CACHE_DIR", probe.toString());
    launch(probeEnv, "check");
    String name = waitForArchive(probe).getFileName().toString();
    Path lock = Files.createDirectories(cache.resolve(name + ".lock"));
    Files.writeString(lock.resolve("pid"), ProcessHandle.current().pid() + "\n"); // alive: this JVM
    launch(env, "check");
    Thread.sleep(1500);
    assertThat(cache.resolve(name)).doesNotExist();
    Files.writeString(lock.resolve("pid"), "999999999\n"); // no such process
    launch(env, "check");
    assertThat(waitForArchive(cache).getFileName().toString()).isEqualTo(name);
  }

  private static Path waitForArchive(Path cache) throws Exception {
    return waitForArchives(cache, 1).get(0);
  }

  private static List<Path> waitForArchives(Path cache, int count) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      List<Path> archives = List.of();
      boolean locked = false;
      if (Files.isDirectory(cache)) {
        try (Stream<Path> s = Files.list(cache)) {
          List<Path> all = s.sorted().toList();
          archives = all.stream().filter(p -> p.toString().endsWith(".jsa")).toList();
          locked = all.stream().anyMatch(p -> p.toString().contains(".lock") || p.toString().contains(".tmp."));
        }
      }
      if (archives.size() >= count && !locked) {
        return archives;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no class-data archive in " + cache + ": " + archives);
      }
      Thread.sleep(100);
    }
  }
}
