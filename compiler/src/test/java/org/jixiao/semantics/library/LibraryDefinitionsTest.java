package org.jixiao.semantics.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.junit.jupiter.api.Test;

/** Where the library says each name was declared: the file and the declared word itself. */
class LibraryDefinitionsTest {
  private final Library stdlib = Stdlib.library();

  /** The file's name and the text at the span, which must be the name looked up (or its spelling). */
  private static String at(Optional<Definition> d) {
    assertThat(d).isPresent();
    return d.get().file().displayName() + ":" + d.get().file().line(d.get().span().start()) + " " + d.get().file().slice(d.get().span());
  }

  @Test
  void stdlibNamesGoToTheirDeclaredWords() {
    assertThat(at(stdlib.definitionOf(Definition.Kind.UNIT, "万元"))).startsWith("stdlib/units.jx:").endsWith(" 万元");
    assertThat(at(stdlib.definitionOf(Definition.Kind.UNIT, "人民币"))).endsWith(" 人民币");
    assertThat(at(stdlib.definitionOf(Definition.Kind.DIMENSION, "货币"))).endsWith(" 货币");
    assertThat(at(stdlib.definitionOf(Definition.Kind.PREFIX, "万"))).endsWith(" 万");
    assertThat(at(stdlib.definitionOf(Definition.Kind.COUNTER, "套"))).endsWith(" 套");
    assertThat(at(stdlib.definitionOf(Definition.Kind.UNIT, "套"))).isEqualTo(at(stdlib.definitionOf(Definition.Kind.COUNTER, "套")));
    assertThat(at(stdlib.definitionOf(Definition.Kind.FRAMEWORK, "财预2015"))).startsWith("stdlib/frameworks.jx:").endsWith(" 财预2015");
    assertThat(at(stdlib.definitionOf(Definition.Kind.PROFILE, "山西"))).startsWith("stdlib/profiles.jx:").endsWith(" 山西");
    assertThat(at(stdlib.definitionOf(Definition.Kind.LAYOUT, "两栏"))).startsWith("stdlib/layouts.jx:").endsWith(" 两栏");
    assertThat(stdlib.definitionOf(Definition.Kind.UNIT, "万人次")).as("a prefixed word is no declared unit").isEmpty();
    assertThat(stdlib.definitionOf(Definition.Kind.UNIT, "货币")).as("kinds are apart").isEmpty();
  }

  @Test
  void aPrefixedUnitGoesToTheUnitAfterThePrefix() {
    assertThat(stdlib.unitDefinition("万人次")).isEqualTo(stdlib.definitionOf(Definition.Kind.UNIT, "人次"));
    assertThat(at(stdlib.unitDefinition("万元"))).as("a declared unit before a split").endsWith(" 万元");
    assertThat(stdlib.unitDefinition("万无此单位")).isEmpty();
  }

  @Test
  void levelsAndCategoriesAreFoundByEverySpellingWithinTheirFramework() {
    Optional<Definition> full = stdlib.definitionOf(Definition.Kind.CATEGORY, "财预2015", "数量指标");
    Optional<Definition> shortName = stdlib.definitionOf(Definition.Kind.CATEGORY, "财预2015", "数量");
    assertThat(at(full)).endsWith(" 数量指标");
    assertThat(at(shortName)).endsWith(" 数量");
    assertThat(full.get().file().line(full.get().span().start())).isEqualTo(shortName.get().file().line(shortName.get().span().start()));
    assertThat(at(stdlib.definitionOf(Definition.Kind.LEVEL, "财预2015", "产出"))).endsWith(" 产出");
    // 满意度 is a level's short name and a category's alias: two words, two places.
    assertThat(stdlib.definitionOf(Definition.Kind.LEVEL, "财预2015", "满意度"))
        .isNotEqualTo(stdlib.definitionOf(Definition.Kind.CATEGORY, "财预2015", "满意度"));
    // The same category in two frameworks is declared twice, once in each.
    assertThat(stdlib.definitionOf(Definition.Kind.CATEGORY, "财预2021", "数量"))
        .isPresent().isNotEqualTo(shortName);
    assertThat(stdlib.definitionOf(Definition.Kind.CATEGORY, "财预2015", "经济成本")).isEmpty();
  }

  @Test
  void aBudgetFoldersOwnNamesGoToItsFileAndTheStdlibsStayInTheStdlib() {
    SourceFile mine = SourceFile.ofString("budget/units.jx", "dimension 床位\nunit 张床 : 床位\nunit 万元 = 10000 元\n");
    DiagnosticSink sink = new DiagnosticSink();
    LibraryBuilder builder = new LibraryBuilder(stdlib);
    builder.add(SourceParser.parse(mine, sink).declarations(), mine, sink);
    Library library = builder.build();
    assertThat(at(library.definitionOf(Definition.Kind.UNIT, "张床"))).isEqualTo("budget/units.jx:2 张床");
    assertThat(at(library.definitionOf(Definition.Kind.DIMENSION, "床位"))).isEqualTo("budget/units.jx:1 床位");
    assertThat(at(library.unitDefinition("万张床"))).isEqualTo("budget/units.jx:2 张床");
    // 万元 declared again is JX0109; the stdlib's declaration stays the one the library uses.
    assertThat(sink.sorted()).extracting(d -> d.code().code()).containsExactly("JX0109");
    assertThat(library.definitionOf(Definition.Kind.UNIT, "万元")).isEqualTo(stdlib.definitionOf(Definition.Kind.UNIT, "万元"));
    assertThat(Stdlib.isStdlibFile(library.definitionOf(Definition.Kind.UNIT, "万元").get().file())).isTrue();
    assertThat(Stdlib.isStdlibFile(mine)).isFalse();
    assertThat(stdlib.definitionOf(Definition.Kind.UNIT, "张床")).as("the stdlib is not changed").isEmpty();
  }
}
