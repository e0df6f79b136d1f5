package org.jixiao.diag;

/**
 * Every diagnostic jixiao can report. Codes are stable: never renumbered, never reused; a retired
 * code stays here, marked retired. The hundreds digit groups them by phase:
 *
 * <ul>
 *   <li>JX00xx: reading files;
 *   <li>JX01xx: names (categories, units, sources, profiles);
 *   <li>JX02xx: syntax;
 *   <li>JX03xx: the structure of a form (missing and duplicate fields);
 *   <li>JX99xx: bugs in jixiao itself.
 * </ul>
 *
 * Message text lives in {@code messages.properties} (Chinese) and {@code messages_en.properties},
 * keyed by the code.
 */
public enum DiagnosticCode {
  JX0001(Severity.ERROR), // file is not UTF-8
  JX0002(Severity.WARNING), // empty file
  JX0003(Severity.ERROR), // file too large
  JX0004(Severity.INFO), // byte order mark ignored
  JX0005(Severity.ERROR), // file cannot be read
  JX0006(Severity.INFO), // too many diagnostics, the rest not shown
  JX0007(Severity.ERROR), // path does not exist
  JX0008(Severity.ERROR), // no .jx file under a path

  JX0101(Severity.ERROR), // unknown second-level indicator category
  JX0102(Severity.ERROR), // unknown unit
  JX0103(Severity.ERROR), // unknown project attribute
  JX0104(Severity.ERROR), // unknown funding source
  JX0105(Severity.ERROR), // unknown profile
  JX0106(Severity.ERROR), // unknown framework
  JX0107(Severity.ERROR), // unknown dimension
  JX0108(Severity.ERROR), // first-level indicator does not match the category
  JX0109(Severity.ERROR), // name defined twice (unit, profile, framework)
  JX0110(Severity.ERROR), // unknown first-level indicator

  JX0201(Severity.ERROR), // unexpected token
  JX0202(Severity.ERROR), // unterminated string
  JX0203(Severity.ERROR), // unclosed brace
  JX0204(Severity.ERROR), // malformed number
  JX0205(Severity.ERROR), // unknown character
  JX0206(Severity.ERROR), // nesting too deep
  JX0207(Severity.ERROR), // closing brace without an opening one
  JX0208(Severity.ERROR), // malformed date or time
  JX0209(Severity.ERROR), // indicator path of the wrong length

  JX0301(Severity.ERROR), // unknown keyword
  JX0302(Severity.ERROR), // field written twice
  JX0303(Severity.ERROR), // required field missing
  JX0304(Severity.ERROR), // no budget declaration for a folder
  JX0305(Severity.ERROR), // more than one budget declaration
  JX0306(Severity.ERROR), // two projects with the same name
  JX0307(Severity.ERROR), // funding source written twice
  JX0308(Severity.ERROR), // implausible budget year
  JX0309(Severity.ERROR), // indicator written twice in one column

  JX9999(Severity.ERROR); // internal error

  private final Severity defaultSeverity;

  DiagnosticCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
