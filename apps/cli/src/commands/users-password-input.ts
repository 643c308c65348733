import { assertPasswordPolicy } from '@goaltrail/auth';
import { UsageError, type CliContext, type InputStream, type OutputStream } from '../registry/command';
import { asUsageError } from './users-support';

/** The person at the terminal pressed Ctrl-C or Ctrl-D instead of typing a password. */
export class PasswordPromptCancelled extends Error {
  override readonly name = 'PasswordPromptCancelled';
  constructor() {
    super('cancelled; no password was read');
  }
}

/**
 * Reads the first line of the input (without its line ending), then stops reading, so the rest of a
 * pipe is left alone. Used by --password-stdin, e.g. `printf '%s\n' "$PW" | goaltrail users add …`.
 */
export function readFirstLine(input: InputStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const finish = (line: string) => {
      cleanup();
      resolve(line.replace(/\r$/, ''));
    };
    const onData = (chunk: string | Buffer) => {
      buffer += chunk.toString();
      const newline = buffer.indexOf('\n');
      if (newline !== -1) finish(buffer.slice(0, newline));
    };
    const onEnd = () => finish(buffer);
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
      input.pause();
    };
    // Decoding in the stream keeps a multi-byte letter (å, ä, ö) whole across chunk boundaries.
    input.setEncoding('utf8');
    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
    input.resume();
  });
}

/**
 * Asks for one line on a terminal without echoing it: raw mode, then our own minimal line editing
 * (backspace; Enter ends; Ctrl-C or Ctrl-D on an empty line cancels; arrow keys are ignored).
 */
export function readHiddenLine(input: InputStream, output: OutputStream, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string | Buffer) => {
      const text = chunk.toString();
      if (text.startsWith('\x1b')) return;
      for (const char of text) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\x03' || (char === '\x04' && value === '')) return finish(new PasswordPromptCancelled());
        if (char === '\x7f' || char === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/**
 * A new password: the first line of stdin with --password-stdin, otherwise asked twice on the
 * terminal. Without a terminal and without the flag there is nobody to ask, which is a usage error.
 */
export async function readNewPassword(fromStdin: boolean, context: CliContext): Promise<string> {
  const input = context.stdin ?? process.stdin;
  if (fromStdin) return readFirstLine(input);
  if (!input.isTTY) {
    throw new UsageError('stdin is not a terminal, so the password cannot be asked for; pass --password-stdin and write it to stdin');
  }
  const first = await readHiddenLine(input, context.stderr, 'New password: ');
  // Checked before the second prompt, so nobody types a too-short password twice.
  asUsageError(() => assertPasswordPolicy(first));
  const again = await readHiddenLine(input, context.stderr, 'Repeat the new password: ');
  if (again !== first) throw new Error('the two passwords differ; nothing was changed');
  return first;
}
