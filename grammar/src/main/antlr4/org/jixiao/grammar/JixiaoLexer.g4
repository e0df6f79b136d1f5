// The jixiao lexer.
//
// Text pasted from Word and Excel mixes full-width and half-width forms, so every
// punctuation token below accepts both (≥ >= ＞＝, ％ %, ｛ {, full-width digits).
// Token texts are normalised later, in the syntax-tree builder, never here: spans
// must keep pointing at exactly what the user wrote.
lexer grammar JixiaoLexer;

channels { COMMENTS }

// ---------------------------------------------------------------- keywords
// Keywords are English; everything the form itself shows (categories, names,
// units, qualitative values) is Chinese and lexes as NAME or STRING.
BUDGET      : 'budget';
PROJECT     : 'project';
TITLE       : 'title';
PROFILE     : 'profile';
CEILING     : 'ceiling';
DEPARTMENT  : 'department';
IMPLEMENTER : 'implementer';
ATTRIBUTE   : 'attribute';
PERIOD      : 'period';
FUNDS       : 'funds';
// 预算成本构成 (some templates): cost items by year; the years row heads the table.
COSTS       : 'costs';
YEARS       : 'years';
OVERVIEW    : 'overview';
BASIS       : 'basis';
NECESSITY   : 'necessity';
MEASURES    : 'measures';
PLAN        : 'plan';
GOAL        : 'goal';
INDICATOR   : 'indicator';
TERM        : 'term';
ANNUAL      : 'annual';
LEADER      : 'leader';
HANDLER     : 'handler';
PHONE       : 'phone';
FILED       : 'filed';
ALLOW       : 'allow';
CHECK       : 'check';
DIMENSION   : 'dimension';
UNIT        : 'unit';
COUNTER     : 'counter';
PREFIX      : 'prefix';
FRAMEWORK   : 'framework';
LEVEL       : 'level';
CATEGORY    : 'category';
SHORT       : 'short';
ALIAS       : 'alias';
OPEN        : 'open';
SOURCE      : 'source';
GRADES      : 'grades';
PLACEHOLDERS: 'placeholders';
RULE        : 'rule';
// Profiles: what a province's template has, prints and requires.
EXTENDS     : 'extends';
MONEY       : 'money';
DECIMALS    : 'decimals';
COLUMN      : 'column';
FIELD       : 'field';
REQUIRED    : 'required';
OPTIONAL    : 'optional';
ABSENT      : 'absent';
CODED       : 'coded';
VALUES      : 'values';
ROLE        : 'role';
REQUIRES    : 'requires';
LIMIT       : 'limit';
LAYOUT      : 'layout';
LABEL       : 'label';
WORDS       : 'words';
// A mandated (固化) indicator: fixed 满意度.服务对象满意度 >= 90% [for 项目类型 新增].
FIXED       : 'fixed';
FOR         : 'for';
// Optional parts of an indicator line: 分值, 指标性质, 指标值类型, 绩效标准, 指标解释, 评分标准, 指标值说明.
WEIGHT      : 'weight';
DIRECTION   : 'direction';
KIND        : 'kind';
STANDARD    : 'standard';
EXPLAIN     : 'explain';
SCORING     : 'scoring';
NOTE        : 'note';
// The self-evaluation after the year (自评): its block, an indicator's 实际完成值, its 得分, its
// 偏差原因及改进措施, the 预算执行率 line and its rate, the total's grade.
SELFEVAL    : 'selfeval';
ACTUAL      : 'actual';
SCORE       : 'score';
REASON      : 'reason';
EXECUTION   : 'execution';
RATE        : 'rate';
GRADE       : 'grade';
// The mid-year monitoring (运行监控): its block with the snapshot's date, an indicator's 全年预计完成.
MONITOR     : 'monitor';
FORECAST    : 'forecast';
ADJUST      : 'adjust';

// ------------------------------------------------------------- comparators
// The words for dates (不晚于 2026-06-30) are the ones 时效 indicators are written with.
GE : '>=' | '≥' | '＞＝' | '>＝' | '＞=' | '⩾' | '大于等于' | '不低于' | '不少于' | '不小于' | '不早于';
LE : '<=' | '≤' | '＜＝' | '<＝' | '＜=' | '⩽' | '小于等于' | '不高于' | '不超过' | '不多于' | '不大于' | '不晚于' | '不迟于';
GT : '>' | '＞' | '大于' | '高于' | '晚于' | '迟于';
LT : '<' | '＜' | '小于' | '低于' | '早于';
EQ : '=' | '＝' | '等于';

// ------------------------------------------------------------- punctuation
LBRACE  : '{' | '｛';
RBRACE  : '}' | '｝';
LPAREN  : '(' | '（';
RPAREN  : ')' | '）';
DOT     : '.' | '．';
SLASH   : '/' | '／';
TIMES   : '*' | '×' | '＊' | '·' | '・';
PLUS    : '+' | '＋';
DASH    : '-' | '－' | '—' | '–';
COLON   : ':' | '：';
// Between the two ends of a period: 2023-07 至 2024-01 (至 stands alone, with spaces around it).
RANGE   : '..' | '~' | '～' | '至';
PERCENT : '%' | '％' | '‰';

// ------------------------------------------------------------------ values
// A date such as 2026-12-31 or 2026-12; a time such as 18:10:34.
DATE : DIGIT DIGIT DIGIT DIGIT DASH_CHAR DIGIT DIGIT? (DASH_CHAR DIGIT DIGIT?)?;
TIME : DIGIT DIGIT? COLON_CHAR DIGIT DIGIT (COLON_CHAR DIGIT DIGIT)?;

// Digits with optional grouping (58,372,000 or 58_372_000) and decimals. The
// grouping is checked by the tree builder so that `1,2,3` gets a clear
// diagnostic instead of three numbers.
NUMBER : DIGIT (DIGIT | GROUP_SEP)* (DECIMAL_POINT DIGIT+)?;

// A name: Chinese text, letters, digits; it may start with digits, so that
// `2024年月票卡亏损额` is one name and `407097人` (a number glued to its unit,
// as pasted from Excel) is one token that the tree builder splits.
NAME : DIGIT* ID_START ID_PART*;

// Strings never span lines, so that a missing quote is reported on its own line
// rather than swallowing the rest of the file. Long text is written as several
// adjacent strings, one per line.
STRING              : '"' (ESCAPE | ~["\\\r\n])* '"';
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])*;

// -------------------------------------------------------- layout and trivia
BOM     : '\uFEFF' -> channel(HIDDEN);
COMMENT : '#' ~[\r\n]* -> channel(COMMENTS);
WS      : [ \t\u3000\u00A0]+ -> channel(HIDDEN);
NL      : '\r\n' | '\r' | '\n';

// Anything else is reported by the parser as an unexpected character.
BAD_CHAR : .;

fragment ESCAPE        : '\\' ~[\r\n];
fragment DIGIT         : [0-9\uFF10-\uFF19];
fragment GROUP_SEP     : ',' | '，' | '_';
fragment DECIMAL_POINT : '.' | '．';
fragment DASH_CHAR     : '-' | '－';
fragment COLON_CHAR    : ':' | '：';
fragment ID_START      : [\p{L}\p{Nl}_] | [㎡㎞㎏℃°µ];
fragment ID_PART       : ID_START | DIGIT | [²³];
