import { describe, expect, it } from 'vitest';
import { rejectionOf, withChange } from '../samples/kolada-samples';
import { readKoladaBatches } from './read-kolada-rows';

// Each case changes the sample once (or is a whole file) and names the exact message: line, path, problem.
const shapeCases: [name: string, file: string, message: string][] = [
  ['unknown gender', withChange('"gender": "K"', '"gender": "X"'), 'line 12, values[0].values[1].gender: expected one of T, K, M, got "X"'],
  ['lower-case gender', withChange('"gender": "K"', '"gender": "k"'), 'line 12, values[0].values[1].gender: expected one of T, K, M, got "k"'],
  ['null gender', withChange('"gender": "M"', '"gender": null'), 'line 13, values[0].values[2].gender: expected one of T, K, M, got null'],
  ['lower-case kpi', withChange('"kpi": "N00945"', '"kpi": "n00945"'), 'line 7, values[0].kpi: expected a KPI id such as "N00945", got "n00945"'],
  ['short kpi', withChange('"kpi": "U00401"', '"kpi": "U0401"'), 'line 17, values[1].kpi: expected a KPI id such as "N00945", got "U0401"'],
  ['kpi as a number', withChange('"kpi": "N00945"', '"kpi": 945'), 'line 7, values[0].kpi: expected a KPI id such as "N00945", got 945'],
  ['kpi as an object', withChange('"kpi": "N00945"', '"kpi": { "id": "N00945" }'), 'line 7, values[0].kpi: expected a KPI id such as "N00945", got an object'],
  ['municipality as a number', withChange('"municipality": "0182"', '"municipality": 182'), 'line 8, values[0].municipality: expected a four-digit municipality code such as "0182", got 182'],
  ['three-digit municipality', withChange('"municipality": "0000"', '"municipality": "000"'), 'line 18, values[1].municipality: expected a four-digit municipality code such as "0182", got "000"'],
  ['fractional period', withChange('"period": 2019', '"period": 2019.5'), 'line 9, values[0].period: expected a year such as 2019, got 2019.5'],
  ['period text that is no year', withChange('"period": "2020"', '"period": "år 2020"'), 'line 19, values[1].period: expected a year such as 2019, got "år 2020"'],
  ['value as a string', withChange('"value": 73.5', '"value": "73.5"'), 'line 11, values[0].values[0].value: expected a finite number or null, got "73.5"'],
  ['value too large to hold', withChange('"value": 73.5', '"value": 1e999'), 'line 11, values[0].values[0].value: expected a finite number or null, got a number too large to hold'],
  ['value as a boolean', withChange('"value": 71.9', '"value": true'), 'line 13, values[0].values[2].value: expected a finite number or null, got true'],
  ['value as an array', withChange('"value": 73.5', '"value": [73.5]'), 'line 11, values[0].values[0].value: expected a finite number or null, got an array'],
  ['count as a string', withChange('"count": 1, "gender": "K"', '"count": "1", "gender": "K"'), 'line 12, values[0].values[1].count: expected a finite number or null, got "1"'],
  ['status as a number', withChange('"status": "Uppgift saknas"', '"status": 0'), 'line 21, values[1].values[0].status: expected a string or null, got 0'],
  ['missing gender', withChange('{ "count": 1, "gender": "T", ', '{ "count": 1, '), 'line 11, values[0].values[0]: missing "gender"'],
  ['missing value', withChange(', "value": 71.9 }', ' }'), 'line 13, values[0].values[2]: missing "value"'],
  ['missing kpi', withChange('"kpi": "U00401",', '"kpi_id": "U00401",'), 'line 16, values[1]: missing "kpi"'],
  ['missing municipality', withChange('"municipality": "0182",', ''), 'line 6, values[0]: missing "municipality"'],
  ['missing period', withChange('"period": 2019,', ''), 'line 6, values[0]: missing "period"'],
  ['entry with no values', withChange('"period": "2020",\n      "values"', '"period": "2020",\n      "vals"'), 'line 16, values[1]: missing "values"'],
  ['file with no values', withChange('"values": [\n    {', '"data": [\n    {'), 'line 1, (root): missing "values"'],
  ['values as an object', '{"values": {}}', 'line 1, values: expected an array, got an object'],
  ['values as a string', '{"values": "none"}', 'line 1, values: expected an array, got "none"'],
  ['document as an array', '[]', 'line 1, (root): expected an object, got an array'],
  ['document as a string', '"values"', 'line 1, (root): expected an object, got "values"'],
  ['entry as a number', '{"values": [1]}', 'line 1, values[0]: expected an object, got 1'],
  ['entry as an array', '{"values": [{"kpi": "N00945", "municipality": "0182", "period": 2019, "values": []}, []]}', 'line 1, values[1]: expected an object, got an array'],
  ['entry values as an object', '{"values":[{"kpi":"N00945","municipality":"0182","period":2019,"values":{"gender":"T"}}]}', 'line 1, values[0].values: expected an array, got an object'],
  ['gender entry as a string', '{"values":[{"kpi":"N00945","municipality":"0182","period":2019,"values":["T"]}]}', 'line 1, values[0].values[0]: expected an object, got "T"'],
  ['a second values', '{"values": [],\n "values": []}', 'line 2, values: a second "values": the rows of the first were read already'],
  ['a long string value', withChange('"gender": "T"', `"gender": "${'T'.repeat(100)}"`), `line 11, values[0].values[0].gender: expected one of T, K, M, got "${'T'.repeat(56)}…`],
];

describe('readKoladaRows on files of the wrong shape', () => {
  it.each(shapeCases)('rejects %s with its line and path', async (_name, file, message) => {
    const error = await rejectionOf([file]);

    expect(error.message).toBe(message);
    expect(error.problem).toBe('shape');
    expect(`line ${error.line}, ${error.path || '(root)'}: ${error.detail}`).toBe(message);
  });

  it('rejects an entry with absurdly many gender entries instead of holding them all', async () => {
    const genders = Array.from({ length: 10_001 }, () => '{"gender":"T","value":1}').join(',');
    const file = `{"values":[{"kpi":"N00945","municipality":"0182","period":2019,"values":[${genders}]}]}`;

    const error = await rejectionOf([file]);

    expect(error.message).toBe('line 1, values[0].values[10000]: more than 10000 values in one entry');
  });

  it('gives the rows before the problem, then the error, so callers validate before writing', async () => {
    const file = withChange('"gender": "T", "status": "Uppgift saknas"', '"gender": "X", "status": "Uppgift saknas"');
    const secondEntry = file.indexOf('    {\n      "kpi": "U00401"');

    const seen: string[] = [];
    const reading = (async () => {
      const chunks = [file.slice(0, secondEntry), file.slice(secondEntry)];
      for await (const batch of readKoladaBatches(chunks, { batchSize: 1 })) seen.push(...batch.map((row) => row.gender));
    })();

    await expect(reading).rejects.toThrow('line 21, values[1].values[0].gender');
    expect(seen).toEqual(['T', 'K', 'M']);
  });
});
