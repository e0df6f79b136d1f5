package org.jixiao.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jixiao.cli.FmtRunner;
import org.jixiao.diag.Messages;
import org.jixiao.driver.CheckRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server driven by a client over JSON-RPC, on a copy of an example budget. Where an answer is
 * a list, it is compared with a golden file; a caret {@code ‸} in a case's text marks where the
 * request is made.
 */
class LanguageServerTest {
  static final Path REPO = Fixtures.repo();
  private static final String FORM = "049-农村饮水安全项目.jx";

  @TempDir Path dir;
  private Path budget;
  private TestClient client;

  @BeforeEach
  void start() throws Exception {
    budget = Fixtures.copy(REPO.resolve("examples/yangquan-2026"), dir.resolve("阳泉-2026"));
    client = new TestClient(dir);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
  }

  @Test
  void anOpenedFormGetsTheDiagnosticsOfACheck() throws Exception {
    Path published = Fixtures.copy(REPO.resolve("examples/yangquan-2026-published"), dir.resolve("published"));
    Path form = published.resolve("033-掺混天然气补贴.jx");
    List<org.eclipse.lsp4j.Diagnostic> got = client.open(form, Files.readString(form));
    List<String> expected = new ArrayList<>();
    CheckRun run = CheckRun.check(List.of(published), dir);
    run.diagnostics().stream().filter(d -> d.file().path().toAbsolutePath().normalize().equals(form.toAbsolutePath().normalize()))
        .forEach(d -> expected.add(d.code().code() + " " + d.line() + ":" + d.column()));
    assertThat(expected).isNotEmpty();
    assertThat(got.stream().map(d -> d.getCode().getLeft() + " " + (d.getRange().getStart().getLine() + 1) + ":"
        + (d.getRange().getStart().getCharacter() + 1)).toList()).isEqualTo(expected);
    assertThat(got.get(0).getCodeDescription().getHref()).endsWith(got.get(0).getCode().getLeft());
    assertThat(got.get(0).getSource()).isEqualTo("jixiao");
  }

  @Test
  void everyBudgetFolderOfTheWorkspaceIsCheckedBeforeAFileIsOpened() throws Exception {
    Fixtures.copy(REPO.resolve("examples/yangquan-2026-published"), dir.resolve("published"));
    Path form = dir.resolve("published").resolve("033-掺混天然气补贴.jx");
    try (TestClient scanning = new TestClient(dir, true)) {
      List<org.eclipse.lsp4j.Diagnostic> got = scanning.expect(form.toUri().toString(), true).get(60, TimeUnit.SECONDS);
      assertThat(got).extracting(d -> d.getCode().getLeft()).contains("JX0632", "JX0636");
      // The other budget folder too, never opened either (checked after or before the first).
      assertThat(scanning.expect(budget.resolve(FORM).toUri().toString(), true).get(60, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void theEditedFilesDiagnosticsComeFirst() throws Exception {
    Path first = budget.resolve("005-人才工作经费.jx");
    client.open(first, Files.readString(first));
    // The whole first check published (every form of the folder), before the order is watched.
    for (Path form : Fixtures.forms(budget)) {
      client.expect(form.toUri().toString(), true).get(30, TimeUnit.SECONDS);
    }
    Path edited = budget.resolve(FORM);
    client.publishedOrder.clear();
    client.open(edited, Files.readString(edited) + "\n# 注\n");
    int forms = Fixtures.forms(budget).size();
    for (long until = System.nanoTime() + 30_000_000_000L; client.publishedOrder.size() < forms && System.nanoTime() < until; ) {
      Thread.sleep(10);
    }
    assertThat(client.publishedOrder).hasSizeGreaterThanOrEqualTo(forms);
    assertThat(client.publishedOrder.get(0)).isEqualTo(edited.toUri().toString());
  }

  @Test
  void completionAfterIndicatorOffersTheFrameworksCategories() throws Exception {
    Fixtures.assertGolden("completion-after-indicator.txt", labels(complete("\n  indicator ‸\n")));
  }

  @Test
  void completionAfterACategoryAndDotOffersTheNamesUsedUnderIt() throws Exception {
    Fixtures.assertGolden("completion-after-category-dot.txt", labels(complete("\n  indicator 数量.‸\n")));
  }

  @Test
  void completionAfterALevelAndDotOffersItsCategories() throws Exception {
    Fixtures.assertGolden("completion-after-level-dot.txt", labels(complete("\n  indicator 产出.‸\n")));
  }

  @Test
  void completionAfterAnIndicatorsPathOffersComparatorsAndTheProfilesGrades() throws Exception {
    Fixtures.assertGolden("completion-target.txt", labels(complete("\n  indicator 社会效益.人才吸引力 ‸\n")));
  }

  @Test
  void aCodeActionFixesAMisspeltCategory() throws Exception {
    Path form = budget.resolve(FORM);
    String original = Files.readString(form);
    int at = original.indexOf("indicator 数量.") + "indicator ".length();
    String text = original.substring(0, at) + "数普" + original.substring(at + 2);
    List<org.eclipse.lsp4j.Diagnostic> diagnostics = client.open(form, text);
    org.eclipse.lsp4j.Diagnostic unknown = diagnostics.stream().filter(d -> d.getCode().getLeft().equals("JX0101")).findFirst().orElseThrow();
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(form.toUri().toString()), unknown.getRange(),
        new CodeActionContext(List.of(unknown)));
    List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions =
        client.server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS);
    CodeAction fix = actions.stream().map(Either::getRight).filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
    assertThat(fix.getTitle()).isEqualTo("改为“数量”");
    List<TextEdit> edits = fix.getEdit().getChanges().get(form.toUri().toString());
    assertThat(Fixtures.apply(text, edits)).isEqualTo(original);
  }

  @Test
  void aCodeActionPutsTextInChineseQuotesIntoAsciiQuotesKeepingTheComment() throws Exception {
    Path form = budget.resolve(FORM);
    String original = Files.readString(form);
    int at = original.indexOf("  overview \"");
    int end = original.indexOf('\n', at);
    String line = original.substring(at, end);
    String chinese = line.replaceFirst("\"", "“").replaceFirst("\"$", "”") + "  # 从文档粘贴";
    String text = original.substring(0, at) + chinese + original.substring(end);
    org.eclipse.lsp4j.Diagnostic quotes = client.open(form, text).stream()
        .filter(d -> d.getCode().getLeft().equals("JX0210")).findFirst().orElseThrow();
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(form.toUri().toString()), quotes.getRange(),
        new CodeActionContext(List.of(quotes)));
    CodeAction fix = client.server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
        .map(Either::getRight).filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
    String fixed = Fixtures.apply(text, fix.getEdit().getChanges().get(form.toUri().toString()));
    assertThat(fixed).isEqualTo(original.substring(0, at) + line + "  # 从文档粘贴" + original.substring(end));
  }

  @Test
  void aCodeActionMakesACostsFloorACeiling() throws Exception {
    Path form = budget.resolve("005-人才工作经费.jx");
    String original = Files.readString(form);
    String text = original.replace("indicator 成本.科技副总补助 <= 16000 元/人", "indicator 成本.科技副总补助 不低于 16000 元/人");
    CodeAction fix = preferredFix(form, text, "JX0603");
    assertThat(fix.getTitle()).isEqualTo("把“不低于”改为“<=”（成本指标越低越好）");
    assertThat(Fixtures.apply(text, fix.getEdit().getChanges().get(form.toUri().toString()))).isEqualTo(original);
  }

  @Test
  void aCodeActionAddsAMissingFieldAsTheHintWritesIt() throws Exception {
    Path form = budget.resolve(FORM);
    String original = Files.readString(form);
    String text = original.replaceFirst("\n  filed [^\n]*", "");
    CodeAction fix = preferredFix(form, text, "JX0303");
    assertThat(fix.getTitle()).startsWith("加一行：filed ");
    String fixed = Fixtures.apply(text, fix.getEdit().getChanges().get(form.toUri().toString()));
    assertThat(fixed).endsWith("  " + fix.getTitle().substring("加一行：".length()) + "\n}\n");
    var next = client.expect(form.toUri().toString());
    Fixtures.change(client, form, fixed, 2);
    assertThat(next.get(30, TimeUnit.SECONDS).stream().map(d -> d.getCode().getLeft())).doesNotContain("JX0303");
  }

  @Test
  void aLineWrittenTwicePointsAtTheFirstOneAsARelatedLocation() throws Exception {
    Path form = budget.resolve(FORM);
    String original = Files.readString(form);
    int at = original.indexOf("\n  basis ");
    String basis = original.substring(at, original.indexOf('\n', at + 1));
    String text = original.replace(basis, basis + basis.replace("  basis ", "  basis  "));
    org.eclipse.lsp4j.Diagnostic twice = client.open(form, text).stream()
        .filter(d -> d.getCode().getLeft().equals("JX0302")).findFirst().orElseThrow();
    assertThat(twice.getRelatedInformation()).hasSize(1);
    org.eclipse.lsp4j.Location first = twice.getRelatedInformation().get(0).getLocation();
    assertThat(first.getUri()).isEqualTo(form.toUri().toString());
    int line = first.getRange().getStart().getLine();
    assertThat(line).isEqualTo(twice.getRange().getStart().getLine() - 1);
    // The whole first line, as a span: its keyword to its end.
    assertThat(first.getRange().getStart().getCharacter()).isEqualTo(2);
    assertThat(first.getRange().getEnd()).isEqualTo(new org.eclipse.lsp4j.Position(line, basis.length() - 1));
  }

  /** The preferred quick fix of the first diagnostic with the code, the text opened. */
  private CodeAction preferredFix(Path form, String text, String code) throws Exception {
    org.eclipse.lsp4j.Diagnostic d = client.open(form, text).stream()
        .filter(x -> x.getCode().getLeft().equals(code)).findFirst().orElseThrow();
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(form.toUri().toString()), d.getRange(),
        new CodeActionContext(List.of(d)));
    return client.server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
        .map(Either::getRight).filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst().orElseThrow();
  }

  @Test
  void aWarningCanBeAllowedWithAReasonToFillIn() throws Exception {
    Path published = Fixtures.copy(REPO.resolve("examples/yangquan-2026-published"), dir.resolve("published"));
    Path form = published.resolve("033-掺混天然气补贴.jx");
    String text = Files.readString(form);
    org.eclipse.lsp4j.Diagnostic warning = client.open(form, text).stream()
        .filter(d -> d.getCode().getLeft().equals("JX0636")).findFirst().orElseThrow(); // a warning on one statement
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(form.toUri().toString()), warning.getRange(),
        new CodeActionContext(List.of(warning)));
    CodeAction allow = client.server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
        .map(Either::getRight).filter(a -> a.getTitle().contains("allow")).findFirst().orElseThrow();
    String allowed = Fixtures.apply(text, allow.getEdit().getChanges().get(form.toUri().toString()));
    var next = client.expect(form.toUri().toString());
    Fixtures.change(client, form, allowed, 2);
    List<String> codes = next.get(30, TimeUnit.SECONDS).stream().map(d -> d.getCode().getLeft()).toList();
    assertThat(codes).doesNotContain(warning.getCode().getLeft());
  }

  @Test
  void formattingADocumentGivesWhatJixiaoFmtWrites() throws Exception {
    Path form = budget.resolve(FORM);
    String messy = Files.readString(form).replace("  indicator ", "indicator    ").replace(">= ", "≥").replace("funds {", "funds{");
    client.open(form, messy);
    List<? extends TextEdit> edits = client.server.getTextDocumentService()
        .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(form.toUri().toString()), new FormattingOptions(2, true)))
        .get(30, TimeUnit.SECONDS);
    String formatted = Fixtures.apply(messy, new ArrayList<>(edits));
    Files.writeString(form, messy);
    int exit = new FmtRunner(List.of(form), false, new Messages(Messages.Language.ZH), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), dir).run();
    assertThat(exit).isZero();
    assertThat(formatted).isNotEqualTo(messy).isEqualTo(Files.readString(form));
  }

  @Test
  void hoverShowsAUnitInBaseUnitsAndACategorysLevel() throws Exception {
    Fixtures.assertGolden("hover-unit.txt", hover("  indicator 成本.补助标准 <= 20 万‸元/人\n"));
    Fixtures.assertGolden("hover-category.txt", hover("  indicator 数‸量.补助人数 >= 20 人\n"));
    Fixtures.assertGolden("hover-allow.txt", hover("  indicator 数量.补助人数 >= 20 人 allow JX06‸03 \"理由\"\n"));
  }

  @Test
  void hoverOnACostShowsItsUnitCostTimesQuantityAgainstTheFunds() throws Exception {
    Path form = budget.resolve("045-生活垃圾处理费.jx");
    Caret c = Caret.replacing(form, "indicator 成本.垃圾焚烧成本 110 元/吨", "indicator 成本.垃圾焚烧成本 1‸10 元/吨");
    client.open(c.file(), c.text());
    Hover h = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(c.file().toUri().toString()),
        c.position())).get(30, TimeUnit.SECONDS);
    Fixtures.assertGolden("hover-cost-products.txt", h.getContents().getRight().getValue() + "\n");
  }

  @Test
  void inlayHintsShowAmountsIn元AndEachColumnsSum() throws Exception {
    Path form = budget.resolve(FORM);
    String text = Files.readString(form).replace("local       200,000  200,000", "local       20 万元  20 万元");
    client.open(form, text);
    List<org.eclipse.lsp4j.InlayHint> hints = client.server.getTextDocumentService().inlayHint(new org.eclipse.lsp4j.InlayHintParams(
        new TextDocumentIdentifier(form.toUri().toString()), new Range(new Position(0, 0), new Position(10_000, 0))))
        .get(30, TimeUnit.SECONDS);
    StringBuilder out = new StringBuilder();
    hints.forEach(h -> out.append(h.getPosition().getLine() + 1).append(':').append(h.getPosition().getCharacter() + 1).append(' ')
        .append(h.getLabel().getLeft()).append('\n'));
    Fixtures.assertGolden("inlay-hints.txt", out.toString());
  }

  /** Completion at the caret of {@code line}, put into the example form after its project's first line. */
  private List<CompletionItem> complete(String line) throws Exception {
    Caret c = Caret.in(budget.resolve(FORM), line);
    client.open(c.file(), c.text());
    return client.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(c.file().toUri().toString()),
        c.position())).get(30, TimeUnit.SECONDS).getRight().getItems();
  }

  private String hover(String line) throws Exception {
    Caret c = Caret.in(budget.resolve(FORM), line);
    client.open(c.file(), c.text());
    Hover h = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(c.file().toUri().toString()),
        c.position())).get(30, TimeUnit.SECONDS);
    return h == null ? "(none)\n" : h.getContents().getRight().getValue() + "\n";
  }

  private static String labels(List<CompletionItem> items) {
    StringBuilder out = new StringBuilder();
    items.forEach(i -> out.append(i.getLabel()).append(" — ").append(i.getDetail()).append('\n'));
    return out.toString();
  }

  /** A text with the caret taken out, and the caret's position. */
  record Caret(Path file, String text, Position position) {
    static Caret in(Path form, String line) throws IOException {
      String original = Files.readString(form);
      int after = original.indexOf("{\n", original.indexOf("project ")) + 1;
      return at(form, original.substring(0, after) + line + original.substring(after + 1));
    }

    /** The form with {@code original} (which must be in it) replaced by {@code marked}, a text with a caret. */
    static Caret replacing(Path form, String original, String marked) throws IOException {
      String text = Files.readString(form);
      if (!text.contains(original)) {
        throw new IllegalArgumentException(original + " is not in " + form);
      }
      return at(form, text.replace(original, marked));
    }

    private static Caret at(Path form, String marked) {
      int caret = marked.indexOf('‸');
      String text = marked.substring(0, caret) + marked.substring(caret + 1);
      String before = text.substring(0, caret);
      int lineNumber = (int) before.chars().filter(ch -> ch == '\n').count();
      return new Caret(form, text, new Position(lineNumber, caret - before.lastIndexOf('\n') - 1));
    }
  }

  // "Go to definition". Each answer is shown as the file (a stdlib file by its name in the
  // stdlib), the range, and its line with the range in 【】; every stdlib answer is checked to be a
  // file on disk, in the cache folder of this stdlib's version, read-only.

  @Test
  void definitionOfAUnitInATargetIsItsDeclarationInTheStdlib() throws Exception {
    Fixtures.assertGolden("definition-unit-in-target.txt", definition("  indicator 数量.补助人数 >= 20 ‸人\n", "人"));
  }

  @Test
  void definitionOfAUnitInFundsIsItsDeclaration() throws Exception {
    Caret c = Caret.replacing(budget.resolve(FORM), "local       200,000  200,000", "local       20 万‸元  20 万元");
    Fixtures.assertGolden("definition-unit-in-funds.txt", definition(c, "万元"));
  }

  @Test
  void definitionOfAPrefixedUnitIsTheUnitAfterThePrefix() throws Exception {
    Fixtures.assertGolden("definition-prefixed-unit.txt", definition("  indicator 数量.服务人次 >= 2 万人‸次\n", "人次"));
  }

  @Test
  void definitionOfTheBudgetsProfileIsTheProfilesDeclaration() throws Exception {
    Caret c = Caret.replacing(budget.resolve("budget.jx"), "profile 山西", "profile 山‸西");
    Fixtures.assertGolden("definition-profile.txt", definition(c, "山西"));
  }

  @Test
  void definitionOfACategorysShortNameAndALevelIsWhereTheFrameworkDeclaresThem() throws Exception {
    Fixtures.assertGolden("definition-category-short-name.txt", definition("  indicator 数‸量.补助人数 >= 20 人\n", "数量"));
    Fixtures.assertGolden("definition-level.txt", definition("  indicator 产‸出.数量.补助人数 >= 20 人\n", "产出"));
  }

  @Test
  void definitionOfAUnitDeclaredInTheBudgetFolderIsInThatFile() throws Exception {
    Path units = budget.resolve("单位.jx");
    Files.writeString(units, "# 本预算自己的单位\ndimension 床位\nunit 张床 : 床位\n");
    List<? extends org.eclipse.lsp4j.Location> got = definitionAt(Caret.in(budget.resolve(FORM), "  indicator 数量.新增床位 >= 20 万张‸床\n"));
    assertThat(got).hasSize(1);
    assertThat(Documents.path(got.get(0).getUri())).isEqualTo(units.toAbsolutePath().normalize());
    Fixtures.assertGolden("definition-unit-in-budget-folder.txt", describe(got));
  }

  @Test
  void anIndicatorsOwnNameAndAnUnknownUnitHaveNoDefinition() throws Exception {
    assertThat(definitionAt(Caret.in(budget.resolve(FORM), "  indicator 数量.补助‸人数 >= 20 人\n"))).isEmpty();
    assertThat(definitionAt(Caret.in(budget.resolve(FORM), "  indicator 数量.补助人数 >= 20 人‸头\n"))).isEmpty();
  }

  @Test
  void aStdlibFileOpenedFromADefinitionIsNotCheckedAndHasDefinitionsOfItsOwn() throws Exception {
    org.eclipse.lsp4j.Location unit = definitionAt(Caret.in(budget.resolve(FORM), "  indicator 数量.补助人数 >= 20 ‸人\n")).get(0);
    Path units = Documents.path(unit.getUri());
    String text = Files.readString(units);
    int line = lineOf(text, "unit 万元 = 10000 元");
    client.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
        new org.eclipse.lsp4j.TextDocumentItem(unit.getUri(), "jixiao", 1, text)));
    int character = text.split("\n", -1)[line].lastIndexOf("元");
    List<? extends org.eclipse.lsp4j.Location> got = client.server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(
        new TextDocumentIdentifier(unit.getUri()), new Position(line, character))).get(30, TimeUnit.SECONDS).getLeft();
    Fixtures.assertGolden("definition-in-stdlib-file.txt", describe(got));
    // A form opened after it gets its diagnostics; the stdlib file, checked as a budget, would have
    // had its own first (every name declared twice), on the same one checking thread.
    client.open(budget.resolve(FORM), Files.readString(budget.resolve(FORM)));
    assertThat(client.diagnostics).doesNotContainKey(unit.getUri());
  }

  @Test
  void theStdlibIsWrittenOnceForEveryServerOfTheSameVersion() throws Exception {
    Path units = Documents.path(definitionAt(Caret.in(budget.resolve(FORM), "  indicator 数量.补助人数 >= 20 ‸人\n")).get(0).getUri());
    var written = Files.getLastModifiedTime(units);
    Files.setLastModifiedTime(units, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
    var backdated = Files.getLastModifiedTime(units);
    try (TestClient second = new TestClient(dir)) {
      Caret c = Caret.in(budget.resolve(FORM), "  indicator 数量.补助人数 >= 20 ‸人\n");
      second.open(c.file(), c.text());
      var got = second.server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(
          new TextDocumentIdentifier(c.file().toUri().toString()), c.position())).get(30, TimeUnit.SECONDS).getLeft();
      assertThat(Documents.path(got.get(0).getUri())).isEqualTo(units);
    }
    assertThat(Files.getLastModifiedTime(units)).as("not written again").isEqualTo(backdated);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(needle)) {
        return i;
      }
    }
    throw new IllegalArgumentException(needle);
  }

  /** No one may write the file: its mode says so (root may write any file, so asking whether we may is no test). */
  private static boolean readOnly(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      var mode = Files.getPosixFilePermissions(file);
      return !mode.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
          && !mode.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          && !mode.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    }
    return !Files.isWritable(file);
  }

  /** The definition at the caret of {@code line} put into the example form, which must be {@code declared} in the stdlib. */
  private String definition(String line, String declared) throws Exception {
    return definition(Caret.in(budget.resolve(FORM), line), declared);
  }

  private String definition(Caret c, String declared) throws Exception {
    List<? extends org.eclipse.lsp4j.Location> got = definitionAt(c);
    assertThat(got).hasSize(1);
    Path file = Documents.path(got.get(0).getUri());
    assertThat(file.getParent().getParent()).isEqualTo(client.stdlibCache.toAbsolutePath().normalize());
    assertThat(file.getParent().getFileName().toString()).matches("[0-9a-f]{12}");
    assertThat(file).isRegularFile();
    assertThat(readOnly(file)).as("read-only").isTrue();
    org.eclipse.lsp4j.Range r = got.get(0).getRange();
    assertThat(r.getStart().getLine()).isEqualTo(r.getEnd().getLine());
    String lineText = Files.readString(file).split("\n", -1)[r.getStart().getLine()];
    assertThat(lineText.substring(r.getStart().getCharacter(), r.getEnd().getCharacter())).isEqualTo(declared);
    return describe(got);
  }

  private List<? extends org.eclipse.lsp4j.Location> definitionAt(Caret c) throws Exception {
    client.open(c.file(), c.text());
    return client.server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(
        new TextDocumentIdentifier(c.file().toUri().toString()), c.position())).get(30, TimeUnit.SECONDS).getLeft();
  }

  /** Each location as {@code file line:col-line:col | its line with the range in 【】}; a stdlib file by its stdlib name. */
  private String describe(List<? extends org.eclipse.lsp4j.Location> locations) throws IOException {
    StringBuilder out = new StringBuilder();
    for (org.eclipse.lsp4j.Location l : locations) {
      Path file = Documents.path(l.getUri());
      Path cache = client.stdlibCache.toAbsolutePath().normalize();
      String name = file.startsWith(cache) ? "stdlib/" + file.getFileName() : dir.relativize(file).toString().replace('\\', '/');
      org.eclipse.lsp4j.Range r = l.getRange();
      String line = Files.readString(file).split("\n", -1)[r.getStart().getLine()];
      out.append(name).append(' ').append(r.getStart().getLine() + 1).append(':').append(r.getStart().getCharacter() + 1)
          .append('-').append(r.getEnd().getLine() + 1).append(':').append(r.getEnd().getCharacter() + 1).append(" | ")
          .append(line, 0, r.getStart().getCharacter()).append('【')
          .append(line, r.getStart().getCharacter(), r.getEnd().getCharacter()).append('】')
          .append(line.substring(r.getEnd().getCharacter())).append('\n');
    }
    return out.length() == 0 ? "(none)\n" : out.toString();
  }
}
