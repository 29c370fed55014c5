// GET /api/export: the database as a download, streamed (any size) over its own read-only
// connection, because better-sqlite3 cannot run other queries on a connection while an export's
// cursor is open on it, and the server keeps answering while the export streams.
import { type ExportFormat, exportLines } from '../store/export.js';
import { SqliteRepository } from '../store/sqlite/repository.js';

export const EXPORT_TYPES: Record<ExportFormat, { type: string; file: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'warta.jsonl' },
  csv: { type: 'text/csv; charset=utf-8; header=present', file: 'warta.csv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', file: 'warta-plover.jsonl' },
};

const CHUNK = 64 * 1024; // lines are small: send them in chunks of about this many characters

/** A byte stream of the export; the connection closes when the stream ends or the client leaves. */
export function exportStream(dbPath: string, format: ExportFormat): ReadableStream<Uint8Array> {
  const repo = new SqliteRepository(dbPath);
  repo.db.pragma('query_only = ON');
  const lines = exportLines(repo, format);
  const encoder = new TextEncoder();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await lines.return(undefined);
    await repo.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let buf = '';
        while (buf.length < CHUNK) {
          const next = await lines.next();
          if (next.done) {
            if (buf) controller.enqueue(encoder.encode(buf));
            controller.close();
            await close();
            return;
          }
          buf += next.value;
        }
        controller.enqueue(encoder.encode(buf));
      } catch (err) {
        await close();
        controller.error(err);
      }
    },
    async cancel() {
      await close();
    },
  });
}
