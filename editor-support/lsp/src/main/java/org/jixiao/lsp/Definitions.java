package org.jixiao.lsp;

import java.util.List;
import java.util.Optional;
import org.jixiao.semantics.library.Definition;
import org.jixiao.semantics.library.Definition.Kind;
import org.jixiao.semantics.library.Library;
import org.jixiao.semantics.library.RuleProfile;
import org.jixiao.syntax.BudgetItem;
import org.jixiao.syntax.Decl;
import org.jixiao.syntax.Name;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.ProfileItem;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.SourceUnit;
import org.jixiao.syntax.UnitExpr;

/**
 * Where the word under the caret was declared, as the library recorded it: a unit wherever one is
 * written (targets, funds and costs, unit declarations, {@code money}), a profile, framework or
 * layout named in a budget or profile, a first-level indicator or category in an indicator's path
 * (within the budget's framework) or a profile line, and a declared name itself. A name the
 * library has not got (a typo, an indicator's own name) has no definition.
 */
final class Definitions {
  private final SourceUnit unit;
  private final Library library;
  /** The framework of the budget's profile, which an indicator's path names categories of; null: none. */
  private final String framework;

  Definitions(SourceUnit unit, Library library, String framework) {
    this.unit = unit;
    this.library = library;
    this.framework = framework;
  }

  Optional<Definition> at(int offset) {
    List<Node> path = NodesAt.at(unit, offset);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Node innermost = path.get(path.size() - 1);
    if (innermost instanceof UnitExpr.Factor factor) {
      return library.unitDefinition(factor.name());
    }
    if (!(innermost instanceof Name name) || path.size() < 2) {
      return Optional.empty();
    }
    Node holder = path.get(path.size() - 2);
    Decl.Framework declaring = NodesAt.innermost(path, Decl.Framework.class);
    Decl.Profile profile = NodesAt.innermost(path, Decl.Profile.class);
    if (holder instanceof ProjectItem.Indicator indicator) {
      return inPath(indicator.path(), name, framework);
    }
    if (holder instanceof Decl.Level || holder instanceof Decl.Category) {
      Kind kind = holder instanceof Decl.Level ? Kind.LEVEL : Kind.CATEGORY;
      return library.definitionOf(kind, declaring.name().text(), name.text());
    }
    if (holder instanceof ProfileItem item && profile != null) {
      return inProfile(item, name, frameworkOf(profile));
    }
    if (holder instanceof BudgetItem.ProfileRef) {
      return library.definitionOf(Kind.PROFILE, name.text());
    }
    if (holder instanceof Decl decl) {
      return declared(decl, name);
    }
    return Optional.empty();
  }

  /** {@code 产出.数量.补助人数} or {@code 数量.补助人数}: the last name is the indicator's own. */
  private Optional<Definition> inPath(List<Name> names, Name name, String framework) {
    int fromEnd = names.size() - 1 - names.indexOf(name);
    if (framework == null) {
      return Optional.empty();
    }
    if (names.size() == 1) { // an empty row names a category (经济效益), or a level
      return or(library.definitionOf(Kind.CATEGORY, framework, name.text()), library.definitionOf(Kind.LEVEL, framework, name.text()));
    }
    if (fromEnd == 1) {
      return library.definitionOf(Kind.CATEGORY, framework, name.text());
    }
    return fromEnd == 2 ? library.definitionOf(Kind.LEVEL, framework, name.text()) : Optional.empty();
  }

  private Optional<Definition> inProfile(ProfileItem item, Name name, String framework) {
    if (item instanceof ProfileItem.FrameworkRef) {
      return library.definitionOf(Kind.FRAMEWORK, name.text());
    }
    if (item instanceof ProfileItem.Extends) {
      return library.definitionOf(Kind.PROFILE, name.text());
    }
    if (item instanceof ProfileItem.LayoutRef) {
      return library.definitionOf(Kind.LAYOUT, name.text());
    }
    if (item instanceof ProfileItem.Money) {
      return library.unitDefinition(name.text());
    }
    if (item instanceof ProfileItem.Fixed fixed) {
      return inPath(fixed.path(), name, framework);
    }
    if (framework != null && (item instanceof ProfileItem.Weight || item instanceof ProfileItem.Label)) {
      return or(library.definitionOf(Kind.LEVEL, framework, name.text()), library.definitionOf(Kind.CATEGORY, framework, name.text()));
    }
    return Optional.empty();
  }

  /** A name in a declaration: the declared name itself, or the dimension a base unit is of. */
  private Optional<Definition> declared(Decl decl, Name name) {
    if (decl instanceof Decl.Unit u) {
      return name == u.dimension() ? library.definitionOf(Kind.DIMENSION, name.text()) : library.definitionOf(Kind.UNIT, name.text());
    }
    Kind kind = decl instanceof Decl.Dimension ? Kind.DIMENSION
        : decl instanceof Decl.Counter ? Kind.COUNTER
        : decl instanceof Decl.Prefix ? Kind.PREFIX
        : decl instanceof Decl.Framework ? Kind.FRAMEWORK
        : decl instanceof Decl.Profile ? Kind.PROFILE
        : decl instanceof Decl.Layout ? Kind.LAYOUT : null;
    return kind == null ? Optional.empty() : library.definitionOf(kind, name.text());
  }

  /** The framework a profile's lines name categories of: its own, or the one it extends. */
  private String frameworkOf(Decl.Profile profile) {
    RuleProfile built = library.profile(profile.name().text());
    return built == null ? null : built.frameworkName();
  }

  private static Optional<Definition> or(Optional<Definition> first, Optional<Definition> second) {
    return first.isPresent() ? first : second;
  }
}
