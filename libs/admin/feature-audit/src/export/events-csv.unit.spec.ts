import { sampleAuditEvents } from '@goaltrail/admin-data-access';
import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, eventsToCsv } from './events-csv';

describe('events CSV', () => {
  it('quotes fields with quotes, commas or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('efter "dialog"\nmed')).toBe('"efter ""dialog""\nmed"');
    expect([csvField(null), csvField(undefined), csvField(3)]).toEqual(['', '', '3']);
  });

  it('defuses a text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
  });

  it('writes a BOM, the header and one CRLF-ended row per event, raw ISO times included', () => {
    const csv = eventsToCsv(sampleAuditEvents());
    expect(csv.startsWith('\uFEFFposition,registrerad,gäller från,ström,strömversion,typ,vem,roll,skäl,beslut,händelse-id\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toBe(
      '2,2026-11-22T20:56:42.000Z,2005-01-01,committee-socialnamnden,0,CommitteeRegistered,system:seed,system,Import av källdokumentet socialnamndens-mal-2005.txt,,00000000-0000-4000-8000-000000000002',
    );
    expect(csv).toContain('"Förtydligat, efter ""dialog""\nmed revisorerna",SOCN 2005/7 § 12,');
  });

  it('names the file by the moment it was made', () => {
    expect(csvFileName(new Date(2026, 10, 22, 20, 57, 1))).toBe('handelselogg-20261122-205701.csv');
  });
});
