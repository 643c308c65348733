/** One @nx/enforce-module-boundaries constraint, as the workspace writes them. */
export interface DepConstraint {
  sourceTag: string;
  onlyDependOnLibsWithTags?: string[];
  notDependOnLibsWithTags?: string[];
  bannedExternalImports?: string[];
}

/** The workspace's tag rules (DESIGN §3), in the order the lint rule checks them. */
export declare const depConstraints: DepConstraint[];
