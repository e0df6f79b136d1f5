package org.jixiao.backend;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.semantics.library.RuleProfile;

/**
 * One of the year's later forms a build prints beside the target form: the 自评表 of the projects
 * with a {@code selfeval}, the 监控表 of those with a {@code monitor} snapshot, each in the layout the
 * profile names for it. Its files are named after that layout ({@code NAME-自评表.xlsx}, {@code
 * 自评表/项目.html}), so a province's own layout names its own files.
 *
 * @param projects the indexes of the budget's projects that fill it, in order
 * @param fileNames each of those projects' output name, as the target form's files use it
 */
record LaterForm(String form, FormContext context, List<Integer> projects, List<String> fileNames) {
  LaterForm {
    projects = List.copyOf(projects);
    fileNames = List.copyOf(fileNames);
  }

  /** Whether project {@code index} of the budget fills this form. */
  boolean has(int index) {
    return java.util.Collections.binarySearch(projects, index) >= 0;
  }

  /** The output name of project {@code index} of the budget, which fills this form. */
  String projectFileName(int index) {
    return fileNames.get(java.util.Collections.binarySearch(projects, index));
  }

  /** The later forms a budget has: those its profile lays out and at least one project fills, in the profile's order. */
  static List<LaterForm> of(BuildInput input) {
    List<LaterForm> forms = new ArrayList<>();
    for (String form : RuleProfile.LATER_FORMS) {
      FormContext fc = input.laterFormContext(form);
      if (fc == null) {
        continue;
      }
      List<Integer> projects = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < input.size(); i++) {
        if (input.summaries().get(i).fills(form)) {
          projects.add(i);
          names.add(input.fileNames().get(i));
        }
      }
      if (!projects.isEmpty()) {
        forms.add(new LaterForm(form, fc, projects, names));
      }
    }
    return forms;
  }

  /** The name the form's files carry: its layout's, made safe for every file system. */
  String fileName() {
    return OutputNames.safe(context.layout().name());
  }
}
