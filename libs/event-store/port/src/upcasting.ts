import type { JsonObject } from './event';

/** Upgrades the data of one event type from `fromVersion` to `fromVersion + 1`. Must be pure. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: JsonObject): JsonObject;
}

/** Upcasters indexed by type and version; stored events are never rewritten, only read through these. */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();
  /** Types with at least one upcaster: reading any other event skips the lookup entirely. */
  private readonly types = new Set<string>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      this.types.add(upcaster.type);
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`Two upcasters for ${upcaster.type} version ${upcaster.fromVersion}`);
      this.byKey.set(key, upcaster);
    }
  }

  /** Applies every upcaster in turn until none matches; returns the final version and data. */
  apply(type: string, schemaVersion: number, data: JsonObject): { schemaVersion: number; data: JsonObject } {
    if (!this.types.has(type)) return { schemaVersion, data };
    let version = schemaVersion;
    let current = data;
    for (let upcaster = this.byKey.get(`${type}@${version}`); upcaster; upcaster = this.byKey.get(`${type}@${version}`)) {
      current = upcaster.upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
