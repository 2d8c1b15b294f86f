/**
 * `npm test`: every gate in order (type checks, lint, the spelling check, unit tests, the
 * calibration check, the build, page weight, HTML validity, the browser tests), stopping at the
 * first failure with its exit code, then a table of how long each stage took, so a slow stage
 * shows itself.
 *
 * The source checks (`together: true`) only read the sources and write nothing, so they run at
 * once: on a 2-core machine that saves about 40 s. Their output is held and printed stage by
 * stage when all of them are done, so a failure's message is not interleaved with the others.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface Stage {
  name: string;
  script: string;
  /** Runs at the same time as the adjacent stages marked so. */
  together?: boolean;
}

export const stages: Stage[] = [
  { name: 'check', script: 'check', together: true },
  { name: 'lint', script: 'lint', together: true },
  { name: 'spell', script: 'spell', together: true },
  { name: 'unit', script: 'test:unit', together: true },
  { name: 'calibrate', script: 'calibrate -- --check', together: true },
  { name: 'build', script: 'build' },
  { name: 'size', script: 'size' },
  { name: 'validate:html', script: 'validate:html' },
  { name: 'e2e', script: 'test:e2e' },
];

/** The stages in the order they start: adjacent `together` stages form one batch. */
export function batchesOf(list: readonly Stage[]): Stage[][] {
  const batches: Stage[][] = [];
  for (const stage of list) {
    const last = batches.at(-1);
    if (stage.together && last?.[0]?.together) last.push(stage);
    else batches.push([stage]);
  }
  return batches;
}

export interface StageResult {
  name: string;
  seconds: number;
  code: number;
}

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The stages run so far, their times and outcomes, the stages not reached, and the total: the
 * wall-clock time when given (stages that ran together overlap), else the sum of the stages.
 */
export function stageTable(
  results: StageResult[],
  planned: string[],
  wallSeconds?: number,
): string {
  const rows = results.map((result) => [
    result.name,
    clock(result.seconds),
    result.code === 0 ? 'ok' : `failed (exit ${result.code})`,
  ]);
  for (const name of planned.slice(results.length)) rows.push([name, '', 'not run']);
  const total = wallSeconds ?? results.reduce((sum, result) => sum + result.seconds, 0);
  rows.push(['total', clock(total), '']);
  const width = Math.max(...rows.map((row) => (row[0] ?? '').length));
  return rows
    .map(([name, time, outcome]) =>
      `${(name ?? '').padEnd(width)}  ${(time ?? '').padStart(6)}  ${outcome ?? ''}`.trimEnd(),
    )
    .join('\n');
}

/** One stage with its output held: resolves with its result and what it printed. */
function runHeld(stage: Stage): Promise<StageResult & { output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(`npm run ${stage.script}`, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) =>
      resolve({
        name: stage.name,
        seconds: (performance.now() - started) / 1000,
        code: code ?? 1,
        output,
      }),
    );
  });
}

if (import.meta.main) {
  const results: StageResult[] = [];
  const started = performance.now();
  for (const batch of batchesOf(stages)) {
    if (batch.length === 1) {
      const [stage] = batch as [Stage];
      console.log(`\n== npm test: ${stage.name}`);
      const begun = performance.now();
      const run = spawnSync(`npm run ${stage.script}`, { shell: true, stdio: 'inherit' });
      results.push({
        name: stage.name,
        seconds: (performance.now() - begun) / 1000,
        code: run.status ?? 1,
      });
    } else {
      console.log(`\n== npm test: ${batch.map((stage) => stage.name).join(', ')} (at once)`);
      for (const { output, ...result } of await Promise.all(batch.map(runHeld))) {
        console.log(`\n== npm test: ${result.name}`);
        process.stdout.write(output);
        results.push(result);
      }
    }
    if (results.some((result) => result.code !== 0)) break;
  }
  console.log(
    `\n${stageTable(
      results,
      stages.map((stage) => stage.name),
      (performance.now() - started) / 1000,
    )}`,
  );
  process.exit(results.find((result) => result.code !== 0)?.code ?? 0);
}
