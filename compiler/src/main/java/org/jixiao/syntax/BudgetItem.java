package org.jixiao.syntax;

import org.jixiao.source.Span;

/** One line inside {@code budget … { }}. */
public sealed interface BudgetItem extends Node {
  String keyword();

  /** The title printed above every form. */
  record Title(Text text, Span span) implements BudgetItem {
    public String keyword() {
      return "title";
    }
  }

  record ProfileRef(Name name, Span span) implements BudgetItem {
    public String keyword() {
      return "profile";
    }
  }

  /** 预算控制数: {@code ceiling 005 43,000,000 元}, the most a department's projects may take. */
  record Ceiling(String departmentCode, Span codeSpan, Amount amount, Span span)
      implements BudgetItem {
    public String keyword() {
      return "ceiling";
    }
  }

  record Unknown(Name word, Span span) implements BudgetItem {
    public String keyword() {
      return word.text();
    }
  }
}
