// The layering rules of DESIGN §3, enforced by @nx/enforce-module-boundaries.
// Kept in their own module so the boundary test can print them when it fails.

const serverOnlyPackages = ['@nestjs/*', 'pg', '@kurrent/*', '@electric-sql/*', 'express'];

export const depConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:ui',
      'type:util',
      'type:contracts',
      'type:domain',
      'type:application',
      'type:infrastructure',
      'type:port',
    ],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
  // Workspace tools (boundary tests, data generators, benchmarks) drive libraries from outside, like an app.
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: [
      'type:util',
      'type:contracts',
      'type:domain',
      'type:application',
      'type:infrastructure',
      'type:port',
    ],
  },
  {
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: ['type:application', 'type:domain', 'type:util', 'type:contracts', 'type:port'],
  },
  {
    sourceTag: 'type:infrastructure',
    onlyDependOnLibsWithTags: ['type:application', 'type:domain', 'type:port', 'type:util'],
  },
  { sourceTag: 'type:port', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    bannedExternalImports: [...serverOnlyPackages, 'vue', 'pinia', 'vue-router'],
  },
  // The SPA replays events with the pure domain, so features and data-access may use it.
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:contracts', 'type:domain'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:domain'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'scope:admin',
    notDependOnLibsWithTags: ['scope:server'],
    bannedExternalImports: serverOnlyPackages,
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];
