// Schema version 2: each event source carries its own evidence sentence (the sentence of the
// statement it rests on), so a claim shows the assertion and the denial, not the same event
// sentence twice. Rows written before this migration keep NULL and fall back to the event's evidence.
export const version = 2;
export const name = 'source-evidence';

export const sql = `
ALTER TABLE event_sources ADD COLUMN evidence TEXT;
`;
