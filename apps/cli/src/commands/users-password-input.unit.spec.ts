import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { UsageError, type CliContext, type InputStream } from '../registry/command';
import { PasswordPromptCancelled, readFirstLine, readHiddenLine, readNewPassword } from './users-password-input';

function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() }) satisfies InputStream;
  const written: string[] = [];
  const output = { write: (chunk: string) => written.push(chunk) };
  return { input, output, written };
}

/** Types each string when the program next asks (after its prompt is written). */
function typeOnPrompts(terminal: ReturnType<typeof fakeTerminal>, ...keystrokes: string[]) {
  const write = terminal.output.write;
  terminal.output.write = (chunk: string) => {
    const result = write(chunk);
    if (chunk.endsWith(': ')) setImmediate(() => terminal.input.write(keystrokes.shift() ?? ''));
    return result;
  };
}

function context(terminal: ReturnType<typeof fakeTerminal>): CliContext {
  return { stdout: { write: () => true }, stderr: terminal.output, stdin: terminal.input, version: 'test', env: {}, commands: [] };
}

describe('readFirstLine', () => {
  it('reads up to the first line ending and leaves the rest', async () => {
    const input = new PassThrough();
    input.end('första raden\r\nandra raden\n');
    expect(await readFirstLine(input)).toBe('första raden');
  });

  it('takes everything when the input ends without a newline', async () => {
    const input = new PassThrough();
    input.end('utan radslut');
    expect(await readFirstLine(input)).toBe('utan radslut');
  });

  it('keeps a letter whole when its bytes arrive in two chunks', async () => {
    const input = new PassThrough();
    const bytes = Buffer.from('lösenord\n');
    const reading = readFirstLine(input);
    input.write(bytes.subarray(0, 2));
    input.write(bytes.subarray(2));
    expect(await reading).toBe('lösenord');
  });
});

describe('readHiddenLine', () => {
  it('reads in raw mode without echoing, with backspace, and restores the terminal', async () => {
    const terminal = fakeTerminal();
    const reading = readHiddenLine(terminal.input, terminal.output, 'Password: ');
    terminal.input.write('hemlix\x7ft');
    terminal.input.write('\x1b[D');
    terminal.input.write('\r');
    expect(await reading).toBe('hemlit');
    expect(terminal.written.join('')).toBe('Password: \n');
    expect(terminal.input.setRawMode).toHaveBeenNthCalledWith(1, true);
    expect(terminal.input.setRawMode).toHaveBeenLastCalledWith(false);
  });

  it('gives up on Ctrl-C', async () => {
    const terminal = fakeTerminal();
    const reading = readHiddenLine(terminal.input, terminal.output, 'Password: ');
    terminal.input.write('abc\x03');
    await expect(reading).rejects.toThrow(PasswordPromptCancelled);
  });
});

describe('readNewPassword', () => {
  it('asks twice on a terminal and returns the password when both agree', async () => {
    const terminal = fakeTerminal();
    typeOnPrompts(terminal, 'korrekt häst batteri\r', 'korrekt häst batteri\r');
    expect(await readNewPassword(false, context(terminal))).toBe('korrekt häst batteri');
    expect(terminal.written.join('')).toBe('New password: \nRepeat the new password: \n');
  });

  it('refuses two different answers', async () => {
    const terminal = fakeTerminal();
    typeOnPrompts(terminal, 'korrekt häst batteri\r', 'korrekt hast batteri\r');
    await expect(readNewPassword(false, context(terminal))).rejects.toThrow(/differ/);
  });

  it('refuses a short password before asking again', async () => {
    const terminal = fakeTerminal();
    typeOnPrompts(terminal, 'kort\r');
    await expect(readNewPassword(false, context(terminal))).rejects.toThrow(/at least 10 characters/);
    expect(terminal.written.join('')).not.toMatch(/Repeat/);
  });

  it('will not ask without a terminal unless told to read stdin', async () => {
    const piped: CliContext = { ...context(fakeTerminal()), stdin: new PassThrough() };
    await expect(readNewPassword(false, piped)).rejects.toThrow(UsageError);
    await expect(readNewPassword(false, piped)).rejects.toThrow(/--password-stdin/);
  });
});
