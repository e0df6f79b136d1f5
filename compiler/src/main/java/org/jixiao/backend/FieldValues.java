package org.jixiao.backend;

import org.jixiao.tables.ProjectViews;
import org.jixiao.tables.ProjectView;
/** The value of a field as the form prints it, by the key a layout names it with. */
final class FieldValues {
  private FieldValues() {}

  static String of(ProjectView p, String key, FormContext fc) {
    return switch (key) {
      case "name" -> p.name();
      case "department" -> department(p, fc);
      case "implementer" -> p.implementer();
      case "attribute" -> p.attribute() == null ? "" : p.attribute().label();
      case "period" -> p.period() == null ? "" : p.period().written();
      case "leader" -> p.leader();
      case "handler" -> p.handler();
      case "phone" -> p.phone();
      case "filed" -> ProjectViews.filedForForm(p.filed());
      case "goal" -> p.goalAnnual();
      case "weights" -> p.selfEvaluation() == null ? "" : TableBlock.figure(p.selfEvaluation().weights());
      case "score" -> p.selfEvaluation() == null ? "" : total(p.selfEvaluation());
      case "grade" -> p.selfEvaluation() == null ? "" : orEmpty(p.selfEvaluation().writtenGrade(), p.selfEvaluation().grade());
      case "date" -> p.monitoring() == null ? "" : p.monitoring().date();
      default -> custom(p, key);
    };
  }

  /**
   * 主管部门及代码 prints {@code 005-名称}; a template without codes prints the name alone. The
   * hyphen stays here: it is not a word (nothing to translate), and it is the one way the templates
   * write a code before a name (山西's {@code 906-社保科}); the profile's {@code coded} says whether
   * a form prints the code at all. A template that joined them otherwise would make it a profile line.
   */
  private static String department(ProjectView p, FormContext fc) {
    boolean coded = fc.profile().departmentCoded();
    return coded && !p.departmentCode().isEmpty() ? p.departmentCode() + "-" + p.departmentName() : p.departmentName();
  }

  /** The 总分 as the office wrote it (checked against the computed one), else the computed one. */
  private static String total(ProjectView.SelfEvaluation se) {
    return orEmpty(se.writtenTotal(), TableBlock.figure(se.total()));
  }

  private static String orEmpty(String first, String second) {
    return first != null ? first : second == null ? "" : second;
  }

  private static String custom(ProjectView p, String key) {
    for (ProjectView.Field f : p.fields()) {
      if (f.key().equals(key)) {
        return f.value();
      }
    }
    return "";
  }
}
