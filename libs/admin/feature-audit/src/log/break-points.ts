// Stream ids and event types are long single words; the table lets them wrap only where a reader
// would split them (after a hyphen, before a capital), never in the middle of a name.

/** `plan-socialnamnden-2005` → `plan-`, `socialnamnden-`, `2005`. */
export function streamParts(streamId: string): string[] {
  return streamId.split(/(?<=-)/);
}

/** `IndicatorLinkedToGoal` → `Indicator`, `Linked`, `To`, `Goal`. */
export function typeParts(type: string): string[] {
  return type.split(/(?=[A-Z])/);
}
