import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { round6 } from '../model/series-export.ts';
import { SERIES_KEYS } from '../model/series.ts';
import { FRAME_MS, formatBench, quantile, run as runBench } from './bench.ts';
import { run as runGrade } from './grade.ts';
import { toJson, type Io } from './io.ts';
import { run as runSimulate } from './simulate.ts';

function capture(run: (argv: readonly string[], io: Io) => number, argv: string[]) {
  let out = '';
  const err: string[] = [];
  const status = run(argv, {
    out: (text) => void (out += text),
    err: (line) => void err.push(line),
  });
  return { status, out, err };
}

describe('grade command', () => {
  it('grades the issue examples', () => {
    const crs = capture(runGrade, ['crs', 'temp=38.9&bp=one-pressor&o2=low-flow']);
    expect(crs.status).toBe(0);
    expect(JSON.parse(crs.out)).toEqual({ grade: 3, because: expect.any(String) });
    const icans = capture(runGrade, [
      'icans',
      'ice=6&consciousness=voice&seizure=none&motor=none&edema=none',
    ]);
    expect(JSON.parse(icans.out)).toEqual({ grade: 2, because: expect.any(String) });
  });

  it('masked=1 lets hypotension grade without fever', () => {
    const r = capture(runGrade, ['crs', 'temp=37.2&bp=fluids&o2=none&masked=1']);
    expect(JSON.parse(r.out).grade).toBe(2);
  });

  it('--detail adds the criterion', () => {
    const r = capture(runGrade, ['crs', 'temp=38.9&bp=one-pressor&o2=low-flow', '--detail']);
    expect(JSON.parse(r.out)).toMatchObject({ grade: 3, criterion: 'hypotension' });
    const ice = capture(runGrade, [
      'ice',
      'orientation=2&naming=3&commands=1&writing=0&attention=1',
    ]);
    expect(JSON.parse(ice.out)).toMatchObject({ score: 7 });
  });

  it('does not let a prophylactic or unstated drug mask fever: without masked=1, hypotension alone is no CRS', () => {
    const r = capture(runGrade, ['crs', 'temp=37.2&bp=fluids&o2=none']);
    expect(JSON.parse(r.out).grade).toBe(0);
  });

  it('says a masked grade 0 may still be CRS under treatment, to readers and to scripts', () => {
    const r = capture(runGrade, ['crs', 'temp=37.2&bp=none&o2=none&masked=1']);
    const out = JSON.parse(r.out) as { grade: number; because: string };
    expect(out).toMatchObject({ grade: 0, maskedWithoutFindings: true });
    expect(out.because).toMatch(/CRS may still be present under treatment/);
    // Only that case carries the flag: the documented { grade, because } stays as it was.
    const plain = capture(runGrade, ['crs', 'temp=37.2&bp=none&o2=none']);
    expect(Object.keys(JSON.parse(plain.out))).toEqual(['grade', 'because']);
  });

  it('reads a decimal comma', () => {
    const r = capture(runGrade, ['crs', 'temp=38,5&bp=none&o2=none']);
    expect(JSON.parse(r.out)).toMatchObject({ grade: 1 });
  });

  it('grades an unarousable patient without an ICE score (ICE is 0 by definition)', () => {
    const r = capture(runGrade, [
      'icans',
      'consciousness=unarousable&seizure=none&motor=none&edema=none',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ grade: 4 });
  });

  it.each([
    // Every required key of every command: one line naming it, never a default.
    [['icans', 'consciousness=voice'], /^grade: missing required keys ice, seizure, motor, edema/],
    [['icans', 'ice=6&seizure=none&motor=none&edema=none'], /missing required key consciousness/],
    [['crs', 'bp=none&o2=none'], /^grade: missing required key temp /],
    [['crs', 'temp=38.5&o2=none'], /missing required key bp /],
    [['crs', 'temp=38.5&bp=none'], /missing required key o2 /],
    [['crs', ''], /missing required keys temp, bp, o2/],
    [['ice', 'orientation=4&naming=3&commands=1&writing=1'], /missing required key attention/],
    [
      ['crs', 'temp=98.6&bp=none&o2=none'],
      /temp 98\.6 is not a body temperature \(°C, 30–45 °C\); if it is °F, give temp=37$/,
    ],
    [['crs', 'temp=38.5&bp=none&o2=none&masked=maybe'], /masked "maybe"/],
    [['crs', 'temp=37&temp=39&bp=none&o2=none'], /temp is given more than once/],
    [['icans', 'ice=12&consciousness=unarousable&seizure=none&motor=none&edema=none'], /ice 12/],
    // Every problem is named, in one line.
    [['crs', 'temp=98.6&bp=bogus&o2=none'], /temp 98\.6 .*; bp "bogus" is not one of/],
    [
      ['icans', 'ice=7&consciousness=unarousable&seizure=none&motor=none&edema=none'],
      /ice 7 contradicts consciousness unarousable/,
    ],
    [['crs', 'temp=38.9&bp=two-pressors'], /bp "two-pressors"/],
    [['crs', 'temp=hot'], /temp "hot"/],
    [['crs', 'temp=101.2'], /temp 101\.2/],
    [['crs', 'colour=red'], /"colour".*"red"/],
    [['icans', 'ice=11'], /ice 11/],
    [['icans', 'consciousness=asleep'], /consciousness "asleep"/],
    [['icans', 'ice=6.5'], /ice 6\.5/],
    [['crs', 'temp=38&temp=39'], /temp/],
    [['cytokines', 'x=1'], /"cytokines"/],
    [[], /crs, icans or ice/],
    [['crs', 'temp=38', 'extra'], /more than one query/],
    [['crs', '--verbose'], /unknown option "--verbose"/],
  ])('bad input %j: exit 2 and one line naming it', (argv, pattern) => {
    const r = capture(runGrade, argv);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
    expect(r.err[0]).not.toMatch(/\n|\bat .*\.ts:\d+/);
  });
});

describe('simulate command', () => {
  it('prints scenario, notes, summary and equal-length series', () => {
    const r = capture(runSimulate, ['therapy=cart-cd28&burden=80&tocilizumab=grade2']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['scenario', 'notes', 'summary', 'series']),
    );
    expect(doc.scenario).toMatchObject({
      therapy: 'cart-cd28',
      burden: 80,
      query: 'burden=80&tocilizumab=grade2',
    });
    expect(doc.notes).toEqual([]);
    expect(doc.summary.maxCrsGrade).toBeGreaterThanOrEqual(0);
    // Tocilizumab starts at grade 2, so fever is masked from after CRS began.
    expect(doc.feverMaskedFrom).toBeGreaterThan(doc.summary.crsOnsetDay);
    for (const key of [
      't',
      'il1',
      'il6',
      'crp',
      'temperature',
      'crsGrade',
      'icansGrade',
      'ice',
      'tumor',
    ]) {
      expect(doc.series[key], key).toHaveLength(doc.series.t.length);
    }
  });

  it('clamps out-of-range numbers and lists them in notes (like the page)', () => {
    const doc = JSON.parse(capture(runSimulate, ['burden=500']).out);
    expect(doc.scenario.burden).toBe(100);
    expect(doc.notes).toEqual([expect.objectContaining({ key: 'burden', kind: 'clamped' })]);
  });

  it('--format csv prints a header of series keys and one row per time point', () => {
    const r = capture(runSimulate, ['therapy=bispecific', '--format', 'csv', '--every', '1']);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe(SERIES_KEYS.join(','));
    expect(lines).toHaveLength(29 + 1);
    expect(lines[1]!.split(',')).toHaveLength(SERIES_KEYS.length);
  });

  it.each([
    [['burden=abc'], /burden "abc"/],
    [['therapy=car-t'], /therapy "car-t"/],
    [['tocilizumab=later'], /tocilizumab "later"/],
    [['x=1'], /unknown key "x"/],
    [['burden=500', '--strict'], /burden 500/],
    [['--format', 'xml'], /--format "xml"/],
    [['--every', '0.07'], /--every "0.07"/],
    [['--wat'], /unknown option "--wat"/],
    [['burden=1', 'burden=2'], /more than one query/],
  ])('bad input %j: exit 2 and one line naming it', (argv, pattern) => {
    const r = capture(runSimulate, argv);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
  });

  it('--lenient behaves like the page: defaults and notes, exit 0', () => {
    const r = capture(runSimulate, ['therapy=car-t', '--lenient']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).notes[0]).toMatchObject({ key: 'therapy', kind: 'invalid' });
  });
});

describe('bench command and helpers', () => {
  it('formats one line as the issue asks', () => {
    const line = formatBench({ runs: 200, median: 0.21, p10: 0.19, p90: 0.27 });
    expect(line).toBe(
      `simulate 28 d: median 0.21 ms (p10 0.19 ms, p90 0.27 ms), ${((100 * 0.21) / FRAME_MS).toFixed(1)}% of a frame`,
    );
    expect(line).toMatch(/1\.3% of a frame$/);
  });

  it('quantiles by nearest rank', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 0.9)).toBe(5);
  });

  it('rejects bad options with exit 2', () => {
    expect(capture(runBench, ['--runs', 'many']).status).toBe(2);
    expect(capture(runBench, ['--fast']).status).toBe(2);
  });

  it('output helpers round to 6 significant digits', () => {
    expect(round6(0.123456789)).toBe(0.123457);
    expect(round6(42)).toBe(42);
    expect(JSON.parse(toJson({ a: [1 / 3] }))).toEqual({ a: [0.333333] });
  });
});

describe('real processes: exit status 2, one line, no stack trace', () => {
  const cli = (script: string, args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it.concurrent.each([
    ['grade', ['crs', 'bp=sideways']],
    ['simulate', ['burden=lots']],
    ['cohort', ['therapy=car-t', '--n', '3']],
  ])(
    '%s %j',
    async (script, args) => {
      const r = await cli(script, args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    20_000,
  );
});

describe('cohort command and the therapy catalogue', () => {
  it('prints { scenario, n, seed, crs, icans, worstGrades, trial } with shares and quartiles', async () => {
    const { run: runCohort } = await import('./cohort.ts');
    const r = capture(runCohort, ['therapy=axi-cel', '--n', '30', '--seed', '2']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'n',
      'seed',
      'crs',
      'icans',
      'worstGrades',
      'trial',
    ]);
    expect(doc).toMatchObject({ n: 30, seed: 2, trial: { trial: 'ZUMA-1' } });
    expect(doc.crs.onsetDays).toEqual({
      median: expect.any(Number),
      q1: expect.any(Number),
      q3: expect.any(Number),
    });
    expect(JSON.parse(capture(runCohort, ['therapy=cart-cd28', '--n', '5']).out).trial).toBeNull();
  });

  it.each([
    [['therapy=car-t'], /therapy "car-t"/],
    [['--n', '0'], /--n "0"/],
    [['--seed', 'x'], /--seed "x"/],
    [['--fast'], /unknown option "--fast"/],
  ])('bad input %j: exit 2 and one line', async (argv, pattern) => {
    const { run: runCohort } = await import('./cohort.ts');
    const r = capture(runCohort, argv);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
  });

  it('clamps an out-of-range value as the page does, runs, and says so on stderr', async () => {
    const { run: runCohort } = await import('./cohort.ts');
    const r = capture(runCohort, ['therapy=cart-cd28&burden=900', '--n', '3']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).scenario.burden).toBe(100);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^cohort: note: burden 900\b.*100/);
    expect(capture(runCohort, ['therapy=cart-cd28&burden=60', '--n', '3']).err).toEqual([]);
  });

  it('calibrate --check names every product it cannot compare, and only those', async () => {
    const { uncheckedLine } = await import('./calibrate.ts');
    const { TRIALS } = await import('../model/trials.ts');
    const named = uncheckedLine().trim().split(': ')[1]!.split(', ');
    const withoutFigures = Object.keys(TRIALS).filter((id) => TRIALS[id as 'axi-cel'] === null);
    expect(named).toEqual(withoutFigures);
    expect(named).toContain('obe-cel');
    expect(named).not.toContain('axi-cel');
  });

  it('simulate --therapies prints the catalogue, and a product id runs', () => {
    const list = JSON.parse(capture(runSimulate, ['--therapies']).out) as { id: string }[];
    expect(list.map((entry) => entry.id)).toContain('teclistamab');
    expect(Object.keys(list[0]!)).toEqual([
      'id',
      'name',
      'brand',
      'kind',
      'target',
      'costimulation',
      'schedule',
      'trial',
    ]);
    expect(capture(runSimulate, ['therapy=teclistamab']).status).toBe(0);
  });
});
