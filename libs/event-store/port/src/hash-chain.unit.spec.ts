import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalEventDigest, canonicalJson, chainHash, eventDigest, genesisHash } from './hash-chain';
import { validateAppend } from './validate-append';

const content = {
  streamId: 'goal-1',
  id: '0b9f3a62-8d7e-4c1a-9f00-2a4b5c6d7e8f',
  type: 'GoalAdded',
  schemaVersion: 1,
  data: { text: 'Beslut ska vara välgrundade och korrekta', number: 7 },
  metadata: { actor: 'system:seed', role: 'admin', effectiveAt: '2005-01-01', recordedAt: '2026-01-01T00:00:00Z' },
};

describe('hash chain', () => {
  it('writes the same value the same way whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'å' } })).toBe('{"a":{"c":"å","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('drops undefined values the way JSON.stringify does', () => {
    const withUndefined = { a: 1, b: undefined } as unknown as Parameters<typeof canonicalJson>[0];
    expect(canonicalJson(withUndefined)).toBe(canonicalJson(JSON.parse(JSON.stringify(withUndefined))));
  });

  it('gives the same digest after a JSON round trip with reordered keys', () => {
    const reordered = JSON.parse(JSON.stringify({ ...content, data: { number: 7, text: content.data.text } }));
    expect(eventDigest(reordered).equals(eventDigest(content))).toBe(true);
  });

  it('composes the same digest from the canonical text validation produced', () => {
    const [validated] = validateAppend(
      content.streamId,
      [{ id: content.id, type: content.type, data: { number: 7, text: content.data.text }, metadata: { role: 'admin', actor: 'system:seed', effectiveAt: '2005-01-01' } }],
      'any',
      '2026-01-01T00:00:00Z',
    );
    if (!validated) throw new Error('no event validated');
    expect(validated.dataJson).toBe('{"number":7,"text":"Beslut ska vara välgrundade och korrekta"}');
    expect(canonicalEventDigest(content.streamId, validated)).toBe(eventDigest(content).toString('hex'));
  });

  it('changes the digest when one character of the data changes', () => {
    const changed = { ...content, data: { ...content.data, text: 'Beslut ska vara välgrundade och korrekt' } };
    expect(eventDigest(changed).equals(eventDigest(content))).toBe(false);
  });

  it('links sha256(previous ‖ revision ‖ digest) exactly as the SQL stores compute it', () => {
    const digest = eventDigest(content);
    const expected = createHash('sha256')
      .update(Buffer.concat([genesisHash, Buffer.from('0000000000000003', 'hex'), digest]))
      .digest();
    expect(chainHash(genesisHash, 3, digest).equals(expected)).toBe(true);
    expect(chainHash(genesisHash, 4, digest).equals(expected)).toBe(false);
  });
});
