package org.jixiao.syntax;

import java.util.List;

/** One line inside {@code profile … { }}. */
public sealed interface ProfileItem extends Node {

  record FrameworkRef(Name name, Span span) implements ProfileItem {}

  /** A funding source: key, the label printed on the form, and other accepted spellings. */
  record Source(Name key, Text label, List<Name> aliases, Span span) implements ProfileItem {
    public Source {
      aliases = List.copyOf(aliases);
    }
  }

  /** A 项目属性 value, with the 项目期 it implies (null when any). */
  record AttributeValue(
      Name key, Text label, Target.Quantity period, List<Name> aliases, Span span)
      implements ProfileItem {
    public AttributeValue {
      aliases = List.copyOf(aliases);
    }
  }

  /** Accepted qualitative target values. */
  record Grades(List<Text> values, Span span) implements ProfileItem {
    public Grades {
      values = List.copyOf(values);
    }
  }

  /** Values that only hold a place and are never a valid target (是/否, XX). */
  record Placeholders(List<Text> values, Span span) implements ProfileItem {
    public Placeholders {
      values = List.copyOf(values);
    }
  }

  /** {@code rule JX0601 error}: sets the severity of one check. */
  record Rule(Name code, Name severity, Span span) implements ProfileItem {}

  record Unknown(Name word, Span span) implements ProfileItem {}
}
