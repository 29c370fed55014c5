// Schema version 1: documents, global actors + per-document entities, mentions, statements,
// events (+ their actors and per-source factuality), claims (+ sources, actors), FTS5 indexes.
// Rows owned by a document cascade from it, so replacing an article is one DELETE + inserts.
// FTS tables are contentless: they index the stemmed form of the text (src/store/terms.ts),
// which is not the text users read, so the readable text stays in the base tables.
export const version = 1;
export const name = 'initial';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export const sql = `
CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT,
  input_id TEXT,
  origin_key TEXT,
  raw_hash TEXT,
  lang TEXT NOT NULL,
  published TEXT,
  byline TEXT,
  dateline TEXT,
  title TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  extracted INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  seen TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_origin ON documents(origin_key) WHERE origin_key IS NOT NULL;
CREATE INDEX documents_raw_hash ON documents(raw_hash) WHERE raw_hash IS NOT NULL;

CREATE TABLE actors (
  pk INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  code TEXT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE INDEX actors_code ON actors(code);

CREATE TABLE entities (
  pk INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(pk),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT,
  role TEXT,
  affiliation TEXT,
  UNIQUE (doc, local_id)
);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
  entity INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE statements (
  pk INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_actor INTEGER REFERENCES actors(pk),
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content_text TEXT NOT NULL,
  resolution TEXT,
  channel TEXT,
  cited_by TEXT,
  date TEXT,
  sentence INTEGER,
  UNIQUE (doc, local_id)
);
CREATE INDEX statements_speaker_actor ON statements(speaker_actor);

CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  category TEXT NOT NULL,
  mode TEXT NOT NULL,
  context TEXT NOT NULL,
  object TEXT,
  date TEXT,
  about TEXT,
  trigger_text TEXT,
  evidence TEXT NOT NULL,
  evidence_text TEXT NOT NULL,
  why TEXT NOT NULL,
  group_key TEXT NOT NULL,
  claim TEXT,
  UNIQUE (doc, local_id)
);
CREATE INDEX events_group ON events(group_key);
CREATE INDEX events_claim ON events(claim);

CREATE TABLE event_actors (
  event INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
  role TEXT NOT NULL,
  position INTEGER NOT NULL,
  entity TEXT NOT NULL,
  actor INTEGER REFERENCES actors(pk)
);
CREATE INDEX event_actors_event ON event_actors(event);
CREATE INDEX event_actors_actor ON event_actors(actor);

CREATE TABLE event_sources (
  pk INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  actor INTEGER REFERENCES actors(pk),
  factuality TEXT NOT NULL,
  sign INTEGER NOT NULL,
  statement TEXT
);
CREATE INDEX event_sources_event ON event_sources(event);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  group_key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  category TEXT NOT NULL,
  shape TEXT NOT NULL,
  mode TEXT NOT NULL,
  object TEXT,
  date_start TEXT,
  date_end TEXT,
  first_seen TEXT,
  last_seen TEXT,
  sources INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  positive INTEGER NOT NULL DEFAULT 0,
  negative INTEGER NOT NULL DEFAULT 0,
  neutral INTEGER NOT NULL DEFAULT 0,
  contested INTEGER NOT NULL DEFAULT 0,
  proposition TEXT NOT NULL
);
CREATE INDEX claims_group ON claims(group_key, seq);
CREATE INDEX claims_category ON claims(category, last_seen);
CREATE INDEX claims_last_seen ON claims(last_seen);
CREATE INDEX claims_contested ON claims(contested, last_seen);

CREATE TABLE claim_sources (
  claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  event_source INTEGER NOT NULL REFERENCES event_sources(pk) ON DELETE CASCADE,
  PRIMARY KEY (claim, event_source)
) WITHOUT ROWID;
CREATE INDEX claim_sources_event_source ON claim_sources(event_source);

CREATE TABLE claim_actors (
  claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  position INTEGER NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors(pk),
  PRIMARY KEY (claim, role, position)
) WITHOUT ROWID;
CREATE INDEX claim_actors_actor ON claim_actors(actor);

CREATE VIRTUAL TABLE fts_documents USING fts5(title, body, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE VIRTUAL TABLE fts_statements USING fts5(content, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE VIRTUAL TABLE fts_entities USING fts5(names, content = '', contentless_delete = 1, ${TOKENIZE});
`;
