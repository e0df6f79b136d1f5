package org.jixiao.semantics.library;

import java.util.List;

/**
 * A field of a province's template, as its profile declares it: the key written in the form file
 * ({@code department}, {@code 业务主管部门}), the label the official form prints, whether the
 * template has it and requires it, whether it carries a code (主管部门及代码), and for a closed
 * list the values allowed (项目类型: 新增, 延续).
 */
public record FormField(String key, String label, Presence presence, boolean coded, List<String> values) {
  public FormField {
    values = List.copyOf(values);
  }

  /** Whether the template has the field, and whether a form without it is incomplete. */
  public enum Presence {
    REQUIRED,
    OPTIONAL,
    /** The template has no such field: writing it is reported, leaving it out never is. */
    ABSENT
  }

  public boolean present() {
    return presence != Presence.ABSENT;
  }

  public boolean required() {
    return presence == Presence.REQUIRED;
  }
}
