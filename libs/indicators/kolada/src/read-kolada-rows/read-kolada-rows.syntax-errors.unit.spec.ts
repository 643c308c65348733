import { describe, expect, it } from 'vitest';
import { nackaSample, rejectionOf, utf8, withChange } from '../samples/kolada-samples';

/** The sample cut right after the first occurrence of `marker`. */
function cutAfter(marker: string): string {
  const at = nackaSample.indexOf(marker);
  if (at < 0) throw new Error(`sample has no ${marker}`);
  return nackaSample.slice(0, at + marker.length);
}

const syntaxCases: [name: string, file: string, message: string][] = [
  ['a stray character', withChange('"value": 73.5 }', '"value": 73.5 x }'), 'line 11, values[0].values[0]: expected "," or "}", got "x"'],
  ['a trailing comma', withChange('"value": 71.9 }\n', '"value": 71.9 },\n'), 'line 14, values[0].values[3]: expected a value, got "]"'],
  ['a missing comma between entries', withChange('    },\n    {', '    }\n    {'), 'line 16, values: expected "," or "]", got "{"'],
  ['a missing colon', withChange('"kpi": "N00945"', '"kpi" "N00945"'), 'line 7, values[0].kpi: expected ":", got "\\""'],
  ['a single-quoted key', withChange('"kpi": "N00945"', "'kpi': \"N00945\""), 'line 7, values[0]: expected a key or "}", got "\'"'],
  ['a key that is not a string', withChange('"municipality": "0182"', 'municipality: "0182"'), 'line 8, values[0]: expected a key, got "m"'],
  ['a mismatched bracket', withChange('      ]\n    },', '      }\n    },'), 'line 14, values[0].values: expected "," or "]", got "}"'],
  ['an unterminated string', withChange('"kpi": "N00945",', '"kpi": "N00945,'), 'line 7, values[0].kpi: unterminated string'],
  ['an unknown escape', withChange('"status": ""', '"status": "a\\x"'), 'line 11, values[0].values[0].status: invalid escape in a string: a backslash before "x"'],
  ['a short \\u escape', withChange('"status": ""', '"status": "\\u12G4"'), 'line 11, values[0].values[0].status: invalid \\u escape in a string: expected four hex digits'],
  ['a raw tab in a string', withChange('"status": ""', '"status": "\t"'), 'line 11, values[0].values[0].status: unescaped control character in a string'],
  ['a leading zero', withChange('"value": 73.5', '"value": 073.5'), 'line 11, values[0].values[0].value: invalid number 073.5'],
  ['a bare decimal point', withChange('"value": 73.5', '"value": 73.'), 'line 11, values[0].values[0].value: invalid number 73.'],
  ['an exponent with no digits', withChange('"value": 73.5', '"value": 7e'), 'line 11, values[0].values[0].value: invalid number 7e'],
  ['a plus sign', withChange('"value": 73.5', '"value": +1'), 'line 11, values[0].values[0].value: expected a value, got "+"'],
  ['a number with no integer part', withChange('"value": 73.5', '"value": .5'), 'line 11, values[0].values[0].value: expected a value, got "."'],
  ['a misspelt null', withChange('"value": null }', '"value": nul }'), 'line 21, values[1].values[0].value: expected a value, got "nul"'],
  ['NaN', withChange('"value": 73.5', '"value": NaN'), 'line 11, values[0].values[0].value: expected a value, got "N"'],
  ['a comment', `// Kolada\n${nackaSample}`, 'line 1, (root): expected a value, got "/"'],
  ['text after the document', `${nackaSample}x`, 'line 26, (root): unexpected "x" after the end of the document'],
  ['a second document', `${nackaSample}{}`, 'line 26, (root): unexpected "{" after the end of the document'],
  ['an empty file', '', 'line 1, (root): unexpected end of file, expected a value'],
  ['a file of blank lines', '\n \n', 'line 3, (root): unexpected end of file, expected a value'],
  ['a file cut between gender entries', cutAfter('"value": 71.9 }\n'), 'line 14, values[0].values: unexpected end of file, expected "," or "]"'],
  ['a file cut inside a string', cutAfter('"Uppgift'), 'line 21, values[1].values[0].status: unexpected end of file inside a string'],
  ['a file cut inside a key', cutAfter('{ "coun'), 'line 11, values[0].values[0]: unexpected end of file inside a string'],
  ['a file cut after a number', cutAfter('"value": 7'), 'line 11, values[0].values[0]: unexpected end of file, expected "," or "}"'],
  ['a file cut after a colon', cutAfter('"value":'), 'line 11, values[0].values[0].value: unexpected end of file, expected a value'],
  ['a file cut inside a literal', cutAfter('"value": nu'), 'line 21, values[1].values[0].value: expected a value, got "nu"'],
  ['a file missing its last brace', nackaSample.slice(0, -2), 'line 25, (root): unexpected end of file, expected "," or "}"'],
];

describe('readKoladaRows on files that are not JSON', () => {
  it.each(syntaxCases)('rejects %s with its line and path', async (_name, file, message) => {
    const error = await rejectionOf([file]);

    expect(error.message).toBe(message);
    expect(error.problem).toBe('syntax');
    expect(`line ${error.line}, ${error.path || '(root)'}: ${error.detail}`).toBe(message);
  });

  it('names a key that is no identifier in brackets', async () => {
    const error = await rejectionOf(['{"values": [], "mått och steg": [1 2]}']);

    expect(error.message).toBe('line 1, ["mått och steg"]: expected "," or "]", got "2"');
  });

  it('rejects bytes that are not UTF-8, on the line reading had reached', async () => {
    const upToLine12 = nackaSample.slice(0, nackaSample.indexOf('        { "count": 1, "gender": "K"'));

    const error = await rejectionOf([utf8(upToLine12), new Uint8Array([0xff, 0xfe])]);

    expect(error.problem).toBe('encoding');
    expect(error.line).toBe(12);
    expect(error.message).toMatch(/^line 12, \(root\): the file is not UTF-8 text/);
  });

  it('rejects bytes that stop inside a character', async () => {
    const bytes = utf8('{"values": []}ä');

    const error = await rejectionOf([bytes.slice(0, -1)]);

    expect(error.problem).toBe('encoding');
    expect(error.message).toMatch(/^line 1, \(root\): the file is not UTF-8 text/);
  });
});
