import { lockKeys } from './schema-name';

/** One step of the store's schema; its SQL must be safe to run twice. */
export interface Migration {
  version: number;
  name: string;
  sql(schema: string): string;
}

/**
 * v1: streams, events and the append function.
 *
 * Appends take a per-schema advisory lock for the length of their transaction. The hash chain
 * needs a total order anyway, and with appends serialised a global position is only handed out
 * after every earlier append has committed, so a reader paging `$all` by position can never
 * skip an event that commits late. One function call per append keeps it to one round trip.
 */
const eventsTables: Migration = {
  version: 1,
  name: 'streams, events and gt_append',
  sql: (s) => `
CREATE TABLE IF NOT EXISTS ${s}.streams (
  stream_id text PRIMARY KEY,
  revision bigint NOT NULL
);
CREATE SEQUENCE IF NOT EXISTS ${s}.events_position_seq;
CREATE TABLE IF NOT EXISTS ${s}.events (
  global_position bigint PRIMARY KEY,
  stream_id text NOT NULL,
  stream_revision bigint NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  schema_version integer NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  CONSTRAINT events_stream_revision_key UNIQUE (stream_id, stream_revision),
  CONSTRAINT events_stream_event_id_key UNIQUE (stream_id, event_id)
);
${appendFunction(s)}
`,
};

function appendFunction(s: string): string {
  const { append } = lockKeys(s);
  return `
CREATE OR REPLACE FUNCTION ${s}.gt_append(p_stream text, p_expected text, p_events jsonb)
RETURNS TABLE (next_revision bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_current bigint;
  v_count integer := jsonb_array_length(p_events);
  v_found integer;
  v_prev bytea;
  v_rev bigint;
  v_pos bigint;
  v_event jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(${append});
  SELECT revision INTO v_current FROM ${s}.streams WHERE stream_id = p_stream;

  -- A retried append whose events are already in the stream succeeds without writing again.
  SELECT count(*), max(e.stream_revision), max(e.global_position) INTO v_found, v_rev, v_pos
    FROM ${s}.events e
   WHERE e.stream_id = p_stream
     AND e.event_id IN (SELECT (x->>'id')::uuid FROM jsonb_array_elements(p_events) x);
  IF v_found = v_count THEN
    RETURN QUERY SELECT v_rev, v_pos;
    RETURN;
  ELSIF v_found > 0 THEN
    RAISE EXCEPTION 'some of these events are already in stream %', p_stream
      USING ERRCODE = 'GT422', DETAIL = v_found::text;
  END IF;

  IF (p_expected = 'no_stream' AND v_current IS NOT NULL)
     OR (p_expected = 'stream_exists' AND v_current IS NULL)
     OR (p_expected ~ '^[0-9]+$' AND v_current IS DISTINCT FROM p_expected::bigint) THEN
    RAISE EXCEPTION 'wrong expected revision for stream %', p_stream
      USING ERRCODE = 'GT409', DETAIL = coalesce(v_current::text, 'no_stream');
  END IF;

  SELECT e.hash INTO v_prev FROM ${s}.events e ORDER BY e.global_position DESC LIMIT 1;
  v_prev := coalesce(v_prev, '\\x${'00'.repeat(32)}'::bytea);
  v_rev := coalesce(v_current, -1);
  FOR v_event IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    v_rev := v_rev + 1;
    v_pos := nextval('${s}.events_position_seq');
    INSERT INTO ${s}.events (global_position, stream_id, stream_revision, event_id, type, schema_version,
                             data, metadata, prev_hash, hash)
    VALUES (v_pos, p_stream, v_rev, (v_event->>'id')::uuid, v_event->>'type', (v_event->>'schemaVersion')::integer,
            v_event->'data', v_event->'metadata', v_prev,
            sha256(v_prev || int8send(v_rev) || decode(v_event->>'digest', 'hex')))
    RETURNING hash INTO v_prev;
  END LOOP;

  INSERT INTO ${s}.streams (stream_id, revision) VALUES (p_stream, v_rev)
    ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision;
  RETURN QUERY SELECT v_rev, v_pos;
END
$fn$;`;
}

/** Every migration, oldest first. Never edit a released one: add the next version. */
export const migrations: readonly Migration[] = [eventsTables];
