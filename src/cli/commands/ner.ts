import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ConllError, parseConll } from '../../ner/conll.js';
import { loadNerModel, tagTokens } from '../../ner/index.js';

interface NerOptions {
  conll: string;
  out?: string;
  model?: string;
}

/** Tags a CoNLL file: each token line gets the predicted IOB2 tag appended as a new last column. */
export function tagConllText(text: string, file: string, modelPath?: string): string {
  const sentences = parseConll(text, file, { minColumns: 1 });
  const model = loadNerModel(modelPath);
  const tags = sentences.map((s) =>
    tagTokens(
      model,
      s.rows.map((r) => r[0]),
    ),
  );
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const out: string[] = [];
  sentences.forEach((s, si) => {
    s.rows.forEach((r, ti) => {
      out.push(`${r.join(' ')} ${tags[si][ti]}`);
    });
    out.push('');
  });
  return out.join(eol);
}

export function registerNer(program: Command): void {
  program
    .command('ner')
    .description(
      'Tag a CoNLL file (token [columns…] per line, blank line between sentences) with PER/ORG/LOC IOB2 tags',
    )
    .requiredOption('--conll <file>', 'input CoNLL file (CRLF accepted)')
    .option('--out <file>', 'write here instead of stdout')
    .option('--model <file>', 'NER model file (default: the shipped models/ner-id.json.gz)')
    .action((opts: NerOptions) => {
      let text: string;
      try {
        text = readFileSync(opts.conll, 'utf8');
      } catch (e) {
        throw new Error(`${opts.conll}: cannot read (${(e as Error).message})`);
      }
      try {
        const out = tagConllText(text, opts.conll, opts.model);
        if (opts.out) writeFileSync(opts.out, out);
        else process.stdout.write(out);
      } catch (e) {
        if (e instanceof ConllError) throw new Error(e.message);
        throw e;
      }
    });
}
