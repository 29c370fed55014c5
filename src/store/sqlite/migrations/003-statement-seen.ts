// Schema version 3: statements carry their document's `seen` date, indexed alone and with the
// speaker, so "newest statements (by this speaker)" reads an index instead of sorting a join.
export const version = 3;
export const name = 'statement-seen';

export const sql = `
ALTER TABLE statements ADD COLUMN seen TEXT;
UPDATE statements SET seen = (SELECT seen FROM documents WHERE documents.pk = statements.doc);
CREATE INDEX statements_seen ON statements(seen, pk);
CREATE INDEX statements_speaker_seen ON statements(speaker_actor, seen, pk);
DROP INDEX statements_speaker_actor;
`;
