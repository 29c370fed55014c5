// Earlier commits' pipelines, each checked out once in a temporary git worktree (node_modules linked in),
// for scoring data on the system that first saw it (eval:clean, eval:blind). close() removes them all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/lang/paths.js';
import type { Analysis, RawArticle } from '../src/types.js';

export type Analyze = (raw: RawArticle) => Analysis;

export function pastSystems(prefix: string): { analyzeAt(commit: string): Promise<Analyze>; close(): void } {
  const root = packageRoot();
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { stdio: 'pipe' });
  let tmp: string | null = null;
  const loaded = new Map<string, Analyze>();
  return {
    async analyzeAt(commit) {
      const hit = loaded.get(commit);
      if (hit) return hit;
      tmp ??= mkdtempSync(join(tmpdir(), prefix));
      const wt = join(tmp, commit);
      git('worktree', 'add', '--detach', wt, commit);
      symlinkSync(join(root, 'node_modules'), join(wt, 'node_modules'));
      const { analyze } = (await import(pathToFileURL(join(wt, 'src', 'pipeline.ts')).href)) as {
        analyze: Analyze;
      };
      loaded.set(commit, analyze);
      return analyze;
    },
    close() {
      if (!tmp) return;
      for (const commit of loaded.keys()) git('worktree', 'remove', '--force', join(tmp, commit));
      rmSync(tmp, { recursive: true, force: true });
      tmp = null;
    },
  };
}
