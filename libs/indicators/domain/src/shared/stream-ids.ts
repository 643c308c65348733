const prefix = 'indicator-';

/** The stream of one indicator: `indicator-<indicatorId>`. */
export function indicatorStreamId(indicatorId: string): string {
  return `${prefix}${indicatorId}`;
}

export function isIndicatorStream(streamId: string): boolean {
  return streamId.startsWith(prefix);
}

/**
 * The indicator id of an `indicator-<id>` stream, or null for another stream. Only IndicatorDefined
 * carries the id in its data (the rest would repeat it a million times on a big import), so
 * projections reading `$all` take it from the stream name.
 */
export function indicatorIdOfStream(streamId: string): string | null {
  return isIndicatorStream(streamId) ? streamId.slice(prefix.length) : null;
}
