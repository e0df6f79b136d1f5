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
 *   <li>JX04xx: units of measure;
 *   <li>JX05xx: funding sums, cost against funds, and the cost composition table (JX053x);
 *   <li>JX06xx: the rules for indicators, attributes and text, and {@code allow};
 *   <li>JX07xx: dates and years;
 *   <li>JX08xx: budget-level sums;
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
  JX0111(Severity.ERROR), // unit or prefix scale is not positive
  JX0112(Severity.ERROR), // unknown layout
  JX0113(Severity.ERROR), // profile extends itself
  JX0114(Severity.ERROR), // profile money unit is not money
  JX0115(Severity.ERROR), // profile decimals out of range
  JX0116(Severity.ERROR), // layout directive malformed
  JX0117(Severity.ERROR), // weight range upside down

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
  JX0310(Severity.WARNING), // field the template does not have
  JX0311(Severity.ERROR), // value not in the field's list
  JX0312(Severity.ERROR), // department code missing where the template has one
  JX0313(Severity.WARNING), // period written in the other form than the template's

  JX0401(Severity.WARNING), // unit price per unit per year
  JX0403(Severity.ERROR), // funds amount not money
  JX0404(Severity.ERROR), // period not time
  JX0405(Severity.ERROR), // check units differ
  JX0501(Severity.ERROR), // total != sum
  JX0502(Severity.ERROR), // annual > term
  JX0503(Severity.ERROR), // one-year columns differ
  JX0504(Severity.WARNING), // blank source
  JX0505(Severity.WARNING), // no money, has targets
  JX0506(Severity.ERROR), // more precise than fen
  JX0507(Severity.ERROR), // amount in a funding column the template has not
  JX0510(Severity.WARNING), // cost x quantity > funds
  JX0511(Severity.WARNING), // cost x quantity != funds
  JX0512(Severity.WARNING), // narrative amount mismatch
  JX0520(Severity.ERROR), // check failed
  JX0521(Severity.ERROR), // check operand unknown
  JX0522(Severity.ERROR), // check divides by zero
  JX0530(Severity.ERROR), // cost composition: this year's items do not add up to the annual funds
  JX0531(Severity.ERROR), // cost composition: a column's year is not the one the template prints
  JX0532(Severity.ERROR), // cost composition: a line with more or fewer cells than the columns
  JX0533(Severity.ERROR), // cost composition: a cost item written twice
  JX0534(Severity.ERROR), // cost composition: written total differs from the items' sum
  JX0601(Severity.ERROR), // satisfaction not %
  JX0602(Severity.WARNING), // cost not money
  JX0603(Severity.WARNING), // cost with >=
  JX0604(Severity.WARNING), // quantity is money or ratio
  JX0605(Severity.WARNING), // rate not %
  JX0606(Severity.ERROR), // percentage above 100
  JX0608(Severity.ERROR), // placeholder
  JX0609(Severity.WARNING), // qualitative not graded
  JX0610(Severity.ERROR), // number without unit
  JX0611(Severity.ERROR), // indicator without target
  JX0612(Severity.ERROR), // level missing
  JX0613(Severity.ERROR), // outputs without quantity
  JX0614(Severity.ERROR), // column empty
  JX0615(Severity.ERROR), // annual goal missing
  JX0616(Severity.WARNING), // columns differ in dimension
  JX0617(Severity.ERROR), // one-year columns differ in target
  JX0618(Severity.WARNING), // truncated annual name
  JX0619(Severity.WARNING), // count under quality
  JX0620(Severity.ERROR), // attribute vs period
  JX0621(Severity.WARNING), // multi-year too short
  JX0622(Severity.WARNING), // direction contradicts comparator
  JX0623(Severity.ERROR), // weights do not total as the template requires
  JX0624(Severity.WARNING), // indicator name longer than the template allows
  JX0625(Severity.ERROR), // unknown direction or value type
  JX0626(Severity.ERROR), // weight missing or not positive
  JX0627(Severity.ERROR), // mandated (fixed) indicator missing
  JX0628(Severity.ERROR), // mandated (fixed) indicator with a looser or different target
  JX0630(Severity.WARNING), // html
  JX0631(Severity.WARNING), // leading punctuation
  JX0632(Severity.WARNING), // repeated name
  JX0633(Severity.WARNING), // unbalanced brackets
  JX0634(Severity.WARNING), // implementer other agency
  JX0635(Severity.WARNING), // department is a section
  JX0636(Severity.WARNING), // identical narratives
  JX0637(Severity.WARNING), // text cut off
  JX0640(Severity.ERROR), // allow on error
  JX0641(Severity.ERROR), // allow unknown code
  JX0642(Severity.WARNING), // allow unused
  JX0701(Severity.ERROR), // filed invalid
  JX0702(Severity.WARNING), // filed stale
  JX0703(Severity.ERROR), // filed after budget year
  JX0704(Severity.WARNING), // stale year
  JX0705(Severity.WARNING), // deadline outside period
  JX0706(Severity.WARNING), // duration longer than the project
  JX0707(Severity.ERROR), // period range ends before it starts
  JX0708(Severity.WARNING), // period range does not cover the budget year
  JX0801(Severity.ERROR), // ceiling exceeded
  JX0802(Severity.WARNING), // ceiling without projects

  JX9999(Severity.ERROR); // internal error

  private final Severity defaultSeverity;

  DiagnosticCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
