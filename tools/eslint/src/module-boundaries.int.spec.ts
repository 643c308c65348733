import { createProjectGraphAsync, workspaceRoot } from '@nx/devkit';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { depConstraints } from '../module-boundaries.mjs';

// Lints small fixtures as if they were files inside real projects, through the workspace's own
// ESLint config, so these tests fail if the tag rules or their wiring in eslint.config.mjs weaken.
const rule = '@nx/enforce-module-boundaries';

/** Boundary messages `eslint` reports for `code` placed at `filePath` (workspace-relative). */
async function boundaryErrors(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  return messages.filter((message) => message.ruleId === rule).map((message) => message.message);
}

const fixture = (from: string, name: string) =>
  `import ${name} from '${from}';\nexport const marker = ${name};\n`;

beforeAll(async () => {
  // The rule reads Nx's cached project graph and silently skips itself when there is none;
  // building the graph first makes the rejections below real on a fresh checkout too.
  await createProjectGraphAsync({ exitOnError: false });
});

describe('module boundaries with the workspace ESLint config', () => {
  const eslint = new ESLint({ cwd: workspaceRoot });

  // The rule reports the first constraint an import breaks, in the order of module-boundaries.mjs.
  it.each([
    {
      case: 'the domain importing NestJS',
      filePath: 'libs/goals/domain/src/boundary-fixture.ts',
      code: fixture('@nestjs/common', '{ Injectable }'),
      expected: /tagged with "type:domain" is not allowed to import "@nestjs\/common"/,
    },
    {
      case: 'the domain importing the event-store port',
      filePath: 'libs/goals/domain/src/boundary-fixture.ts',
      code: fixture('@goaltrail/event-store-port', '{ canonicalJson }'),
      expected: /tagged with "type:domain" can only depend on libs tagged with "type:domain", "type:util"/,
    },
    {
      // admin-ui, not admin-data-access: that one imports contracts, so the rule reports the cycle first.
      case: 'shared contracts importing an admin library',
      filePath: 'libs/contracts/src/boundary-fixture.ts',
      code: fixture('@goaltrail/admin-ui', '{ ErrorAlert }'),
      expected: /tagged with "type:contracts" can only depend on libs tagged with "type:domain", "type:util"/,
    },
    {
      case: 'an admin library importing pg',
      filePath: 'libs/admin/data-access/src/boundary-fixture.ts',
      code: fixture('pg', 'pg'),
      expected: /tagged with "scope:admin" is not allowed to import "pg"/,
    },
    {
      case: 'an admin feature importing the server-side event store',
      filePath: 'libs/admin/feature-home/src/boundary-fixture.ts',
      code: fixture('@goaltrail/event-store', '{ createEventStore }'),
      expected: /tagged with "type:feature" can only depend on libs tagged with/,
    },
  ])('rejects $case', async ({ filePath, code, expected }) => {
    const errors = await boundaryErrors(eslint, filePath, code);
    expect(errors.some((message) => expected.test(message)), errors.join('\n')).toBe(true);
  });

  it('accepts an admin feature importing admin data-access', async () => {
    const code = fixture('@goaltrail/admin-data-access', '{ useSystemStore }');
    expect(await boundaryErrors(eslint, 'libs/admin/feature-home/src/boundary-fixture.ts', code)).toEqual([]);
  });

  it('accepts the domain importing a pure package and its own files', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { goalKinds } from './vocabulary/goal-kind';",
      'export const marker = [z, goalKinds];',
    ].join('\n');
    expect(await boundaryErrors(eslint, 'libs/goals/domain/src/boundary-fixture.ts', code)).toEqual([]);
  });
});

// The scope rules are a second fence behind the type rules; with the type rules removed they must still hold.
describe('scope rules on their own', () => {
  const scopeOnly = depConstraints.filter((constraint) => constraint.sourceTag.startsWith('scope:'));
  const eslint = new ESLint({
    cwd: workspaceRoot,
    overrideConfig: { files: ['**/*.ts'], rules: { [rule]: ['error', { depConstraints: scopeOnly }] } },
  });

  it('keeps scope:shared away from scope:admin', async () => {
    const code = fixture('@goaltrail/admin-ui', '{ ErrorAlert }');
    const errors = await boundaryErrors(eslint, 'libs/contracts/src/boundary-fixture.ts', code);
    expect(errors).toEqual([
      expect.stringMatching(/tagged with "scope:shared" can only depend on libs tagged with "scope:shared"/),
    ]);
  });

  it('keeps scope:admin away from scope:server', async () => {
    const code = fixture('@goaltrail/event-store', '{ createEventStore }');
    const errors = await boundaryErrors(eslint, 'libs/admin/feature-home/src/boundary-fixture.ts', code);
    expect(errors).toEqual([
      expect.stringMatching(/tagged with "scope:admin" can not depend on libs tagged with "scope:server"/),
    ]);
  });

  it('lets an admin feature use admin data-access', async () => {
    const code = fixture('@goaltrail/admin-data-access', '{ useSystemStore }');
    expect(await boundaryErrors(eslint, 'libs/admin/feature-home/src/boundary-fixture.ts', code)).toEqual([]);
  });
});
