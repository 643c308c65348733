import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The shapes apps/admin-e2e's budget specs write to tmp/bench/; checked on reading, so a spec that
// changes what it writes fails here rather than printing a table of blanks.

const measuredOn = { measuredAt: z.string(), machine: z.string(), chromium: z.string(), loadAverage: z.number() };

const initialJsSchema = z.object({
  ...measuredOn,
  budgetBytes: z.number(),
  totalGzipBytes: z.number(),
  totalBytes: z.number(),
  totalTransferredBytes: z.number(),
  encodings: z.array(z.string()),
  scripts: z.array(
    z.object({ path: z.string(), stage: z.string(), encoding: z.string(), bytes: z.number(), transferredBytes: z.number(), gzipBytes: z.number(), inEntry: z.boolean() }),
  ),
  lazyCharts: z.array(z.object({ path: z.string(), gzipBytes: z.number() })),
  met: z.boolean(),
});

const viewSchema = z.object({
  runs: z.array(z.object({ wallMs: z.number(), seenMs: z.number(), interactiveMs: z.number(), documentMs: z.number() })),
  medianSeenMs: z.number(),
  medianInteractiveMs: z.number(),
  maxInteractiveMs: z.number(),
  medianWallMs: z.number(),
  maxWallMs: z.number(),
  medianDocumentMs: z.number(),
});

const firstViewSchema = z.object({
  ...measuredOn,
  budgetMs: z.number(),
  runs: z.number(),
  signIn: viewSchema,
  planList: viewSchema,
  staticFile: viewSchema,
  met: z.boolean(),
});

/** What initial-js-budget.e2e.spec.ts measured. */
export type InitialJs = z.infer<typeof initialJsSchema>;
/** What first-view-budget.e2e.spec.ts measured. */
export type FirstView = z.infer<typeof firstViewSchema>;
/** One view's cold loads and their summary. */
export type ViewTimes = z.infer<typeof viewSchema>;

/** Reads both result files; says which spec to run when one is missing. */
export function readLoadResults(dir = 'tmp/bench'): { initialJs: InitialJs; firstView: FirstView } {
  const read = (name: string, spec: string) => {
    try {
      return JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')) as unknown;
    } catch (error) {
      throw new Error(`${dir}/${name}.json is not readable (${(error as Error).message}); run apps/admin-e2e/src/${spec} first`);
    }
  };
  return {
    initialJs: initialJsSchema.parse(read('initial-js', 'initial-js-budget.e2e.spec.ts')),
    firstView: firstViewSchema.parse(read('first-view', 'first-view-budget.e2e.spec.ts')),
  };
}
