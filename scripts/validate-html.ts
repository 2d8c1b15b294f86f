/**
 * HTML validity gate: html-validate's standards rules over every page of dist/. One known
 * false alarm is dropped: the tiny `<style>` Astro writes in <body> before the first island
 * (`astro-island{display:contents}`), which the HTML spec allows in practice but not by the
 * content model. Everything else fails the build.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, type Message } from 'html-validate';
import { distDir, filesUnder, routeOf } from './dist.ts';

// Conformance only: the author-style rules (void tags, boolean attribute spelling, inline
// style attributes written by KaTeX and Svelte) say nothing about validity.
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    'no-inline-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
  },
});

function isAstroIslandStyle(message: Message, source: string): boolean {
  if (message.ruleId !== 'element-permitted-content' || !message.message.startsWith('<style>')) {
    return false;
  }
  const line = source.split('\n')[message.line - 1] ?? '';
  // The reported column points at the tag name, one past its '<'.
  return line.slice(Math.max(0, message.column - 2)).startsWith('<style>astro-island');
}

let errors = 0;
const files = filesUnder(distDir, '.html');
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const report = await validator.validateString(source, file);
  for (const result of report.results) {
    for (const message of result.messages) {
      if (message.severity < 2 || isAstroIslandStyle(message, source)) continue;
      errors += 1;
      console.error(
        `${routeOf(file)} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      );
    }
  }
}
console.log(`html: ${files.length} pages checked, ${errors} error${errors === 1 ? '' : 's'}`);
process.exit(errors === 0 ? 0 : 1);
