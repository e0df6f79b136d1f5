package org.jixiao.diag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * Each constant has a descriptive name for Java and its stable code string, which is all users
 * see. Message text lives in {@code messages.properties} (Chinese) and {@code
 * messages_en.properties}, keyed by the code string.
 */
public enum DiagnosticCode {
  FILE_NOT_UTF8("JX0001", Severity.ERROR), // file is not UTF-8
  FILE_EMPTY("JX0002", Severity.WARNING), // empty file
  FILE_TOO_LARGE("JX0003", Severity.ERROR), // file too large
  BYTE_ORDER_MARK_IGNORED("JX0004", Severity.INFO), // byte order mark ignored
  FILE_UNREADABLE("JX0005", Severity.ERROR), // file cannot be read
  TOO_MANY_DIAGNOSTICS("JX0006", Severity.INFO), // too many diagnostics, the rest not shown
  PATH_NOT_FOUND("JX0007", Severity.ERROR), // path does not exist
  NO_JX_FILES("JX0008", Severity.ERROR), // no .jx file under a path
  PATH_NOT_REPRESENTABLE("JX0009", Severity.ERROR), // a path argument the JVM's locale cannot name

  UNKNOWN_CATEGORY("JX0101", Severity.ERROR), // unknown second-level indicator category
  UNKNOWN_UNIT("JX0102", Severity.ERROR), // unknown unit
  UNKNOWN_ATTRIBUTE("JX0103", Severity.ERROR), // unknown project attribute
  UNKNOWN_FUNDING_SOURCE("JX0104", Severity.ERROR), // unknown funding source
  UNKNOWN_PROFILE("JX0105", Severity.ERROR), // unknown profile
  UNKNOWN_FRAMEWORK("JX0106", Severity.ERROR), // unknown framework
  UNKNOWN_DIMENSION("JX0107", Severity.ERROR), // unknown dimension
  CATEGORY_NOT_IN_LEVEL("JX0108", Severity.ERROR), // first-level indicator does not match the category
  NAME_DEFINED_TWICE("JX0109", Severity.ERROR), // name defined twice (unit, profile, framework)
  UNKNOWN_LEVEL("JX0110", Severity.ERROR), // unknown first-level indicator
  SCALE_NOT_POSITIVE("JX0111", Severity.ERROR), // unit or prefix scale is not positive
  UNKNOWN_LAYOUT("JX0112", Severity.ERROR), // unknown layout
  PROFILE_EXTENDS_ITSELF("JX0113", Severity.ERROR), // profile extends itself
  MONEY_UNIT_NOT_MONEY("JX0114", Severity.ERROR), // profile money unit is not money
  DECIMALS_OUT_OF_RANGE("JX0115", Severity.ERROR), // profile decimals out of range
  LAYOUT_MALFORMED("JX0116", Severity.ERROR), // layout directive malformed
  WEIGHT_RANGE_INVERTED("JX0117", Severity.ERROR), // weight range upside down
  SCALE_TOO_LARGE("JX0118", Severity.ERROR), // a unit scale with more digits than any conversion needs

  UNEXPECTED_TOKEN("JX0201", Severity.ERROR), // unexpected token
  UNTERMINATED_STRING("JX0202", Severity.ERROR), // unterminated string
  UNCLOSED_BRACE("JX0203", Severity.ERROR), // unclosed brace
  MALFORMED_NUMBER("JX0204", Severity.ERROR), // malformed number
  UNKNOWN_CHARACTER("JX0205", Severity.ERROR), // unknown character
  NESTING_TOO_DEEP("JX0206", Severity.ERROR), // nesting too deep
  UNMATCHED_CLOSING_BRACE("JX0207", Severity.ERROR), // closing brace without an opening one
  INVALID_DATE_OR_TIME("JX0208", Severity.ERROR), // malformed date or time
  INDICATOR_PATH_LENGTH("JX0209", Severity.ERROR), // indicator path of the wrong length
  TEXT_IN_CHINESE_QUOTES("JX0210", Severity.ERROR), // text in Chinese quotes “…” instead of "…"
  NUMBER_TOO_LONG("JX0211", Severity.ERROR), // a number with more digits than any amount or target needs
  UNIT_TOO_LONG("JX0212", Severity.ERROR), // a unit of more parts than any form needs
  LINE_TOO_LONG("JX0213", Severity.ERROR), // a line with more operators than any check or unit needs

  UNKNOWN_KEYWORD("JX0301", Severity.ERROR), // unknown keyword
  FIELD_WRITTEN_TWICE("JX0302", Severity.ERROR), // field written twice
  REQUIRED_FIELD_MISSING("JX0303", Severity.ERROR), // required field missing
  NO_BUDGET_DECLARATION("JX0304", Severity.ERROR), // no budget declaration for a folder
  SECOND_BUDGET_DECLARATION("JX0305", Severity.ERROR), // more than one budget declaration
  DUPLICATE_PROJECT("JX0306", Severity.ERROR), // two projects with the same name
  FUNDING_SOURCE_WRITTEN_TWICE("JX0307", Severity.ERROR), // funding source written twice
  IMPLAUSIBLE_BUDGET_YEAR("JX0308", Severity.ERROR), // implausible budget year
  INDICATOR_WRITTEN_TWICE("JX0309", Severity.ERROR), // indicator written twice in one column
  FIELD_NOT_IN_TEMPLATE("JX0310", Severity.WARNING), // field the template does not have
  VALUE_NOT_IN_FIELD_LIST("JX0311", Severity.ERROR), // value not in the field's list
  DEPARTMENT_CODE_MISSING("JX0312", Severity.ERROR), // department code missing where the template has one
  PERIOD_FORM_MISMATCH("JX0313", Severity.WARNING), // period written in the other form than the template's

  UNIT_PRICE_PER_YEAR("JX0401", Severity.WARNING), // unit price per unit per year
  FUNDS_NOT_MONEY("JX0403", Severity.ERROR), // funds amount not money
  PERIOD_NOT_TIME("JX0404", Severity.ERROR), // period not time
  CHECK_DIMENSIONS_DIFFER("JX0405", Severity.ERROR), // check units differ
  FUNDS_TOTAL_NOT_SUM_OF_SOURCES("JX0501", Severity.ERROR), // total != sum
  ANNUAL_FUNDS_EXCEED_TERM("JX0502", Severity.ERROR), // annual > term
  ONE_YEAR_FUNDS_DIFFER("JX0503", Severity.ERROR), // one-year columns differ
  FUNDING_SOURCE_BLANK("JX0504", Severity.WARNING), // blank source
  NO_FUNDS_WITH_TARGETS("JX0505", Severity.WARNING), // no money, has targets
  AMOUNT_BELOW_FEN("JX0506", Severity.ERROR), // more precise than fen
  AMOUNT_IN_ABSENT_COLUMN("JX0507", Severity.ERROR), // amount in a funding column the template has not
  COST_EXCEEDS_FUNDS("JX0510", Severity.WARNING), // cost x quantity > funds
  COST_DIFFERS_FROM_FUNDS("JX0511", Severity.WARNING), // cost x quantity != funds
  NARRATIVE_AMOUNT_MISMATCH("JX0512", Severity.WARNING), // narrative amount mismatch
  FUNDS_TOO_SMALL_FOR_QUANTITY("JX0513", Severity.WARNING), // funds implausibly small per counted unit (万元 written as 元)
  CHECK_FAILED("JX0520", Severity.ERROR), // check failed
  CHECK_OPERAND_UNKNOWN("JX0521", Severity.ERROR), // check operand unknown
  CHECK_DIVIDES_BY_ZERO("JX0522", Severity.ERROR), // check divides by zero
  COST_ITEMS_NOT_ANNUAL_FUNDS("JX0530", Severity.ERROR), // cost composition: this year's items do not add up to the annual funds
  COST_COLUMN_YEAR_WRONG("JX0531", Severity.ERROR), // cost composition: a column's year is not the one the template prints
  COST_ROW_CELLS_WRONG("JX0532", Severity.ERROR), // cost composition: a line with more or fewer cells than the columns
  COST_ITEM_TWICE("JX0533", Severity.ERROR), // cost composition: a cost item written twice
  COST_TOTAL_NOT_SUM_OF_ITEMS("JX0534", Severity.ERROR), // cost composition: written total differs from the items' sum
  SATISFACTION_NOT_PERCENT("JX0601", Severity.ERROR), // satisfaction not %
  COST_NOT_MONEY("JX0602", Severity.WARNING), // cost not money
  COST_WITH_AT_LEAST("JX0603", Severity.WARNING), // cost with >=
  QUANTITY_NOT_COUNT("JX0604", Severity.WARNING), // quantity is money or ratio
  RATE_NOT_PERCENT("JX0605", Severity.WARNING), // rate not %
  PERCENT_ABOVE_100("JX0606", Severity.ERROR), // percentage above 100
  PLACEHOLDER_TARGET("JX0608", Severity.ERROR), // placeholder
  QUALITATIVE_NOT_GRADED("JX0609", Severity.WARNING), // qualitative not graded
  NUMBER_WITHOUT_UNIT("JX0610", Severity.ERROR), // number without unit
  INDICATOR_WITHOUT_TARGET("JX0611", Severity.ERROR), // indicator without target
  LEVEL_MISSING("JX0612", Severity.ERROR), // level missing
  LEVEL_WITHOUT_REQUIRED_CATEGORY("JX0613", Severity.ERROR), // outputs without quantity
  COLUMN_WITHOUT_INDICATORS("JX0614", Severity.ERROR), // column empty
  ANNUAL_GOAL_MISSING("JX0615", Severity.ERROR), // annual goal missing
  COLUMNS_DIFFER_IN_DIMENSION("JX0616", Severity.WARNING), // columns differ in dimension
  ONE_YEAR_TARGETS_DIFFER("JX0617", Severity.ERROR), // one-year columns differ in target
  ANNUAL_NAME_TRUNCATED("JX0618", Severity.WARNING), // truncated annual name
  COUNT_UNDER_QUALITY("JX0619", Severity.WARNING), // count under quality
  ATTRIBUTE_CONTRADICTS_PERIOD("JX0620", Severity.ERROR), // attribute vs period
  MULTI_YEAR_TOO_SHORT("JX0621", Severity.WARNING), // multi-year too short
  DIRECTION_CONTRADICTS_COMPARATOR("JX0622", Severity.WARNING), // direction contradicts comparator
  WEIGHTS_TOTAL_WRONG("JX0623", Severity.ERROR), // weights do not total as the template requires
  INDICATOR_NAME_TOO_LONG("JX0624", Severity.WARNING), // indicator name longer than the template allows
  DIRECTION_OR_KIND_NOT_ALLOWED("JX0625", Severity.ERROR), // unknown direction or value type
  WEIGHT_MISSING("JX0626", Severity.ERROR), // weight missing or not positive
  FIXED_INDICATOR_MISSING("JX0627", Severity.ERROR), // mandated (fixed) indicator missing
  FIXED_INDICATOR_LOOSER("JX0628", Severity.ERROR), // mandated (fixed) indicator with a looser or different target
  HTML_MARKUP_IN_TEXT("JX0630", Severity.WARNING), // html
  TEXT_STARTS_WITH_PUNCTUATION("JX0631", Severity.WARNING), // leading punctuation
  PROJECT_NAME_REPEATS("JX0632", Severity.WARNING), // repeated name
  UNBALANCED_BRACKETS("JX0633", Severity.WARNING), // unbalanced brackets
  IMPLEMENTER_OTHER_AGENCY("JX0634", Severity.WARNING), // implementer other agency
  DEPARTMENT_IS_SECTION("JX0635", Severity.WARNING), // department is a section
  IDENTICAL_NARRATIVES("JX0636", Severity.WARNING), // identical narratives
  TEXT_CUT_OFF("JX0637", Severity.WARNING), // text cut off
  ALLOW_ON_ERROR("JX0640", Severity.ERROR), // allow on error
  ALLOW_UNKNOWN_CODE("JX0641", Severity.ERROR), // allow unknown code
  ALLOW_UNUSED("JX0642", Severity.WARNING), // allow unused
  FILING_DATE_INVALID("JX0701", Severity.ERROR), // filed invalid
  FILING_DATE_STALE("JX0702", Severity.WARNING), // filed stale
  FILING_DATE_AFTER_BUDGET_YEAR("JX0703", Severity.ERROR), // filed after budget year
  YEAR_BEFORE_BUDGET_YEAR("JX0704", Severity.WARNING), // stale year
  DEADLINE_OUTSIDE_PERIOD("JX0705", Severity.WARNING), // deadline outside period
  DURATION_EXCEEDS_PERIOD("JX0706", Severity.WARNING), // duration longer than the project
  PERIOD_ENDS_BEFORE_START("JX0707", Severity.ERROR), // period range ends before it starts
  PERIOD_MISSES_BUDGET_YEAR("JX0708", Severity.WARNING), // period range does not cover the budget year
  CEILING_EXCEEDED("JX0801", Severity.ERROR), // ceiling exceeded
  CEILING_WITHOUT_PROJECTS("JX0802", Severity.WARNING), // ceiling without projects

  // jixiao import: reading the forms an office already has.
  IMPORT_UNREADABLE("JX0901", Severity.ERROR), // a file to import cannot be read (or is refused)
  IMPORT_NO_FORM("JX0902", Severity.ERROR), // no form found in a file
  IMPORT_PROFILE_UNCLEAR("JX0903", Severity.ERROR), // the template cannot be told from the labels
  IMPORT_PROFILE_UNKNOWN("JX0904", Severity.ERROR), // --profile names no profile
  IMPORT_CELL_UNMAPPED("JX0905", Severity.WARNING), // a cell put in no field: kept as a comment
  IMPORT_WOULD_OVERWRITE("JX0906", Severity.ERROR), // an output file exists (no --force)
  IMPORT_FORMULA("JX0907", Severity.INFO), // a formula cell read as its stored value
  IMPORT_WRITE_FAILED("JX0908", Severity.ERROR), // the budget could not be written
  IMPORT_SHEET_NO_FORM("JX0909", Severity.INFO), // a sheet with cells but no form (a summary): not imported
  IMPORT_EXTERNAL_LINK("JX0910", Severity.WARNING), // a formula reads another workbook: not opened, its saved value taken
  IMPORT_LATER_FORM("JX0911", Severity.WARNING), // a 自评表 or 监控表 jixiao wrote: import reads target forms only
  // 自评 (self-evaluation): its references, and each written figure against the computed one.
  SELFEVAL_UNKNOWN_INDICATOR("JX1001", Severity.ERROR), // an actual names no 年度 indicator of the target
  SELFEVAL_ACTUAL_UNIT("JX1002", Severity.ERROR), // an actual in a unit of another kind than its target's
  SELFEVAL_SCORE_ABOVE_WEIGHT("JX1003", Severity.ERROR), // a written score above its weight
  SELFEVAL_SCORE_WRONG("JX1004", Severity.ERROR), // a written score that is not the computed one
  SELFEVAL_UNKNOWN_GRADE_WORDS("JX1005", Severity.ERROR), // a qualitative actual that is no completion grade of the profile
  SELFEVAL_SCORE_OUTSIDE_BAND("JX1006", Severity.ERROR), // a qualitative score outside its grade's band
  SELFEVAL_SCORE_MISSING("JX1007", Severity.ERROR), // a score only the office can give, not given
  SELFEVAL_NO_WEIGHT("JX1008", Severity.ERROR), // an indicator with no weight in the target or the actual line
  SELFEVAL_RATE_WRONG("JX1009", Severity.ERROR), // 预算执行率 written otherwise than the amounts give
  SELFEVAL_EXECUTION_SCORE_WRONG("JX1010", Severity.ERROR), // 预算执行率's score otherwise than weight × rate
  SELFEVAL_TOTAL_WRONG("JX1011", Severity.ERROR), // 总分 not the sum of the scores
  SELFEVAL_GRADE_WRONG("JX1012", Severity.ERROR), // the grade not the total's
  SELFEVAL_LEVEL_WEIGHTS("JX1013", Severity.ERROR), // a 一级's weights not adding up to the profile's
  SELFEVAL_NOT_EVALUATED("JX1014", Severity.WARNING), // a 年度 indicator with no actual
  SELFEVAL_FUNDS_ROW("JX1015", Severity.ERROR), // a funds row without its three amounts
  SELFEVAL_START_NOT_TARGET("JX1016", Severity.WARNING), // a source's 年初预算数 is not its 年度 amount in the target
  SELFEVAL_BUDGET_NOT_ADJUSTED("JX1017", Severity.WARNING), // a source's 全年预算数 is not the amount in force after the adjustments
  SELFEVAL_WEIGHTS_TOTAL("JX1018", Severity.ERROR), // the weights and 预算执行率's do not add up to the profile's total
  // 审核 (the finance bureau's review of this year's target against last year's).
  REVIEW_TARGET_BELOW_LAST_ACTUAL("JX1101", Severity.WARNING), // a ≥ target below last year's actual
  REVIEW_FULL_TARGET_AFTER_SHORTFALL("JX1102", Severity.WARNING), // 100% where last year's actual fell short
  REVIEW_FUNDS_UP_TARGETS_NOT("JX1103", Severity.WARNING), // more money, no target raised
  REVIEW_INDICATOR_DROPPED("JX1104", Severity.WARNING), // last year's indicator dropped
  REVIEW_UNIT_CHANGED("JX1105", Severity.WARNING), // an indicator's unit of another kind than last year's
  // 运行监控 (mid-year monitoring).
  MONITOR_UNKNOWN_INDICATOR("JX1201", Severity.ERROR), // a monitored indicator that is no 年度 indicator of the target
  MONITOR_REASON_MISSING("JX1202", Severity.ERROR), // off track (by the profile's deviation) and no 偏差原因
  MONITOR_UNKNOWN_CAUSE("JX1203", Severity.ERROR), // a 偏差原因 class the profile does not list
  MONITOR_EXECUTION_LIGHT("JX1204", Severity.WARNING), // budget execution behind the time elapsed: a yellow or red light
  MONITOR_DATE_OUTSIDE_YEAR("JX1205", Severity.ERROR), // a snapshot dated outside the budget year
  MONITOR_FUNDS_ROW("JX1206", Severity.ERROR), // a funds row without its two amounts
  MONITOR_FORECAST_UNIT("JX1207", Severity.ERROR), // a forecast or actual in a unit of another kind than the target's
  ADJUST_UNKNOWN_INDICATOR("JX1301", Severity.ERROR), // an adjustment names no indicator of the target
  ADJUST_FUNDS_ONLY("JX1302", Severity.WARNING), // an adjustment changes the funds and no target
  ADJUST_TARGET_KIND("JX1303", Severity.ERROR), // an adjusted target of another kind than the one it replaces
  ADJUST_NO_REASON("JX1304", Severity.ERROR), // an adjustment without its reason
  ADJUST_DATE_OUTSIDE_YEAR("JX1305", Severity.ERROR), // an adjustment dated outside the budget year
  ADJUST_UNCHANGED("JX1306", Severity.WARNING), // an adjustment line that changes nothing

  INTERNAL_ERROR("JX9999", Severity.ERROR); // internal error

  private static final Map<String, DiagnosticCode> BY_CODE = new HashMap<>();

  static {
    for (DiagnosticCode c : values()) {
      if (BY_CODE.put(c.code, c) != null) {
        throw new ExceptionInInitializerError("code " + c.code + " used twice");
      }
    }
  }

  private final String code;
  private final Severity defaultSeverity;

  DiagnosticCode(String code, Severity defaultSeverity) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * The stable code, such as {@code JX0501}: what is printed, what {@code allow} and a profile's
   * {@code rule} lines name, and the key of the messages. The constant's name is for Java only.
   */
  public String code() {
    return code;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The code written {@code JX0501} (in any case, as users write it), or empty. */
  public static Optional<DiagnosticCode> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
  }
}
