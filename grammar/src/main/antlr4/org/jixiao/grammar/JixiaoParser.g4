// The jixiao parser.
//
// Every statement is one line: newlines are tokens, so that a review diff shows
// one fact per line and the parser can resynchronise at the next line after an
// error. Long text continues on following lines as adjacent strings.
//
// The grammar is deliberately flat and unambiguous so that ANTLR's SLL mode
// parses every valid file (the two-stage strategy falls back to LL only when
// SLL fails).
parser grammar JixiaoParser;

options { tokenVocab = JixiaoLexer; }

file : NL* (declaration (NL+ declaration)*)? NL* EOF ;

declaration
  : budgetDecl
  | projectDecl
  | dimensionDecl
  | unitDecl
  | counterDecl
  | prefixDecl
  | frameworkDecl
  | profileDecl
  | layoutDecl
  | unknownStatement
  ;

// ------------------------------------------------------------------ budget
budgetDecl : BUDGET region=name year=NUMBER LBRACE NL* (budgetItem (NL+ budgetItem)*)? NL* RBRACE ;

budgetItem
  : TITLE text                                   # budgetTitle
  | PROFILE name                                 # budgetProfile
  | CEILING code=NUMBER amount                   # budgetCeiling
  | unknownStatement                             # budgetUnknown
  ;

// ----------------------------------------------------------------- project
projectDecl : PROJECT name allowClause* LBRACE NL* (projectItem (NL+ projectItem)*)? NL* RBRACE ;

// Any line may end with `allow JX0704 "理由"` (or several), each silencing one warning code on it.
projectItem
  : DEPARTMENT code=NUMBER? text allowClause*                  # department
  | IMPLEMENTER text allowClause*                              # implementer
  | ATTRIBUTE name allowClause*                                # attribute
  | PERIOD quantity allowClause*                               # period
  | PERIOD from=DATE RANGE to=DATE allowClause*                # periodRange
  | FUNDS unitExpr? fundsBlock allowClause*                    # funds
  | COSTS unitExpr? costsBlock allowClause*                    # costs
  | narrativeKeyword text allowClause*                         # narrative
  | GOAL column? text allowClause*                             # goal
  | INDICATOR column? path target? indicatorPart* allowClause* # indicator
  | contactKeyword text allowClause*                           # contact
  | FILED filedValue allowClause*                              # filed
  | CHECK expr comparator expr allowClause*                    # check
  | SELFEVAL selfevalBlock                                     # selfEvaluation
  | MONITOR DATE monitorBlock                                  # monitoring
  | ADJUST DATE text? adjustBlock                              # adjustment
  | field=NAME fieldValue allowClause*                         # customField
  | unknownStatement                                           # projectUnknown
  ;

narrativeKeyword : OVERVIEW | BASIS | NECESSITY | MEASURES | PLAN ;
contactKeyword   : LEADER | HANDLER | PHONE ;
column           : TERM | ANNUAL ;

filedValue : DATE TIME? | NUMBER ;

// A field the profile declares (业务主管部门 "阳泉市财政局", 项目类型 新增, 科目代码 21305).
fieldValue : text | NAME | NUMBER ;

// 分值, 指标性质 (正向/反向), 指标值类型 (定量/定性), 绩效标准, 指标解释, 评分标准, 指标值说明.
indicatorPart
  : WEIGHT NUMBER                                # indicatorWeight
  | DIRECTION name                               # indicatorDirection
  | KIND name                                    # indicatorKind
  | STANDARD text                                # indicatorStandard
  | EXPLAIN text                                 # indicatorExplain
  | SCORING text                                 # indicatorScoring
  | NOTE text                                    # indicatorNote
  ;

fundsBlock : LBRACE NL* (fundsRow (NL+ fundsRow)*)? NL* RBRACE ;
fundsRow   : name amount amount? allowClause* ;
// 预算成本构成: a years row (2026 2025 2024), then one row per cost item with an amount per year.
// A row named `years` is the header: the first alternative wins, as everywhere a keyword is a name.
costsBlock : LBRACE NL* (costsLine (NL+ costsLine)*)? NL* RBRACE ;
costsLine  : YEARS NUMBER+ allowClause*          # costsYears
           | name amount+ allowClause*           # costsRow
           ;

amount     : NUMBER unitExpr?                    # money
           | NAME (SLASH unitTerm)*              # moneyGlued
           | DASH                                # blankAmount
           ;

// 自评: the self-evaluation after the year, in the project it evaluates. Indicators are named by
// their path in the target (数量.补助人数), never retyped: `actual 数量.补助人数 407000 人 score 18`.
// Its funds rows give each source's 年初预算数, 全年预算数 and 全年执行数; `execution` is the 预算执行率
// line (its written rate and score); `score 95.5 grade 优` is the written total; `goal "…"` is the
// 实际完成情况 of the year's goal.
selfevalBlock : LBRACE NL* (selfevalLine (NL+ selfevalLine)*)? NL* RBRACE ;
selfevalLine
  : FUNDS unitExpr? LBRACE NL* (selfevalFundsRow (NL+ selfevalFundsRow)*)? NL* RBRACE allowClause*  # selfevalFunds
  | ACTUAL path target? selfevalPart* allowClause*            # selfevalActual
  | EXECUTION selfevalPart* allowClause*                      # selfevalExecution
  | SCORE NUMBER (GRADE name)? allowClause*                   # selfevalTotal
  | GOAL text allowClause*                                    # selfevalGoal
  | unknownStatement                                          # selfevalUnknown
  ;
selfevalFundsRow : name amount+ allowClause* ;
selfevalPart
  : SCORE NUMBER                                 # selfevalScore
  | WEIGHT NUMBER                                # selfevalWeight
  | RATE NUMBER PERCENT?                         # selfevalRate
  | REASON text                                  # selfevalReason
  ;

// 运行监控: a mid-year snapshot on its date. Its funds rows give each source's 全年预算数 and
// 执行数 so far; `actual 数量.补助人数 600 人 forecast 1000 人 reason 经费 "资金未到位"` gives an
// indicator's 完成值 so far, its 全年预计完成, and the cause of a deviation (its class, then why).
monitorBlock : LBRACE NL* (monitorLine (NL+ monitorLine)*)? NL* RBRACE ;
monitorLine
  : FUNDS unitExpr? LBRACE NL* (selfevalFundsRow (NL+ selfevalFundsRow)*)? NL* RBRACE allowClause*  # monitorFunds
  | ACTUAL path target? monitorPart* allowClause*             # monitorActual
  | unknownStatement                                          # monitorUnknown
  ;
monitorPart
  : FORECAST target                              # monitorForecast
  | REASON name text?                            # monitorReason
  ;

// 调整: an adjustment during the year, on its date and with its reason. Its funds rows are the new
// amounts of the sources they name (as in the target's funds block); each indicator line is the new
// target of the target's indicator it names by path: `indicator 数量.补助人数 >= 420000 人/年`.
adjustBlock : LBRACE NL* (adjustLine (NL+ adjustLine)*)? NL* RBRACE ;
adjustLine
  : FUNDS unitExpr? fundsBlock allowClause*                   # adjustFunds
  | INDICATOR column? path target allowClause*                # adjustIndicator
  | unknownStatement                                          # adjustUnknown
  ;

// `allow JX0603 "理由"` silences one warning on this line, with its reason. Never an error.
allowClause : ALLOW code=NAME text ;

// ---------------------------------------------------------------- targets
path : name (DOT name)* ;

target : comparator? value ;

value
  : NUMBER unitExpr?                             # numberValue
  | NAME PERCENT? (SLASH unitTerm)*               # wordValue
  | DATE                                         # dateValue
  | STRING                                       # textValue
  ;

comparator : GE | LE | GT | LT | EQ ;

quantity : NUMBER unitExpr | NAME (SLASH unitTerm)* ;

// 元/人/月 is 元 ÷ 人 ÷ 月; 元/人·月 is 元 ÷ (人 × 月).
unitExpr : unitTerm (SLASH unitTerm)* ;
unitTerm : unitAtom (TIMES unitAtom)* ;
unitAtom : NAME | PERCENT ;

// ------------------------------------------------------ check expressions
expr
  : expr (TIMES | SLASH) expr                    # mulExpr
  | expr (PLUS | DASH) expr                      # addExpr
  | LPAREN expr RPAREN                           # parenExpr
  | NUMBER unitExpr?                             # numberExpr
  | FUNDS DOT (TERM | ANNUAL) (DOT name)?        # fundsRef
  | path                                         # pathRef
  ;

// ------------------------------------------------------------------ stdlib
dimensionDecl : DIMENSION name text? ;

// unit 元 : 货币            a base unit of a dimension
// unit 万元 = 10000 元      a scaled unit
// unit 月 = 1/12 年
// unit "%" = 1/100          a dimensionless scale
unitDecl : UNIT name (COLON dim=name | EQ scale unitExpr?) aliases? ;
scale    : NUMBER (SLASH NUMBER)? ;
aliases  : ALIAS name+ ;

// counter 个 次 套: counting words, each its own dimension.
counterDecl : COUNTER name+ ;

// prefix 万 = 10000: 万人次 is 10⁴ 人次.
prefixDecl : PREFIX name EQ NUMBER ;

frameworkDecl : FRAMEWORK name text? LBRACE NL* (levelDecl (NL+ levelDecl)*)? NL* RBRACE ;
levelDecl     : LEVEL name shortName? (REQUIRES role=name)? aliases? LBRACE NL* (categoryDecl (NL+ categoryDecl)*)? NL* RBRACE
              | unknownStatement
              ;
categoryDecl  : CATEGORY name shortName? (ROLE role=name)? aliases?
              | unknownStatement
              ;
shortName     : SHORT name ;

profileDecl : PROFILE name text? LBRACE NL* (profileItem (NL+ profileItem)*)? NL* RBRACE ;

profileItem
  : FRAMEWORK name                               # profileFramework
  | SOURCE name text aliases?                    # profileSource
  | ATTRIBUTE name text (PERIOD atLeast=GE? quantity)? OPEN? aliases?  # profileAttribute
  | GRADES string+                               # profileGrades
  | PLACEHOLDERS string+                         # profilePlaceholders
  | RULE code=NAME severity=name                 # profileRule
  | EXTENDS name                                 # profileExtends
  | TITLE text                                   # profileTitle
  | MONEY name (DECIMALS NUMBER)?                # profileMoney
  | COLUMN name text                             # profileColumn
  | FIELD name text? fieldFlag* (VALUES name+)?  # profileField
  | PERIOD name                                  # profilePeriod
  | WEIGHT name? low=NUMBER (DASH high=NUMBER)?  # profileWeight
  | LIMIT name NUMBER                            # profileLimit
  | COSTS NUMBER? text                           # profileCosts
  | FIXED path target (FOR scope=name scopeValue=name)?  # profileFixed
  | LAYOUT name (FOR form=name)?                 # profileLayout
  | LABEL name text                              # profileLabel
  | SCORE kind=name label=name? low=NUMBER (DASH high=NUMBER)?  # profileScore
  | WORDS name string+                           # profileWords
  | unknownStatement                             # profileUnknown
  ;

fieldFlag : REQUIRED | OPTIONAL | ABSENT | CODED ;

// A print layout: directive lines, each a word and its arguments, some with a nested block. The
// directives are read by the layout builder, so the layout language grows without grammar changes.
layoutDecl  : LAYOUT name text? layoutBlock ;
layoutBlock : LBRACE NL* (layoutLine (NL+ layoutLine)*)? NL* RBRACE ;
layoutLine  : name layoutArg* layoutBlock? ;
layoutArg   : NAME | NUMBER | STRING | keyword | COLON | DOT | PERCENT ;

// ------------------------------------------------------------------ common
// Adjacent strings join into one text; each may sit on its own line. An unterminated string is
// accepted here (and reported by the token scan) so that one missing quote costs one diagnostic.
text : string (NL* string)* ;
string : STRING | UNTERMINATED_STRING ;

// A name as the form shows it; quote it when it holds punctuation or spaces.
// Keywords are allowed where a name is expected, so no word is forbidden.
name : NAME | STRING | keyword ;

keyword
  : BUDGET | PROJECT | TITLE | PROFILE | CEILING | DEPARTMENT | IMPLEMENTER | ATTRIBUTE
  | PERIOD | FUNDS | COSTS | YEARS | OVERVIEW | BASIS | NECESSITY | MEASURES | PLAN | GOAL | INDICATOR
  | TERM | ANNUAL | LEADER | HANDLER | PHONE | FILED | ALLOW | CHECK | DIMENSION | UNIT
  | COUNTER | PREFIX | FRAMEWORK | LEVEL | CATEGORY | SHORT | ALIAS | SOURCE | GRADES
  | PLACEHOLDERS | RULE | EXTENDS | MONEY | DECIMALS | COLUMN | FIELD | REQUIRED | OPTIONAL
  | ABSENT | CODED | VALUES | ROLE | REQUIRES | LIMIT | LAYOUT | LABEL | WORDS | FIXED | FOR | RANGE | WEIGHT | DIRECTION | KIND
  | STANDARD | EXPLAIN | SCORING | NOTE | OPEN | SELFEVAL | ACTUAL | SCORE | REASON | EXECUTION | RATE | GRADE
  | MONITOR | FORECAST | ADJUST
  ;

// A line that starts with a word this context does not know. It is kept so
// that the checker can say "unknown keyword, did you mean …" at that word.
unknownStatement : NAME (~(NL | LBRACE | RBRACE))* ;
