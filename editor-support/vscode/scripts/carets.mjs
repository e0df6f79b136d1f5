#!/usr/bin/env node
// Writes the caret lines of the grammar fixtures (test/grammar/*.jx) from short directives.
//
// vscode-tmgrammar-test counts caret columns in UTF-16 code units, so under Chinese text the
// carets of `# ^^^ scope` look misaligned although they are right, and are hard to type.
// Instead write, under the line to test,
//
//   #> TEXT SCOPE…        carets under TEXT, searched left to right from just after where the previous directive's TEXT began
//   #>@N TEXT SCOPE…      carets under the N-th occurrence of TEXT (1 = the first) in the line
//
// where SCOPE… is what the tool accepts after the carets (`scope`, `- scope`, `a b - c`), and run
//
//   node scripts/carets.mjs test/grammar/*.jx
//
// Each directive becomes the tool's own line (`#    ^^^^ scope`, or `# <--- scope` at column 0);
// existing caret lines are kept as they are. TEXT has no spaces; use ␣ for one.
import { readFileSync, writeFileSync } from 'node:fs';

const isAssertion = (line) => /^#\s*(\^|<[~]*-)/.test(line);
const isDirective = (line) => line.startsWith('#>');

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let source = null;
  let from = 0;
  lines.forEach((line, index) => {
    if (!isDirective(line)) {
      if (!isAssertion(line)) {
        source = line;
        from = 0;
      }
      out.push(line);
      return;
    }
    const m = /^#>(?:@(\d+))?\s+(\S+)\s+(.+)$/.exec(line);
    if (m === null || source === null) {
      throw new Error(`${file}:${index + 1}: cannot read directive: ${line}`);
    }
    const [, nth, rawText, scopes] = m;
    const text = rawText.replaceAll('␣', ' ');
    let column;
    if (nth !== undefined) {
      column = -1;
      for (let i = 0; i < Number(nth); i++) {
        column = source.indexOf(text, column + 1);
        if (column < 0) break;
      }
    } else {
      column = source.indexOf(text, from);
    }
    if (column < 0) {
      throw new Error(`${file}:${index + 1}: "${text}" is not in the line above: ${source}`);
    }
    from = column + 1;
    out.push(
      column === 0
        ? `# <${'-'.repeat(text.length)} ${scopes}`
        : `#${' '.repeat(column - 1)}${'^'.repeat(text.length)} ${scopes}`,
    );
  });
  writeFileSync(file, out.join('\n'));
}
