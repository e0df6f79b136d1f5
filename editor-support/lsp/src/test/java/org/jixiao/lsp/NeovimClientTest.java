package org.jixiao.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.cli.FmtRunner;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started over stdio by a real, independent client: Neovim's built-in LSP client,
 * headless, scripted in Lua ({@code nvim/e2e.lua}). It opens an example form and must get the
 * diagnostics a check gives, a hover, the framework's categories as completion after
 * {@code indicator } typed into the buffer, formatting equal to {@code jixiao fmt}, and the
 * definition of a unit: the stdlib's read-only copy, opened by Neovim.
 * Needs {@code nvim} (Debian's neovim, which .ci/run installs); skipped, saying so, without it.
 */
class NeovimClientTest {
  @TempDir Path dir;

  @Test
  void neovimGetsDiagnosticsHoverCompletionFormattingAndADefinition() throws Exception {
    assumeTrue(onPath("nvim"), "nvim is not installed (apt-get install neovim): the Neovim client test cannot run");
    Path repo = Fixtures.repo();
    Path budget = Fixtures.copy(repo.resolve("examples/yangquan-2026-published"), dir.resolve("published"));
    Path form = budget.resolve("049-农村饮水安全项目.jx");
    // Laid out by hand, not as fmt would: formatting then has something to do.
    String text = Files.readString(form).replace("  indicator ", "indicator   ");
    Files.writeString(form, text);
    int unitLine = lineOf(text, "其他水利项目数 1 个");
    int projectLine = lineOf(text, "project ");

    Path out = dir.resolve("out.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    JsonArray cmd = new JsonArray();
    List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()).forEach(cmd::add);
    ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "--clean", "-n", "-u",
        repo.resolve("editor-support/lsp/src/test/resources/nvim/e2e.lua").toString());
    pb.environment().put("JX_CMD", cmd.toString());
    pb.environment().put("JX_ROOT", budget.toString());
    pb.environment().put("JX_FILE", form.toString());
    pb.environment().put("JX_OUT", out.toString());
    Path stdlibCache = dir.resolve("stdlib-cache");
    pb.environment().put("JX_STDLIB_CACHE", stdlibCache.toString());
    pb.environment().put("JX_HOVER_LINE", String.valueOf(unitLine));
    pb.environment().put("JX_HOVER_CHAR", String.valueOf(text.split("\n", -1)[unitLine].lastIndexOf("个")));
    pb.environment().put("JX_INSERT_AFTER", String.valueOf(projectLine + 1));
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
    Process nvim = pb.start();
    assertThat(nvim.waitFor(180, TimeUnit.SECONDS)).as("nvim finished").isTrue();
    assertThat(out).as("nvim wrote its results; its log: " + Files.readString(dir.resolve("nvim.log"))).exists();
    JsonObject got = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertThat(got.has("error")).as(String.valueOf(got.get("error"))).isFalse();

    List<String> expected = new ArrayList<>();
    CheckRun.check(List.of(budget), dir).diagnostics().stream()
        .filter(d -> d.file().path().toAbsolutePath().normalize().equals(form.toAbsolutePath().normalize()))
        .forEach(d -> expected.add(d.code().code() + " " + (d.line() - 1)));
    List<String> published = new ArrayList<>();
    for (JsonElement e : got.getAsJsonArray("diagnostics")) {
      JsonObject d = e.getAsJsonObject();
      published.add(d.get("code").getAsString() + " " + d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
    }
    assertThat(expected).isNotEmpty();
    assertThat(published).isEqualTo(expected);

    assertThat(got.get("hover").getAsString()).contains("**个**").contains("=");

    // 个 is a counter word of the stdlib: its declaration in the stdlib's read-only copy.
    assertThat(got.get("definition").isJsonObject()).as("a definition: " + got.get("definition")).isTrue();
    JsonObject definition = got.getAsJsonObject("definition");
    Path declared = Path.of(definition.get("file").getAsString());
    assertThat(declared.getParent().getParent()).isEqualTo(stdlibCache);
    assertThat(declared.getFileName().toString()).isEqualTo("units.jx");
    JsonObject start = definition.getAsJsonObject("range").getAsJsonObject("start");
    JsonObject end = definition.getAsJsonObject("range").getAsJsonObject("end");
    assertThat(definition.get("line").getAsString().substring(start.get("character").getAsInt(), end.get("character").getAsInt()))
        .isEqualTo("个");
    assertThat(definition.get("line").getAsString()).startsWith("counter ");
    assertThat(definition.get("perm").getAsString()).doesNotContain("w");
    // Neovim reads the mode, not whether this user could write anyway (root can): read-only for all.
    assertThat(definition.get("readonly").getAsBoolean()).as("opened read-only").isTrue();

    List<String> labels = new ArrayList<>();
    got.getAsJsonArray("completion").forEach(e -> labels.add(e.getAsString()));
    assertThat(labels).contains("数量", "质量", "时效", "成本", "服务对象满意度");

    int exit = new FmtRunner(List.of(form), false, new Messages(Messages.Language.ZH), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), dir).run();
    assertThat(exit).isZero();
    assertThat(got.get("formatted").getAsString()).isEqualTo(Files.readString(form)).isNotEqualTo(text);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle) && !lines[i].strip().startsWith("#")) {
        return i;
      }
    }
    throw new IllegalArgumentException(needle);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
