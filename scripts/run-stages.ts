/**
 * `npm test`: every gate in order (type checks, lint, the spelling check, unit tests, the calibration check, the
 * build, page weight, HTML validity, the browser tests), stopping at the first failure with its
 * exit code, then a table of how long each stage took, so a slow stage shows itself.
 */
import { spawnSync } from 'node:child_process';

export const stages: { name: string; script: string }[] = [
  { name: 'check', script: 'check' },
  { name: 'lint', script: 'lint' },
  { name: 'spell', script: 'spell' },
  { name: 'unit', script: 'test:unit' },
  { name: 'calibrate', script: 'calibrate -- --check' },
  { name: 'build', script: 'build' },
  { name: 'size', script: 'size' },
  { name: 'validate:html', script: 'validate:html' },
  { name: 'e2e', script: 'test:e2e' },
];

export interface StageResult {
  name: string;
  seconds: number;
  code: number;
}

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The stages run so far, their times and outcomes, the total, and the stages not reached. */
export function stageTable(results: StageResult[], planned: string[]): string {
  const rows = results.map((result) => [
    result.name,
    clock(result.seconds),
    result.code === 0 ? 'ok' : `failed (exit ${result.code})`,
  ]);
  for (const name of planned.slice(results.length)) rows.push([name, '', 'not run']);
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  rows.push(['total', clock(total), '']);
  const width = Math.max(...rows.map((row) => (row[0] ?? '').length));
  return rows
    .map(([name, time, outcome]) =>
      `${(name ?? '').padEnd(width)}  ${(time ?? '').padStart(6)}  ${outcome ?? ''}`.trimEnd(),
    )
    .join('\n');
}

if (import.meta.main) {
  const results: StageResult[] = [];
  for (const stage of stages) {
    console.log(`\n== npm test: ${stage.name}`);
    const started = performance.now();
    const run = spawnSync(`npm run ${stage.script}`, { shell: true, stdio: 'inherit' });
    const code = run.status ?? 1;
    results.push({ name: stage.name, seconds: (performance.now() - started) / 1000, code });
    if (code !== 0) break;
  }
  console.log(
    `\n${stageTable(
      results,
      stages.map((stage) => stage.name),
    )}`,
  );
  process.exit(results.at(-1)?.code ?? 1);
}
