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
  : DEPARTMENT code=NUMBER text allowClause*                   # department
  | IMPLEMENTER text allowClause*                              # implementer
  | ATTRIBUTE name allowClause*                                # attribute
  | PERIOD quantity allowClause*                               # period
  | FUNDS unitExpr? fundsBlock allowClause*                    # funds
  | narrativeKeyword text allowClause*                         # narrative
  | GOAL column? text allowClause*                             # goal
  | INDICATOR column? path target? allowClause*                # indicator
  | contactKeyword text allowClause*                           # contact
  | FILED filedValue allowClause*                              # filed
  | CHECK expr comparator expr allowClause*                    # check
  | unknownStatement                                           # projectUnknown
  ;

narrativeKeyword : OVERVIEW | BASIS | NECESSITY | MEASURES | PLAN ;
contactKeyword   : LEADER | HANDLER | PHONE ;
column           : TERM | ANNUAL ;

filedValue : DATE TIME? | NUMBER ;

fundsBlock : LBRACE NL* (fundsRow (NL+ fundsRow)*)? NL* RBRACE ;
fundsRow   : name amount amount? allowClause* ;
amount     : NUMBER unitExpr?                    # money
           | NAME (SLASH unitTerm)*              # moneyGlued
           | DASH                                # blankAmount
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
levelDecl     : LEVEL name shortName? aliases? LBRACE NL* (categoryDecl (NL+ categoryDecl)*)? NL* RBRACE
              | unknownStatement
              ;
categoryDecl  : CATEGORY name shortName? aliases?
              | unknownStatement
              ;
shortName     : SHORT name ;

profileDecl : PROFILE name text? LBRACE NL* (profileItem (NL+ profileItem)*)? NL* RBRACE ;

profileItem
  : FRAMEWORK name                               # profileFramework
  | SOURCE name text aliases?                    # profileSource
  | ATTRIBUTE name text (PERIOD quantity)? aliases?  # profileAttribute
  | GRADES string+                               # profileGrades
  | PLACEHOLDERS string+                         # profilePlaceholders
  | RULE code=NAME severity=NAME                 # profileRule
  | unknownStatement                             # profileUnknown
  ;

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
  | PERIOD | FUNDS | OVERVIEW | BASIS | NECESSITY | MEASURES | PLAN | GOAL | INDICATOR
  | TERM | ANNUAL | LEADER | HANDLER | PHONE | FILED | ALLOW | CHECK | DIMENSION | UNIT
  | COUNTER | PREFIX | FRAMEWORK | LEVEL | CATEGORY | SHORT | ALIAS | SOURCE | GRADES
  | PLACEHOLDERS | RULE
  ;

// A line that starts with a word this context does not know. It is kept so
// that the checker can say "unknown keyword, did you mean …" at that word.
unknownStatement : NAME (~(NL | LBRACE | RBRACE))* ;
