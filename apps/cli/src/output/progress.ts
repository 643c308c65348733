import type { OutputStream } from '../registry/command';

/** How a long-running command reports how far it has come. */
export interface Progress {
  /** Adds `count` finished items (default 1). */
  advance(count?: number): void;
  /** Sets the number of finished items. */
  update(done: number): void;
  /** Shows the final state and ends the line; later calls do nothing. */
  finish(): void;
}

/** Settings for createProgress. */
export interface ProgressOptions {
  /** What is being done, e.g. "Verifying events". */
  label: string;
  stream: OutputStream;
  /** Items in all; without it there is no bar, percentage or ETA. */
  total?: number;
  /** What an item is called, e.g. "events". */
  unit?: string;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
}

const redrawEveryMs = 100;
const plainLineEveryMs = 2_000;
const plainLineEveryPercent = 10;
const count = new Intl.NumberFormat('en-US');

/**
 * A progress reporter: on a terminal it redraws one line with a bar, percentage, count, rate and ETA;
 * elsewhere (CI logs, pipes) it prints a plain line every 10 % or every 2 s, whichever comes first.
 */
export function createProgress(options: ProgressOptions): Progress {
  const { stream, label, unit } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const total = options.total !== undefined && options.total > 0 ? options.total : undefined;
  const interactive = stream.isTTY === true;
  // A pseudo-terminal that was never sized reports 0 columns.
  const columns = () => stream.columns || 80;
  let done = 0;
  let finished = false;
  let lastWriteAt = interactive ? -Infinity : started;
  let lastStep = 0;

  const snapshot = (): Snapshot => ({ label, unit, done, total, elapsedMs: now() - started });

  function drawBar(): void {
    const at = now();
    // Redraw at most ten times a second, but never miss the moment the bar is full.
    if (at - lastWriteAt < redrawEveryMs && done !== total) return;
    stream.write(`\r${terminalLine(snapshot(), columns())}\x1b[K`);
    lastWriteAt = at;
  }

  function printLine(): void {
    const at = now();
    const step = total === undefined ? 0 : Math.floor((done / total) * (100 / plainLineEveryPercent));
    // The finish line reports 100 %, so a plain log does not say it twice.
    if (done === total || (step <= lastStep && at - lastWriteAt < plainLineEveryMs)) return;
    stream.write(`${plainLine(snapshot())}\n`);
    lastStep = step;
    lastWriteAt = at;
  }

  function update(next: number): void {
    if (finished) return;
    done = total === undefined ? next : Math.min(next, total);
    if (interactive) drawBar();
    else printLine();
  }

  return {
    advance: (by = 1) => update(done + by),
    update,
    finish() {
      if (finished) return;
      finished = true;
      const final = snapshot();
      if (interactive) stream.write(`\r${terminalLine(final, columns(), true)}\x1b[K\n`);
      else stream.write(`${doneLine(final)}\n`);
    },
  };
}

interface Snapshot {
  label: string;
  unit: string | undefined;
  done: number;
  total: number | undefined;
  elapsedMs: number;
}

function terminalLine(s: Snapshot, columns: number, final = false): string {
  const timing = final ? `in ${formatDuration(s.elapsedMs)}` : eta(s);
  const counts = `${amount(s)}  ${rate(s)}${timing ? `  ${timing}` : ''}`;
  if (s.total === undefined) return `${s.label}  ${counts}`;
  const percent = `${Math.floor((s.done / s.total) * 100)}%`.padStart(4);
  // One column spare: a line exactly as wide as the terminal wraps in some terminals.
  const room = columns - s.label.length - percent.length - counts.length - 7;
  const width = Math.max(10, Math.min(30, room));
  const filled = Math.round((s.done / s.total) * width);
  return `${s.label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent}  ${counts}`;
}

function plainLine(s: Snapshot): string {
  if (s.total === undefined) return `${s.label}: ${amount(s)} (${rate(s)})`;
  const timing = eta(s);
  const percent = Math.floor((s.done / s.total) * 100);
  return `${s.label}: ${percent}% (${amount(s)}, ${rate(s)}${timing ? `, ${timing}` : ''})`;
}

function doneLine(s: Snapshot): string {
  return `${s.label}: done, ${amount(s)} in ${formatDuration(s.elapsedMs)} (${rate(s)})`;
}

function amount(s: Snapshot): string {
  const unit = s.unit ? ` ${s.unit}` : '';
  const of = s.total === undefined ? '' : `/${count.format(s.total)}`;
  return `${count.format(s.done)}${of}${unit}`;
}

function perSecond(s: Snapshot): number | undefined {
  return s.elapsedMs > 0 ? (s.done * 1000) / s.elapsedMs : undefined;
}

function rate(s: Snapshot): string {
  const value = perSecond(s);
  if (value === undefined) return '–/s';
  return `${value < 10 ? value.toFixed(1) : count.format(Math.round(value))}/s`;
}

function eta(s: Snapshot): string {
  const value = perSecond(s);
  if (s.total === undefined || !value) return '';
  return `ETA ${formatDuration(((s.total - s.done) / value) * 1000)}`;
}

/** 8.1s, 42s, 3m 05s, 1h 02m: short enough for a progress line, exact enough for a human. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}
