import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@goaltrail/event-store-port';
import { foldCommittee, IndexedPlanFold, streamIds } from '@goaltrail/goals-domain';
import { focusAreaSlug, importChangesOf, parseGoalDocument, type GoalDocumentPreview } from '@goaltrail/importer';
import { readOnlyRoles, type Actor, type CommandOptions } from '../shared/actor';
import { ReadOnlyRoleError } from '../shared/application-errors';
import { EVENT_STORE_PORT } from '../shared/goals-application.tokens';
import { CommandExecutor } from '../write/command-executor';
import { readWholeStream } from '../write/read-whole-stream';
import type { ImportGoalDocumentInput, ImportResult } from './import-goal-document.command';
import { ImportRejectedError } from './import-errors';
import { importedBefore, importSourceOf, sourceExtra } from './import-source';
import { planImportActions } from './plan-import-actions';
import { decideAll } from '../write/folded-streams';

/** The file name recorded for text pasted without one. */
export const pastedTextName = 'inklistrad text';

/**
 * The import use case: parse → load what the store holds → plan the commands → rehearse them all
 * → append each stream's events in one append through the executor, each event back-dated to the plan year and
 * carrying its source document in `metadata.extra.source`.
 */
@Injectable()
export class GoalDocumentImporter {
  constructor(
    @Inject(EVENT_STORE_PORT) private readonly store: EventStore,
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
  ) {}

  async import(input: ImportGoalDocumentInput, actor: Actor, options: CommandOptions = {}): Promise<ImportResult> {
    // A no-op commit must not become a way round the read-only fence.
    if (!input.dryRun && readOnlyRoles.includes(actor.role)) throw new ReadOnlyRoleError(actor.username, actor.role);
    // Only whitespace? Asked without normalising the whole text: that alone took 0.1 s for 5 MB.
    if (!/\S/u.test(input.text)) throw new ImportRejectedError('the document is empty');
    const fileName = input.fileName ?? pastedTextName;
    const preview = parseGoalDocument(input.text, {
      fileName,
      ...(input.committeeId === undefined ? {} : { committee: input.committeeId }),
      ...(input.year === undefined ? {} : { year: input.year }),
    });
    const { committeeId, year } = targetOf(preview, input);
    const source = importSourceOf(input.text, fileName);
    const committeeStream = await readWholeStream(this.store, streamIds.committee(committeeId));
    const planStream = await readWholeStream(this.store, streamIds.plan(committeeId, year));
    const base = { dryRun: input.dryRun, committeeId, year, fileName, sha256: source.sha256, preview };
    const none = { eventsWritten: 0, position: null };
    if (importedBefore(planStream, source.sha256)) return { ...base, ...none, unchanged: true, actions: [], changes: importChangesOf([]), problems: [] };
    const { actions, problems } = planImportActions(preview, {
      committeeId,
      year,
      fileName,
      committee: foldCommittee(committeeStream),
      // Indexed, so matching each document goal to the goal it revises costs the same for any plan size.
      plan: new IndexedPlanFold(planStream).state,
      newGoalId: randomUUID,
    });
    const loaded = new Map([
      [streamIds.committee(committeeId), committeeStream],
      [streamIds.plan(committeeId, year), planStream],
    ]);
    const unchanged = actions.length === 0;
    const changes = importChangesOf(actions);
    if (input.dryRun || unchanged) {
      // A dry run reports the first broken rule as a commit would; a commit decides in executeAll.
      decideAll(actions, loaded);
      return { ...base, ...none, unchanged, actions, changes, problems };
    }
    const envelope: CommandOptions = {
      reason: `Import av källdokumentet ${fileName}`,
      ...options,
      correlationId: options.correlationId ?? randomUUID(),
      effectiveAt: `${year}-01-01`,
      extra: sourceExtra(source),
    };
    // Decided in full before anything is written, then one append per stream: the import is written
    // whole or not at all, against the very streams it was planned from.
    const outcomes = await this.executor.executeAll(actions, actor, envelope, loaded);
    const eventsWritten = outcomes.reduce((sum, outcome) => sum + outcome.events.length, 0);
    const position = outcomes.at(-1)?.position ?? null;
    return { ...base, unchanged, actions, changes, problems, eventsWritten, position };
  }
}

/** The committee and year: the caller's, else the document's; an import never invents either. */
function targetOf(preview: GoalDocumentPreview, input: ImportGoalDocumentInput): { committeeId: string; year: number } {
  const committeeId = input.committeeId ?? (preview.committee === null ? null : focusAreaSlug(preview.committee));
  if (!committeeId) throw new ImportRejectedError('no committee is named: give one (committeeId / --committee)', warnedLine(preview, /committee/i));
  const year = preview.year;
  if (year === null) throw new ImportRejectedError('no year is named: give one (year / --year)', warnedLine(preview, /year/i));
  return { committeeId, year };
}

/** The line of the importer's own warning about the missing value (e.g. several years in a title), if it names one. */
function warnedLine(preview: GoalDocumentPreview, about: RegExp): number | null {
  return preview.warnings.find((warning) => warning.line !== null && about.test(warning.message))?.line ?? null;
}
