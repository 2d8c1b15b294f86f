/**
 * Shared plumbing of the command-line tools: an output sink the tests can replace, number
 * rounding for printed output, and a `main` wrapper that turns any unexpected error into one
 * line (never a stack trace).
 */
import { isRejection, type QueryNote } from '../model/query.ts';
import { round6 } from '../model/series-export.ts';

export interface Io {
  /** Write text to standard output (the caller adds newlines). */
  readonly out: (text: string) => void;
  /** Write one line to standard error. */
  readonly err: (line: string) => void;
}

/** Exit status for bad input (unknown key, bad value, bad option). */
export const EXIT_BAD_INPUT = 2;
/** Exit status for a failure that is not the user's fault. */
const EXIT_INTERNAL = 1;

/** JSON with every number rounded to 6 significant digits. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? round6(v) : v), 2);
}

/**
 * The one-line error for the notes that stop a command (rejections always, any note when
 * strict), each naming its key and value, joined with "; "; undefined when none stops it.
 */
export function blockingLine(
  command: string,
  notes: readonly QueryNote[],
  strict: boolean,
): string | undefined {
  const blocking = notes.filter((note) => strict || isRejection(note));
  if (blocking.length === 0) return undefined;
  return `${command}: ${blocking.map((note) => note.problem).join('; ')}`;
}

/** Run a command's `run` as the process entry point: one-line errors, exit status set. */
export function main(command: string, run: (argv: readonly string[], io: Io) => number): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (e.g. `| head`) is not an error worth reporting.
    process.exit(error.code === 'EPIPE' ? 0 : EXIT_INTERNAL);
  });
  const io: Io = {
    out: (text) => void process.stdout.write(text),
    err: (line) => void process.stderr.write(`${line}\n`),
  };
  try {
    process.exitCode = run(process.argv.slice(2), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${command}: internal error: ${message.split('\n')[0] ?? ''}`);
    process.exitCode = EXIT_INTERNAL;
  }
}
