#!/usr/bin/env node
// Writes syntaxes/jixiao.tmLanguage.json from the lexer, grammar/src/main/antlr4/.../JixiaoLexer.g4.
//
// TextMate grammars have no variables, and the jixiao lexer's character classes (names of Chinese
// letters, full-width digits) and word lists (68 keywords, 35 comparator spellings) recur in many
// rules. So the grammar is built here, and its keywords and comparator spellings are read from the
// lexer itself: a keyword or spelling added to the lexer shows up here on the next run.
//
//   node scripts/generate-grammar.mjs           write the grammar
//   node scripts/generate-grammar.mjs --check   fail if the committed grammar is not what this writes
//
// Token rules mirrored from the lexer (the longest match wins, keywords over names):
//   NAME   : DIGIT* ID_START ID_PART*   (so `500人` and `2026年` are one token; the tree builder splits them)
//   NUMBER : DIGIT (DIGIT | , ， _)* ([.．] DIGIT+)?
//   DATE   : DIGIT{4} [-－] DIGIT{1,2} ([-－] DIGIT{1,2})?      TIME : DIGIT{1,2} [:：] DIGIT{2} ([:：] DIGIT{2})?
//   A keyword or a comparator word is one only where no name character joins it on either side
//   (`数量.发放人数不低于` is a name); a comparator word may be glued to the number after it (`不低于95%`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..');
const lexerPath = join(extensionDir, '..', '..', 'grammar', 'src', 'main', 'antlr4', 'org', 'jixiao', 'grammar', 'JixiaoLexer.g4');
const outPath = join(extensionDir, 'syntaxes', 'jixiao.tmLanguage.json');

// ------------------------------------------------------------------ the lexer's words
const lexer = readFileSync(lexerPath, 'utf8');

/** The literal alternatives of lexer rule `name` ('a' | 'b' | …), in the grammar's order. */
function spellings(name) {
  const rule = new RegExp(`^${name}\\s*:([^;]*);`, 'm').exec(lexer);
  if (rule === null) {
    throw new Error(`${relative(extensionDir, lexerPath)}: no rule ${name}`);
  }
  return [...rule[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}

// Keywords: the rules whose only alternative is a lowercase ASCII word (BUDGET : 'budget';).
const keywords = [...lexer.matchAll(/^[A-Z_]+\s*:\s*'([a-z]+)'\s*;/gm)].map((m) => m[1]);
if (keywords.length < 60) {
  throw new Error(`only ${keywords.length} keywords found in ${lexerPath}`);
}
const comparators = ['GE', 'LE', 'GT', 'LT', 'EQ'].flatMap(spellings);
const isWord = (s) => /^\p{L}/u.test(s);
const comparatorWords = comparators.filter(isWord);
const comparatorSymbols = comparators.filter((s) => !isWord(s));
const rangeSpellings = spellings('RANGE');
const percentSpellings = spellings('PERCENT');

// Keyword groups, by what a theme should make of them; any other keyword is keyword.other.
const declarationKeywords = ['budget', 'project', 'dimension', 'unit', 'counter', 'prefix', 'framework', 'profile', 'layout'];
const modifierKeywords = ['required', 'optional', 'absent', 'coded', 'open'];
const specialKeywords = ['allow', 'check'];
for (const k of [...declarationKeywords, ...modifierKeywords, ...specialKeywords]) {
  if (!keywords.includes(k)) {
    throw new Error(`"${k}" is no longer a keyword of the lexer: update ${relative(process.cwd(), fileURLToPath(import.meta.url))}`);
  }
}
const otherKeywords = keywords.filter((k) => ![...declarationKeywords, ...modifierKeywords, ...specialKeywords].includes(k));

// The 合计 row's spellings (a name, not a keyword: docs/language.md §3.5) and the rule severities.
const totalWords = ['total', '合计', '总计', '资金总额'];
const severities = ['error', 'warning', 'info', 'off', '强制', '提示'];

// ------------------------------------------------------------------ regex pieces (Oniguruma)
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
const longestFirst = (list) => [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
const alt = (list) => longestFirst(list).map(escape).join('|');

const DIGIT = '0-9０-９';
const ID_START = '\\p{L}\\p{Nl}_㎡㎞㎏℃°µ';
const ID_PART = `[${ID_START}${DIGIT}²³]`;
const NOT_AFTER_ID = `(?<!${ID_PART})`;
const NOT_BEFORE_ID = `(?!${ID_PART})`;
/** Not followed by a letter (a digit may follow: `不低于95%`). */
const NOT_BEFORE_LETTER = `(?![${ID_START}²³])`;
const SPACE = '[ \\t\\x{3000}\\x{00A0}]';
const NAME = `[${DIGIT}]*[${ID_START}]${ID_PART}*`;
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const SEGMENT = `(?:${QUOTED}|${NAME})`;
const DOT = '[.．]';
const NUMBER = `[${DIGIT}](?:[${DIGIT}]|[,，_])*(?:[.．][${DIGIT}]+)?`;
const word = (list) => `${NOT_AFTER_ID}(?:${alt(list)})${NOT_BEFORE_ID}`;
const KEYWORD = word(keywords);
const COMPARATOR_WORD = `${NOT_AFTER_ID}(?:${alt(comparatorWords)})${NOT_BEFORE_LETTER}`;
const RANGE_WORDS = rangeSpellings.filter(isWord);
const RANGE_SYMBOLS = rangeSpellings.filter((s) => !isWord(s));
// A unit: names and percent signs joined by / and ·, never a keyword or comparator word (`30 direction`).
const UNIT_ATOM = `(?:[${ID_START}]${ID_PART}*|[${percentSpellings.map(escape).join('')}])`;
const UNIT_OPERATOR = '[/／·・×*＊]';
const UNIT = `(?!(?:${alt([...keywords, ...comparatorWords, ...RANGE_WORDS])})${NOT_BEFORE_ID})${UNIT_ATOM}(?:${UNIT_OPERATOR}${UNIT_ATOM})*`;
// A number starts where no name goes on, or right after a comparator word glued to it.
const NUMBER_START = `(?:${NOT_AFTER_ID}|(?<=${alt(comparatorWords)}))`;
const BRACE_LATER = '(?=(?:[^"#\\n]|"(?:[^"\\\\]|\\\\.)*")*[{｛])';
const OPEN_BRACE = '[{｛]';
const PUNCTUATION_CHARS = '"#{}｛｝()（）.．/／*×＊·・+＋\\-－—–:：~～<>=＜＞＝≥≤⩾⩽\\x{FEFF}';
const INVALID = `[^\\s${ID_START}${DIGIT}²³${PUNCTUATION_CHARS}${percentSpellings.map(escape).join('')}]`;
const CLOSE_BRACE = '[}｝]';

// Declarations whose name gets an entity scope: keyword, kind of name, the keyword's scope.
const namedDeclarations = [
  ['profile', 'profile', 'keyword.other.declaration'],
  ['framework', 'framework', 'keyword.other.declaration'],
  ['dimension', 'dimension', 'keyword.other.declaration'],
  ['unit', 'unit', 'keyword.other.declaration'],
  ['prefix', 'prefix', 'keyword.other.declaration'],
  ['level', 'level', 'keyword.other'],
  ['category', 'category', 'keyword.other'],
];

// ------------------------------------------------------------------ rules
const scope = (name) => `${name}.jixiao`;
const quotedParts = [{ include: '#quoted-parts' }];

/**
 * A `funds { … }` or `costs { … }` block: the keyword, an optional money unit, the braces, and
 * inside them comments, a first word per row (`row`), and the row's cells.
 */
function tableBlock(keyword, name, row) {
  return {
    begin: `${NOT_AFTER_ID}(${keyword})${NOT_BEFORE_ID}${SPACE}*(${UNIT})?${SPACE}*(${OPEN_BRACE})`,
    end: CLOSE_BRACE,
    beginCaptures: {
      1: { name: scope('keyword.other') },
      2: { name: scope('keyword.other.unit'), patterns: [{ include: '#unit-operators' }] },
      3: { name: scope('punctuation.section.block.begin') },
    },
    endCaptures: { 0: { name: scope('punctuation.section.block.end') } },
    name: scope(name),
    patterns: [{ include: '#comment' }, row, { include: '#cells' }],
  };
}

const repository = {
  comment: {
    match: '(#).*$',
    name: scope('comment.line.number-sign'),
    captures: { 1: { name: scope('punctuation.definition.comment') } },
  },
  'quoted-parts': {
    patterns: [
      { match: '\\\\["\\\\nt]', name: scope('constant.character.escape') },
      { match: '\\\\.' },
      { match: '"', name: scope('punctuation.definition.string') },
    ],
  },
  escape: {
    patterns: [
      { match: '\\\\["\\\\nt]', name: scope('constant.character.escape') },
      // Any other \x is kept as written (docs/language.md §4.5): consumed, so that it is no escape.
      { match: '\\\\.' },
    ],
  },
  strings: {
    patterns: [
      {
        // A string missing its closing quote ends at the end of its line, as in the lexer.
        begin: '(")(?=(?:[^"\\\\]|\\\\.)*\\\\?$)',
        end: '$',
        name: scope('invalid.illegal.unterminated-string'),
        beginCaptures: { 1: { name: scope('punctuation.definition.string.begin') } },
        patterns: [{ include: '#escape' }],
      },
      {
        begin: '"',
        end: '"',
        name: scope('string.quoted.double'),
        beginCaptures: { 0: { name: scope('punctuation.definition.string.begin') } },
        endCaptures: { 0: { name: scope('punctuation.definition.string.end') } },
        patterns: [{ include: '#escape' }],
      },
    ],
  },
  'budget-declaration': {
    match: `^${SPACE}*(budget)${NOT_BEFORE_ID}(?:${SPACE}+(${SEGMENT})(?:${SPACE}+(${NUMBER}))?)?`,
    captures: {
      1: { name: scope('keyword.other.declaration') },
      2: { name: scope('entity.name.section.budget'), patterns: quotedParts },
      3: { name: scope('constant.numeric') },
    },
  },
  'project-declaration': {
    match: `^${SPACE}*(project)${NOT_BEFORE_ID}(?:${SPACE}+(${SEGMENT}))?`,
    captures: {
      1: { name: scope('keyword.other.declaration') },
      2: { name: scope('entity.name.section.project'), patterns: quotedParts },
    },
  },
  'named-declaration': {
    // The name a declaration gives: profile 山西, framework 财预2015, unit 万元, level 产出指标 ….
    patterns: namedDeclarations.map(([keyword, kind, keywordScope]) => ({
      match: `^${SPACE}*(${keyword})${NOT_BEFORE_ID}(?:${SPACE}+(${SEGMENT}))?`,
      captures: {
        1: { name: scope(keywordScope) },
        2: { name: scope(`entity.name.type.${kind}`), patterns: quotedParts },
      },
    })),
  },
  'custom-field': {
    // A line led by a name, not a keyword: a column the profile declares (项目类型 新增, 业务主管部门 "…").
    match: `^${SPACE}*(?!(?:${alt(keywords)})${NOT_BEFORE_ID})(${NAME})(?=${SPACE}|$)`,
    captures: { 1: { name: scope('variable.other.field') } },
  },
  'funds-block': tableBlock('funds', 'meta.block.funds', {
    // The first word of a row is the source (central, 市县, "市县（区）财政资金") or the 合计 row.
    match: `(?:^|(?<=${OPEN_BRACE}))${SPACE}*(?:(${alt(totalWords)})${NOT_BEFORE_ID}|(${SEGMENT}))`,
    captures: {
      1: { name: scope('variable.language.total') },
      2: { name: scope('variable.other.source'), patterns: quotedParts },
    },
  }),
  'costs-block': tableBlock('costs', 'meta.block.costs', {
    // A row: `years 2026 2025 2024`, the 合计 row, or a cost item and its amounts.
    match: `(?:^|(?<=${OPEN_BRACE}))${SPACE}*(?:(years)${NOT_BEFORE_ID}|(${alt(totalWords)})${NOT_BEFORE_ID}|(${SEGMENT}))`,
    captures: {
      1: { name: scope('keyword.other') },
      2: { name: scope('variable.language.total') },
      3: { name: scope('variable.other.cost-item'), patterns: quotedParts },
    },
  }),
  cells: {
    patterns: [
      { include: '#allow' },
      { include: '#strings' },
      { include: '#numbers' },
      // `-` (or －, —, –) is an empty cell of the form, not a minus sign.
      { match: '[-－—–]', name: scope('constant.language.blank') },
      { include: '#keywords' },
      { include: '#punctuation' },
      { include: '#invalid' },
    ],
  },
  'layout-declaration': {
    // `layout 名称 "说明" { … }`; the layout a profile names (`layout 名称`, no block) is not one.
    begin: `${NOT_AFTER_ID}(layout)${NOT_BEFORE_ID}(?:${SPACE}+(${SEGMENT}))?${BRACE_LATER}`,
    end: `(?<=${CLOSE_BRACE})`,
    beginCaptures: {
      1: { name: scope('keyword.other.declaration') },
      2: { name: scope('entity.name.type.layout'), patterns: quotedParts },
    },
    name: scope('meta.block.layout'),
    patterns: [{ include: '#comment' }, { include: '#strings' }, { include: '#layout-block' }],
  },
  'layout-block': {
    begin: OPEN_BRACE,
    end: CLOSE_BRACE,
    beginCaptures: { 0: { name: scope('punctuation.section.block.begin') } },
    endCaptures: { 0: { name: scope('punctuation.section.block.end') } },
    patterns: [
      { include: '#comment' },
      {
        // Each line is a directive (row, label, text, funds, indicators …) and its arguments.
        match: `^${SPACE}*(${NAME})`,
        captures: { 1: { name: scope('entity.name.tag.layout') } },
      },
      { include: '#layout-block' },
      { include: '#strings' },
      { include: '#keywords' },
      // Layout arguments are column counts, never amounts: no units here (`label 2 name`).
      { match: `${NOT_AFTER_ID}${NUMBER}`, name: scope('constant.numeric') },
      { match: `[${percentSpellings.map(escape).join('')}]`, name: scope('keyword.other.unit') },
      { include: '#punctuation' },
      { include: '#invalid' },
    ],
  },
  indicator: {
    // `indicator [term|annual] 一级.二级.三级 [比较符号] 指标值 [weight …] [allow …]`, one line.
    begin: `${NOT_AFTER_ID}(indicator)${NOT_BEFORE_ID}(?:${SPACE}+(term|annual)${NOT_BEFORE_ID})?(?:${SPACE}+(${SEGMENT})(?=${SPACE}*(?:#|$)))?`,
    end: '$',
    beginCaptures: {
      1: { name: scope('keyword.other') },
      2: { name: scope('keyword.other') },
      // `indicator 经济效益`: a category alone, printed with no indicator under it.
      3: { name: scope('entity.name.type.category'), patterns: quotedParts },
    },
    name: scope('meta.indicator'),
    patterns: [
      { include: '#values' },
      // A qualitative target (有效调动, 及时发放) or a part's value (direction 正向).
      { match: NAME, name: scope('constant.other.qualitative') },
    ],
  },
  allow: {
    match: `${NOT_AFTER_ID}(allow)${NOT_BEFORE_ID}(?:${SPACE}+(${NAME}))?`,
    captures: {
      1: { name: scope('keyword.other.allow') },
      2: { name: scope('constant.other.diagnostic-code') },
    },
  },
  rule: {
    match: `${NOT_AFTER_ID}(rule)${NOT_BEFORE_ID}(?:${SPACE}+(${NAME})(?:${SPACE}+(${alt(severities)})${NOT_BEFORE_ID})?)?`,
    captures: {
      1: { name: scope('keyword.other') },
      2: { name: scope('constant.other.diagnostic-code') },
      3: { name: scope('constant.language.severity') },
    },
  },
  'funds-reference': {
    // In check: funds.term, funds.annual, funds.annual.local.
    match: `${NOT_AFTER_ID}(funds)(${DOT})(term|annual)${NOT_BEFORE_ID}(?:(${DOT})(${SEGMENT}))?`,
    captures: {
      1: { name: scope('keyword.other') },
      2: { name: scope('punctuation.separator.path') },
      3: { name: scope('keyword.other') },
      4: { name: scope('punctuation.separator.path') },
      5: { name: scope('variable.other.source'), patterns: quotedParts },
    },
  },
  path: {
    // An indicator path: 一级.二级.三级 or 二级.三级 (in indicator, fixed and check lines).
    patterns: [
      {
        match: `${NOT_AFTER_ID}(${SEGMENT})(${DOT})(${SEGMENT})(${DOT})(${SEGMENT})`,
        captures: {
          1: { name: scope('entity.name.namespace.level'), patterns: quotedParts },
          2: { name: scope('punctuation.separator.path') },
          3: { name: scope('entity.name.type.category'), patterns: quotedParts },
          4: { name: scope('punctuation.separator.path') },
          5: { name: scope('entity.name.function.indicator'), patterns: quotedParts },
        },
      },
      {
        match: `${NOT_AFTER_ID}(${SEGMENT})(${DOT})(${SEGMENT})`,
        captures: {
          1: { name: scope('entity.name.type.category'), patterns: quotedParts },
          2: { name: scope('punctuation.separator.path') },
          3: { name: scope('entity.name.function.indicator'), patterns: quotedParts },
        },
      },
    ],
  },
  keywords: {
    patterns: [
      { match: word(declarationKeywords), name: scope('keyword.other.declaration') },
      { match: word(modifierKeywords), name: scope('storage.modifier') },
      { match: word(['allow']), name: scope('keyword.other.allow') },
      { match: word(['check']), name: scope('keyword.other.check') },
      { match: word(otherKeywords), name: scope('keyword.other') },
    ],
  },
  comparators: {
    patterns: [
      { match: alt(comparatorSymbols), name: scope('keyword.operator.comparison') },
      { match: COMPARATOR_WORD, name: scope('keyword.operator.comparison.word') },
    ],
  },
  range: {
    patterns: [
      { match: alt(RANGE_SYMBOLS), name: scope('keyword.operator.range') },
      { match: word(RANGE_WORDS), name: scope('keyword.operator.range') },
    ],
  },
  dates: {
    patterns: [
      { match: `${NOT_AFTER_ID}[${DIGIT}]{4}[-－][${DIGIT}]{1,2}(?:[-－][${DIGIT}]{1,2})?`, name: scope('constant.numeric.date') },
      // 2026年, 2026年12月, 2026年6月30日 (one name token, read as a date by the tree builder).
      { match: `${NOT_AFTER_ID}[${DIGIT}]{4}年(?:[${DIGIT}]{1,2}月(?:[${DIGIT}]{1,2}日)?)?${NOT_BEFORE_ID}`, name: scope('constant.numeric.date') },
      { match: `${NOT_AFTER_ID}[${DIGIT}]{1,2}[:：][${DIGIT}]{2}(?:[:：][${DIGIT}]{2})?`, name: scope('constant.numeric.time') },
    ],
  },
  numbers: {
    // A number and the unit after it, glued or apart: 500人/年, 200,000 元, 95％, 1924.67万人次.
    match: `${NUMBER_START}(${NUMBER})(?:${SPACE}*(${UNIT}))?`,
    captures: {
      1: { name: scope('constant.numeric') },
      2: { name: scope('keyword.other.unit'), patterns: [{ include: '#unit-operators' }] },
    },
  },
  'unit-operators': {
    match: UNIT_OPERATOR,
    name: scope('keyword.operator.unit'),
  },
  operators: {
    match: '[+＋*×＊·・/／\\-－—–]',
    name: scope('keyword.operator.arithmetic'),
  },
  punctuation: {
    patterns: [
      { match: OPEN_BRACE, name: scope('punctuation.section.block.begin') },
      { match: CLOSE_BRACE, name: scope('punctuation.section.block.end') },
      { match: '[(（]', name: scope('punctuation.section.parens.begin') },
      { match: '[)）]', name: scope('punctuation.section.parens.end') },
      { match: DOT, name: scope('punctuation.separator.path') },
      { match: '[:：]', name: scope('punctuation.separator.colon') },
    ],
  },
  invalid: {
    // A character no token starts with, outside a string (the lexer's BAD_CHAR): ＃ is no comment
    // sign (JX0205), “”＂ are no string quotes (JX0210), 、，。 belong in quotes (a comma only in numbers).
    match: INVALID,
    name: scope('invalid.illegal.character'),
  },
  values: {
    patterns: [
      { include: '#comment' },
      { include: '#allow' },
      { include: '#rule' },
      { include: '#funds-reference' },
      { include: '#path' },
      { include: '#strings' },
      { include: '#keywords' },
      { include: '#comparators' },
      { include: '#range' },
      { include: '#dates' },
      { include: '#numbers' },
      // A percent sign apart from its number (`家长满意度不低于95%` is a name, then %).
      { match: `[${percentSpellings.map(escape).join('')}]`, name: scope('keyword.other.unit') },
      { include: '#operators' },
      { include: '#punctuation' },
      { include: '#invalid' },
    ],
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'jixiao',
  scopeName: 'source.jixiao',
  fileTypes: ['jx'],
  comment: 'Generated by scripts/generate-grammar.mjs from grammar/src/main/antlr4/org/jixiao/grammar/JixiaoLexer.g4. Do not edit by hand.',
  patterns: [
    { include: '#comment' },
    { include: '#budget-declaration' },
    { include: '#project-declaration' },
    { include: '#funds-block' },
    { include: '#costs-block' },
    { include: '#layout-declaration' },
    { include: '#indicator' },
    { include: '#named-declaration' },
    { include: '#custom-field' },
    { include: '#values' },
  ],
  repository,
};

const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outPath, 'utf8');
  } catch {
    // missing: reported below
  }
  if (committed !== text) {
    console.error(`${relative(process.cwd(), outPath)} is not what scripts/generate-grammar.mjs writes from the lexer.`);
    console.error('Run: node scripts/generate-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, text);
}
