package org.jixiao.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.backend.BuildInput;
import org.jixiao.backend.JsonBackend;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.diag.Messages;
import org.jixiao.tables.BudgetTables;
import org.jixiao.testing.Golden;

/**
 * An editor's session, after any sequence of edits (typed into unsaved buffers or saved to disk,
 * files added and deleted, the budget and the folder's own profile edited too), gives exactly
 * what a check from scratch of the same texts gives: the same diagnostics, the same silenced
 * warnings, the same JSON. The session only keeps what it may keep. So does a streamed check (a
 * build's), which keeps no project's tree and parses each again for its JSON.
 */
class BudgetSessionProperties {
  private static final Path REPO = Golden.repo();
  private static final List<String> EXAMPLES =
      List.of("examples/yangquan-2026", "examples/templates/yunling-made-up", "examples/templates/hubei-mistakes");

  private static final List<String> PIECES = List.of(
      "\n  indicator 数量.新增指标 >= 12 人/年\n", "\n  indicator 数普.补助人数 >= 5 人\n", "}", "{", "\n", "7", "0", "万元",
      "\"", "\n  allow JX0603 \"已核实\"\n", "\nunit 台套 = 1 台\n", "\nproject 新项目 {\n  department 001 \"某局\"\n}\n",
      "  # 注\n", "\n  ceiling 045 10 万元\n", "，", "≥", " 人/年", "\n  funds {\n    财政拨款 100\n  }\n");

  enum Kind { INSERT, DELETE_LINE, DUPLICATE_LINE, REVERT, NEW_FILE, DELETE_FILE, DROP_BUFFER }

  record Edit(Kind kind, int file, double at, String piece, boolean buffer) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.of(Kind.values()),
        Arbitraries.integers().between(0, 20),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.of(PIECES),
        Arbitraries.of(true, false)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 25)
  void aSessionAfterEditsChecksAsAFreshCheckDoes(@ForAll("edits") List<Edit> edits, @ForAll("example") String example)
      throws IOException {
    Path temp = Files.createTempDirectory("jx-session");
    try {
      Path mine = copy(REPO.resolve(example), temp.resolve("a").resolve("budget"));
      Path fresh = copy(REPO.resolve(example), temp.resolve("b").resolve("budget"));
      Map<String, String> original = texts(mine);
      Map<String, String> buffers = new HashMap<>();
      BudgetSession session = new BudgetSession(new Workspace(mine));
      assertSame(session.compile(input(mine)), fresh);
      for (Edit edit : edits) {
        apply(edit, mine, fresh, original, buffers, session);
        assertSame(session.compile(input(mine)), fresh);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(temp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @net.jqwik.api.Example
  void aKeystrokeInOneFormRedoesThatFormAlone() throws IOException {
    Path temp = Files.createTempDirectory("jx-session");
    Path mine = copy(REPO.resolve("examples/yangquan-2026"), temp.resolve("a").resolve("budget"));
    BudgetSession session = new BudgetSession(new Workspace(mine));
    session.compile(input(mine));
    assertThat(session.lastWork()).isEqualTo(new BudgetSession.Work(8, true, 7));
    Path form = mine.resolve("045-生活垃圾处理费.jx");
    session.overlay(form, Files.readString(form).replace("indicator", "indicator  "));
    session.compile(input(mine));
    assertThat(session.lastWork()).isEqualTo(new BudgetSession.Work(1, false, 1));
    session.compile(input(mine));
    assertThat(session.lastWork()).isEqualTo(new BudgetSession.Work(0, false, 0));
    Path budget = mine.resolve("budget.jx");
    Files.writeString(budget, Files.readString(budget) + "\n# 注\n");
    session.compile(input(mine));
    assertThat(session.lastWork()).as("the budget declaration changed: every project again")
        .isEqualTo(new BudgetSession.Work(1, false, 7));
  }

  @Provide
  Arbitrary<String> example() {
    return Arbitraries.of(EXAMPLES);
  }

  /** One edit, to the session's folder (a buffer or the disk) and, as the text now reads, to the fresh folder. */
  private static void apply(Edit edit, Path mine, Path fresh, Map<String, String> original, Map<String, String> buffers,
      BudgetSession session) throws IOException {
    List<String> names = new ArrayList<>(texts(mine).keySet());
    String name = names.get(edit.file() % names.size());
    Path file = mine.resolve(name);
    String text = buffers.getOrDefault(name, Files.readString(file));
    String changed = switch (edit.kind()) {
      case INSERT -> {
        int at = (int) (edit.at() * text.length());
        yield text.substring(0, at) + edit.piece() + text.substring(at);
      }
      case DELETE_LINE, DUPLICATE_LINE -> {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = Math.min(lines.size() - 1, (int) (edit.at() * lines.size()));
        if (edit.kind() == Kind.DELETE_LINE) {
          lines.remove(at);
        } else {
          lines.add(at, lines.get(at));
        }
        yield String.join("\n", lines);
      }
      case REVERT -> original.getOrDefault(name, text);
      case NEW_FILE -> {
        String added = "added-" + edit.file() + ".jx";
        Files.writeString(mine.resolve(added), "project 补充项目" + edit.file() + " {" + edit.piece() + "}\n");
        Files.writeString(fresh.resolve(added), "project 补充项目" + edit.file() + " {" + edit.piece() + "}\n");
        yield null;
      }
      case DELETE_FILE -> {
        if (names.size() > 1) {
          Files.delete(file);
          Files.delete(fresh.resolve(name));
          buffers.remove(name);
          session.dropOverlay(file);
        }
        yield null;
      }
      case DROP_BUFFER -> {
        buffers.remove(name);
        session.dropOverlay(file);
        Files.writeString(fresh.resolve(name), Files.readString(file));
        yield null;
      }
    };
    if (changed == null) {
      return;
    }
    if (edit.buffer()) {
      buffers.put(name, changed);
      session.overlay(file, changed);
    } else {
      Files.writeString(file, changed);
      if (buffers.containsKey(name)) {
        return; // the editor's buffer still wins over the disk
      }
    }
    Files.writeString(fresh.resolve(name), changed);
  }

  private static void assertSame(CompiledBudget session, Path fresh) {
    CompiledBudget expected = new BudgetCompiler(new Workspace(fresh)).compile(input(fresh));
    assertThat(digest(session)).isEqualTo(digest(expected));
    // A build's streamed check, which lets each tree go and parses it again to write it, finds the same.
    CompiledBudget streamed = BudgetCompiler.streamed(new Workspace(fresh)).compile(input(fresh));
    assertThat(digest(streamed)).as("streamed").isEqualTo(digest(expected));
  }

  private static BudgetInput input(Path folder) {
    DiagnosticSink problems = new DiagnosticSink();
    List<BudgetInput> inputs = new Workspace(folder).budgets(List.of(folder), problems);
    assertThat(inputs).hasSize(1);
    return inputs.get(0);
  }

  /** Diagnostics, silenced warnings and JSON, with file names only (the two folders differ). */
  private static String digest(CompiledBudget budget) {
    StringBuilder out = new StringBuilder();
    budget.diagnostics().forEach(d -> out.append(d.file().path().getFileName()).append(' ').append(d.code().code())
        .append(' ').append(d.severity()).append(' ').append(d.line()).append(':').append(d.column()).append(' ')
        .append(d.span().end() - d.span().start()).append(' ').append(d.argKeys()).append(' ').append(d.hints()).append('\n'));
    if (budget.context() == null) {
      return out.append("no context\n").toString();
    }
    budget.context().silenced().forEach(s -> out.append("silenced ").append(s.diagnostic().code().code()).append(' ')
        .append(s.diagnostic().line()).append(' ').append(s.reason()).append('\n'));
    if (budget.context().budget() == null) {
      return out.append("no budget\n").toString();
    }
    return out.append(json(budget)).toString();
  }

  private static String json(CompiledBudget compiled) {
    Messages messages = new Messages(Messages.Language.ZH);
    BudgetTables tables = BudgetTables.of(compiled.checked(), messages);
    List<String> fileNames = new ArrayList<>();
    for (int i = 0; i < tables.projects().size(); i++) {
      fileNames.add("p" + i);
    }
    String title = BuildInput.titleOf(compiled.context().budget(), compiled.context().profile());
    BuildInput input = new BuildInput("b", tables, fileNames, title, compiled.context().budget().year(), messages);
    try {
      Path out = Files.createTempDirectory("jx-session-json");
      new JsonBackend().write(input, out);
      StringBuilder all = new StringBuilder();
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          all.append(out.relativize(p)).append('\n').append(Files.readString(p)).append('\n');
          Files.delete(p);
        }
      }
      Files.walk(out).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
    return to;
  }

  private static Map<String, String> texts(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(p -> p.toString().endsWith(".jx")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    return out;
  }
}
