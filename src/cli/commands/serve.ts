// `warta serve`: the JSON API and the web UI over one database. Read-only unless an ingest token is
// configured; binds to loopback unless told otherwise.
import type { Command } from 'commander';
import { startServer } from '../../api/server.js';
import { defaultDbPath, openRepository } from '../../store/index.js';

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  ingestToken?: string;
  web?: string;
  quiet?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the ledger over HTTP: JSON API under /api, OpenAPI at /openapi.json, web UI at /')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to bind (0.0.0.0 exposes the server to the network)', '127.0.0.1')
    .option(
      '--ingest-token <token>',
      'enable POST /api/ingest for this bearer token (or $WARTA_INGEST_TOKEN)',
    )
    .option('--web <dir>', 'folder of the built web UI (default: dist/web)')
    .option('--quiet', 'no access log')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        throw new Error(`--port must be 0–65535, not ${opts.port}`);
      const token = opts.ingestToken || process.env.WARTA_INGEST_TOKEN || null;
      const repo = openRepository(opts.db);
      const server = await startServer({
        repo,
        port,
        host: opts.host,
        ingestToken: token,
        webRoot: opts.web,
        log: opts.quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`),
      });
      console.log(`warta: serving ${defaultDbPath(opts.db)} at ${server.url}`);
      console.log(
        token
          ? 'warta: POST /api/ingest enabled (bearer token)'
          : 'warta: read-only (no ingest token configured)',
      );
      if (!['127.0.0.1', 'localhost', '::1'].includes(opts.host)) {
        console.log(`warta: listening on ${opts.host}: reachable from other machines`);
      }
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`warta: ${signal}, stopping`);
        server.close().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(`warta: ${err instanceof Error ? err.message : String(err)}`);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
