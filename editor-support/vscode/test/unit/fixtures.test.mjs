// The grammar fixtures (test/grammar/**/*.jx) cover the grammar: every scope it can give, every
// keyword of the lexer and every comparator spelling are asserted at least once. The assertions
// themselves are run by vscode-tmgrammar-test; this checks that none is missing, so that a keyword
// added to the lexer (and so to the generated grammar) also gets a fixture line.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lexer = readFileSync(join(root, '..', '..', 'grammar', 'src', 'main', 'antlr4', 'org', 'jixiao', 'grammar', 'JixiaoLexer.g4'), 'utf8');
const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'jixiao.tmLanguage.json'), 'utf8'));

function fixtures(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fixtures(join(dir, e.name)) : e.name.endsWith('.jx') ? [join(dir, e.name)] : [],
  );
}

/** Every positive assertion: the text under the carets and the scopes it requires. */
function assertions() {
  const out = [];
  for (const file of fixtures(join(root, 'test', 'grammar'))) {
    let source = '';
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const up = /^#(\s*)(\^+)\s+(.*)$/.exec(line);
      const left = /^#\s*<(~*)(-+)\s+(.*)$/.exec(line);
      if (up === null && left === null) {
        source = line;
        continue;
      }
      const [from, length, scopes] = up !== null ? [1 + up[1].length, up[2].length, up[3]] : [left[1].length, left[2].length, left[3]];
      const words = scopes.trim().split(/\s+/);
      const exclusion = words.indexOf('-');
      out.push({ text: source.slice(from, from + length), scopes: exclusion < 0 ? words : words.slice(0, exclusion), file });
    }
  }
  return out;
}

const all = assertions();

test('no fixture has a directive left for scripts/carets.mjs', () => {
  // vscode-tmgrammar-test reads `#> …` as a plain comment: an unconverted directive asserts nothing.
  const left = fixtures(join(root, 'test', 'grammar')).filter((f) => /^#>/m.test(readFileSync(f, 'utf8')));
  assert.deepEqual(left, [], 'run: node scripts/carets.mjs test/grammar/**/*.jx');
});
const asserted = (predicate) => all.some(predicate);

test('every scope the grammar gives is asserted in a fixture', () => {
  const names = new Set();
  JSON.stringify(grammar, (key, value) => {
    if (key === 'name' && typeof value === 'string' && value.endsWith('.jixiao')) {
      value.split(/\s+/).forEach((n) => names.add(n));
    }
    return value;
  });
  const missing = [...names].filter((n) => !asserted((a) => a.scopes.includes(n)));
  assert.deepEqual(missing, [], `scopes without a fixture assertion: ${missing.join(' ')}`);
});

test('every keyword of the lexer is asserted as a keyword', () => {
  const keywords = [...lexer.matchAll(/^[A-Z_]+\s*:\s*'([a-z]+)'\s*;/gm)].map((m) => m[1]);
  assert.ok(keywords.length > 60, `only ${keywords.length} keywords read from the lexer`);
  const missing = keywords.filter(
    (k) => !asserted((a) => a.text === k && a.scopes.some((s) => /^(keyword\.other|storage\.modifier)/.test(s))),
  );
  assert.deepEqual(missing, [], `keywords without a fixture assertion: ${missing.join(' ')}`);
});

test('every comparator spelling of the lexer is asserted as a comparator', () => {
  const spellings = ['GE', 'LE', 'GT', 'LT', 'EQ'].flatMap((rule) => {
    const body = new RegExp(`^${rule}\\s*:([^;]*);`, 'm').exec(lexer)[1];
    return [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  });
  assert.ok(spellings.length >= 35, `only ${spellings.length} comparator spellings read from the lexer`);
  const missing = spellings.filter(
    (s) => !asserted((a) => a.text === s && a.scopes.some((x) => x.startsWith('keyword.operator.comparison'))),
  );
  assert.deepEqual(missing, [], `comparator spellings without a fixture assertion: ${missing.join(' ')}`);
});
