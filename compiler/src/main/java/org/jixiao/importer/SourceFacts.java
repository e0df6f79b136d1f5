package org.jixiao.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.backend.WorkbookSource;

/** The per-form facts a workbook jixiao built keeps in its properties, by sheet name; none for any other workbook. */
final class SourceFacts {
  private SourceFacts() {}

  static Map<String, WorkbookSource.Form> forms(Map<String, String> properties) {
    Map<String, WorkbookSource.Form> out = new LinkedHashMap<>();
    properties.forEach((name, value) -> {
      if (name.startsWith(WorkbookSource.FORM_PREFIX)) {
        WorkbookSource.Form form = WorkbookSource.read(value);
        if (form != null) {
          out.putIfAbsent(form.sheet(), form);
        }
      }
    });
    return out;
  }
}
