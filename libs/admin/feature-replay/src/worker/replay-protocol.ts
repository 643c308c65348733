import type { LoggedEvent } from '@goaltrail/admin-data-access/event-log';
import type { Problem } from '@goaltrail/admin-util';
import type { ReplayFrame, ReplaySummary } from '../engine/replay-types';

/** What the view asks of the replay worker. */
export type ReplayRequest =
  /** Read the whole log (pages of `pageSize`) and fold it. */
  | { readonly type: 'load'; readonly pageSize?: number }
  /** Fold events that arrived later (the live feed). */
  | { readonly type: 'append'; readonly events: readonly LoggedEvent[] }
  /** What to show at step `index`; `planStreamId` null: the plan the step changed. */
  | { readonly type: 'frame'; readonly requestId: number; readonly index: number; readonly planStreamId: string | null };

/** What the replay worker answers. */
export type ReplayResponse =
  /** After each page: how many events were read and folded so far. */
  | { readonly type: 'progress'; readonly read: number; readonly lastPosition: string | null }
  | { readonly type: 'loaded'; readonly summary: ReplaySummary; readonly loadMs: number }
  | { readonly type: 'appended'; readonly summary: ReplaySummary }
  | { readonly type: 'frame'; readonly requestId: number; readonly frame: ReplayFrame | null }
  | { readonly type: 'failed'; readonly problem: Problem };
