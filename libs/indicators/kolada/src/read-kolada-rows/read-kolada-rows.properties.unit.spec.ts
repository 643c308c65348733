import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAt, readAll, rowsByJsonParse, utf8, withoutLocations } from '../samples/kolada-samples';

// Characters that need escaping or take more than one byte or code unit, which random code points seldom hit.
const tricky = fc.constantFrom(...['\t', '\n', '\r', '\b', '\f', '"', '\\', '/', '\u0000', '\u001f', '\u007f', 'å', '–', '😀', '\ud800', '\udfff', 'a']);

const measure = fc.record(
  {
    gender: fc.constantFrom('T', 'K', 'M'),
    value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.float({ noNaN: true, noDefaultInfinity: true })),
    count: fc.oneof(fc.constant(null), fc.nat()),
    // Any code points, lone surrogates and control characters included: JSON.stringify escapes what it must.
    status: fc.oneof(fc.constant(null), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: tricky })),
    unknown: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['gender', 'value'] },
);

const entry = fc.record({
  kpi: fc.stringMatching(/^[A-Z]\d{5}$/),
  municipality: fc.stringMatching(/^\d{4}$/),
  period: fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1000, max: 9999 }).map(String)),
  values: fc.array(measure, { maxLength: 4 }),
});

const koladaDocument = fc.record(
  {
    count: fc.nat(),
    next_page: fc.oneof(fc.constant(null), fc.webUrl()),
    extra: fc.jsonValue({ maxDepth: 3 }),
    values: fc.array(entry, { maxLength: 6 }),
  },
  { requiredKeys: ['values'] },
);

describe('readKoladaRows on generated files', () => {
  it('gives the rows JSON.parse finds, for any layout and any cuts', async () => {
    await fc.assert(
      fc.asyncProperty(
        koladaDocument,
        fc.constantFrom(undefined, 1, 2, '\t', ' \r\n'.slice(0, 1)),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (document, indent, offsets) => {
          const text = JSON.stringify(document, null, indent);
          const expected = rowsByJsonParse(text);
          const textCuts = offsets.map((offset) => offset % (text.length + 1));
          const bytes = utf8(text);
          const byteCuts = offsets.map((offset) => offset % (bytes.length + 1));

          const fromText = await readAll(cutAt(text, textCuts));
          const fromBytes = await readAll(cutAt(bytes, byteCuts));

          expect(withoutLocations(fromText)).toEqual(expected);
          expect(fromBytes).toEqual(fromText);
          const expectedPaths = document.values.flatMap((item, index) => item.values.map((_, inner) => `values[${index}].values[${inner}]`));
          expect(fromText.map((row) => row.location.path)).toEqual(expectedPaths);
        },
      ),
      { numRuns: 200 },
    );
  });
});
