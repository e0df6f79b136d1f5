package org.jixiao.syntax;

import org.jixiao.source.Span;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** A top-level declaration of a file. Forms, budgets and the stdlib share one language. */
public sealed interface Decl extends Node {

  /** The budget of a folder: region, year, which profile applies. */
  record Budget(Name region, int year, Span yearSpan, List<BudgetItem> items, Span span)
      implements Decl {
    public Budget {
      items = List.copyOf(items);
    }
  }

  /** One 项目支出绩效目标表; {@code allows} gathers every {@code allow} clause in it. */
  record Project(Name name, List<ProjectItem> items, List<Allow> allows, Span span) implements Decl {
    public Project {
      items = List.copyOf(items);
      allows = List.copyOf(allows);
    }

    /** The first item of a kind (the one the form reads: a repeated field is reported, not used). */
    public <T extends ProjectItem> T first(Class<T> type) {
      for (ProjectItem item : items) {
        if (type.isInstance(item)) {
          return type.cast(item);
        }
      }
      return null;
    }
  }

  /** {@code dimension 货币 "money"}. */
  record Dimension(Name name, Text description, Span span) implements Decl {}

  /**
   * {@code unit 元 : 货币} (a base unit: {@code dimension} set) or {@code unit 万元 = 10000 元} (a
   * scaled unit: {@code scale} set, and {@code base} unless the unit is a pure number like %).
   */
  record Unit(Name name, Name dimension, Scale scale, UnitExpr base, List<Name> aliases, Span span)
      implements Decl {
    public Unit {
      aliases = List.copyOf(aliases);
    }
  }

  /** An exact ratio such as 10000 or 1/12. */
  record Scale(BigInteger numerator, BigInteger denominator, Span span) implements Node {}

  /** {@code counter 个 次 套}: counting words, each a dimension of its own. */
  record Counter(List<Name> names, Span span) implements Decl {
    public Counter {
      names = List.copyOf(names);
    }
  }

  /** {@code prefix 万 = 10000}: a magnitude word that may precede any unit. */
  record Prefix(Name name, BigDecimal factor, Span span) implements Decl {}

  /** An indicator framework: first-level indicators and their second-level categories. */
  record Framework(Name name, Text title, List<Level> levels, Span span) implements Decl {
    public Framework {
      levels = List.copyOf(levels);
    }
  }

  /** A first-level indicator; {@code requires} names a role one of its categories must have. */
  record Level(
      Name name, Name shortName, Name requires, List<Name> aliases, List<Category> categories, Span span)
      implements Node {
    public Level {
      aliases = List.copyOf(aliases);
      categories = List.copyOf(categories);
    }
  }

  /** A second-level category; {@code role} says which rules apply to it (cost, quantity, …). */
  record Category(Name name, Name shortName, Name role, List<Name> aliases, Span span) implements Node {
    public Category {
      aliases = List.copyOf(aliases);
    }
  }

  /** A rule profile: framework, funding sources, attributes, grades, rule severities. */
  record Profile(Name name, Text title, List<ProfileItem> items, Span span) implements Decl {
    public Profile {
      items = List.copyOf(items);
    }
  }

  /** A print layout: directive lines read by the layout builder. */
  record Layout(Name name, Text title, List<LayoutLine> lines, Span span) implements Decl {
    public Layout {
      lines = List.copyOf(lines);
    }
  }

  /** {@code row label 2 "项目名称" value 6 name}: a directive, its arguments, and an optional block. */
  record LayoutLine(Name word, List<LayoutArg> args, List<LayoutLine> block, Span span) implements Node {
    public LayoutLine {
      args = List.copyOf(args);
      block = block == null ? null : List.copyOf(block);
    }
  }

  /** One argument of a layout line: {@code quoted} when it was a string. */
  record LayoutArg(String text, boolean quoted, Span span) implements Node {}

  /** A top-level line starting with a word that is not a declaration keyword. */
  record Unknown(Name word, Span span) implements Decl {}
}
