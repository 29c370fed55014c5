// Running the app on node's http server, and stopping it cleanly: stop accepting, let requests in
// flight finish (bounded), then close idle keep-alive sockets and the database.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { SqliteRepository } from '../store/sqlite/repository.js';
import { type AppOptions, createApp } from './app.js';

export interface ServeOptions extends AppOptions {
  port?: number; // 0 picks a free port
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const GRACE_MS = 5000;

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shown}:${port}/`, port, close: () => stop(server, options.repo) });
    });
  });
}

async function stop(server: Server, repo: SqliteRepository): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), GRACE_MS);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
  await repo.close();
}
