import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KoladaFileError } from '../kolada-file-error';
import { cutAt, nackaSample, readAll, rejectionOf, utf8 } from '../samples/kolada-samples';

// Multi-byte UTF-8 (å, –, 😀 as a surrogate pair), every escape JSON has, \u escapes of a pair, and
// an unknown member with a non-identifier key, so a cut can fall inside each of them.
const unicodeSample = `{"beskrivning åäö": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \\ud835\\udd18", "values": [
  {"kpi": "N00945", "municipality": "0182", "period": 2019, "values": [
    {"gender": "T", "value": 1.5, "count": 12, "status": "Värdet saknas – för få svar 😀"},
    {"gender": "K", "value": -2.25e1, "status": "\\u00e5\\u00E4\\u00f6 \\ud83d\\ude00 \\"citat\\" \\\\ \\/ \\b\\f\\n\\r\\t"},
    {"gender": "M", "value": null, "status": "\\u0000\\u001f"}
  ]}
]}`;

const malformedSamples = [
  unicodeSample.replace('"K"', '"Ä"'),
  unicodeSample.replace('\\u00E4', '\\u00G4'),
  unicodeSample.replace('1.5,', '1.5.,'),
  unicodeSample.slice(0, -3),
  nackaSample.replace('"value": null', '"value": nulll'),
  `${nackaSample}  😀`,
];

describe('readKoladaRows with chunks cut anywhere', () => {
  it('reads the unicode sample as JSON.parse does', async () => {
    const rows = await readAll([unicodeSample]);

    expect(rows.map((row) => row.status)).toEqual([
      'Värdet saknas – för få svar 😀',
      'åäö 😀 "citat" \\ / \b\f\n\r\t',
      '\u0000\u001f',
    ]);
    expect(rows.map((row) => [row.value, row.count, row.location.line])).toEqual([
      [1.5, 12, 3],
      [-22.5, null, 4],
      [null, null, 5],
    ]);
  });

  it('gives the same rows for a cut at every position of the text', async () => {
    for (const sample of [unicodeSample, nackaSample]) {
      const whole = await readAll([sample]);
      for (let offset = 0; offset <= sample.length; offset += 1) {
        expect(await readAll(cutAt(sample, [offset]))).toEqual(whole);
      }
    }
  });

  it('gives the same rows for a cut at every byte, inside characters too', async () => {
    const whole = await readAll([unicodeSample]);
    const bytes = utf8(unicodeSample);
    for (let offset = 0; offset <= bytes.length; offset += 1) {
      expect(await readAll(cutAt(bytes, [offset]))).toEqual(whole);
    }
  });

  it('gives the same rows for any number of cuts, in text and in bytes', async () => {
    const whole = await readAll([unicodeSample]);
    const bytes = utf8(unicodeSample);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), async (offsets) => {
        expect(await readAll(cutAt(bytes, offsets))).toEqual(whole);
        const textOffsets = offsets.map((offset) => offset % (unicodeSample.length + 1));
        expect(await readAll(cutAt(unicodeSample, textOffsets))).toEqual(whole);
      }),
    );
  });

  it('gives one-character chunks the same rows', async () => {
    expect(await readAll([...unicodeSample])).toEqual(await readAll([unicodeSample]));
    expect(await readAll(unicodeSample.split(''))).toEqual(await readAll([unicodeSample]));
  });

  it('reports the same problem wherever the chunks are cut', async () => {
    for (const sample of malformedSamples) {
      const expected = (await rejectionOf([sample])).message;
      for (let offset = 0; offset <= sample.length; offset += 1) {
        expect((await rejectionOf(cutAt(sample, [offset]))).message).toBe(expected);
      }
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: sample.length }), { maxLength: 30 }), async (offsets) => {
          expect((await rejectionOf(cutAt(utf8(sample), offsets))).message).toBe(expected);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('rejects exactly what JSON.parse rejects as a syntax error, after one changed character', async () => {
    const alphabet = [...'{}[]",:-+.0123456789eEtrufalsn \n\t\\/xTKMä'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(nackaSample, unicodeSample),
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'replace'),
        fc.constantFrom(...alphabet),
        async (sample, at, change, character) => {
          const offset = at % sample.length;
          const skip = change === 'insert' ? 0 : 1;
          const mutated = sample.slice(0, offset) + (change === 'delete' ? '' : character) + sample.slice(offset + skip);
          const jsonIsValid = isJson(mutated);
          try {
            await readAll(cutAt(mutated, [offset, offset + 1]));
          } catch (error) {
            expect(error).toBeInstanceOf(KoladaFileError);
            if (error instanceof KoladaFileError && jsonIsValid) expect(error.problem).toBe('shape');
            return;
          }
          expect(jsonIsValid).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
