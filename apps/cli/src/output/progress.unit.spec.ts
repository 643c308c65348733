import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from './progress';

/** A stream that records what is written, as a terminal (isTTY) or a pipe would receive it. */
function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  return { writes, isTTY, columns, write: (chunk: string) => writes.push(chunk) };
}

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, tick: (ms: number) => (time += ms) };
}

const hasControlCharacters = (line: string) => line.includes('\r') || line.includes('\x1b');

describe('progress on a terminal', () => {
  it('draws a bar with percentage, count, rate and ETA on one redrawn line', () => {
    const stream = fakeStream(true, 100);
    const clock = fakeClock();
    const progress = createProgress({
      label: 'Verifying',
      total: 1000,
      unit: 'events',
      stream,
      now: clock.now,
    });

    clock.tick(1000);
    progress.update(250);

    expect(stream.writes).toEqual([
      `\rVerifying [${'█'.repeat(8)}${'░'.repeat(22)}]  25%  250/1,000 events  250/s  ETA 3.0s\x1b[K`,
    ]);
  });

  it('redraws at most every 100 ms, but always when the bar is full', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Rebuilding', total: 10, stream, now: clock.now });

    progress.advance();
    clock.tick(50);
    progress.advance();
    clock.tick(60);
    progress.advance();
    clock.tick(10);
    progress.update(10);

    expect(stream.writes.map((line) => line.match(/\d+\/10/)?.[0])).toEqual(['1/10', '3/10', '10/10']);
  });

  it('ends with the elapsed time and a newline when finished, and only once', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Importing', total: 4, unit: 'goals', stream, now: clock.now });
    clock.tick(2000);
    progress.update(4);
    progress.finish();
    progress.finish();
    progress.advance();

    expect(stream.writes).toHaveLength(2);
    expect(stream.writes[1]).toBe(`\rImporting [${'█'.repeat(30)}] 100%  4/4 goals  2.0/s  in 2.0s\x1b[K\n`);
  });

  it('fits the line to a narrow terminal by shortening the bar', () => {
    const stream = fakeStream(true, 60);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Verifying', total: 1000, stream, now: clock.now });
    clock.tick(1000);
    progress.update(500);

    const line = (stream.writes[0] ?? '').replace('\r', '').replace('\x1b[K', '');
    expect(line.length).toBeLessThan(60);
    expect(line).toContain('50%');
  });

  it('assumes 80 columns when the terminal does not report its width', () => {
    const stream = fakeStream(true, 0);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Verifying', total: 1000, stream, now: clock.now });
    clock.tick(1000);
    progress.update(250);

    const bar = (stream.writes[0] ?? '').match(/\[([█░]+)\]/)?.[1];
    expect(bar).toBe(`${'█'.repeat(8)}${'░'.repeat(22)}`);
  });

  it('shows count and rate without a bar when the total is unknown', () => {
    const stream = fakeStream(true);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Reading', unit: 'events', stream, now: clock.now });
    clock.tick(2000);
    progress.update(5000);

    expect(stream.writes).toEqual(['\rReading  5,000 events  2,500/s\x1b[K']);
  });
});

describe('progress in a log (not a terminal)', () => {
  it('prints one plain line per 10 % and a done line, without control characters', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const progress = createProgress({
      label: 'Verifying',
      total: 100,
      unit: 'events',
      stream,
      now: clock.now,
    });

    for (let i = 0; i < 100; i++) {
      clock.tick(10);
      progress.advance();
    }
    progress.finish();

    expect(stream.writes).toHaveLength(10);
    expect(stream.writes[0]).toBe('Verifying: 10% (10/100 events, 100/s, ETA 0.9s)\n');
    expect(stream.writes[8]).toMatch(/^Verifying: 90% /);
    expect(stream.writes[9]).toBe('Verifying: done, 100/100 events in 1.0s (100/s)\n');
    expect(stream.writes.some(hasControlCharacters)).toBe(false);
  });

  it('prints a line every 2 s when progress is slow', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Importing', total: 1000, stream, now: clock.now });

    for (let i = 0; i < 10; i++) {
      clock.tick(500);
      progress.advance();
    }

    expect(stream.writes).toEqual([
      'Importing: 0% (4/1,000, 2.0/s, ETA 8m 18s)\n',
      'Importing: 0% (8/1,000, 2.0/s, ETA 8m 16s)\n',
    ]);
  });

  it('prints count and rate every 2 s when the total is unknown', () => {
    const stream = fakeStream(false);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Reading', unit: 'events', stream, now: clock.now });
    clock.tick(1000);
    progress.update(100);
    clock.tick(1000);
    progress.update(300);

    expect(stream.writes).toEqual(['Reading: 300 events (150/s)\n']);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0.0s'],
    [8_149, '8.1s'],
    [42_400, '42s'],
    [185_000, '3m 05s'],
    [3_725_000, '1h 02m'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
