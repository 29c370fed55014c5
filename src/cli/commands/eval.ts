import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type ConllSentence, parseConll } from '../../ner/conll.js';
import { evaluateNer, formatScores, loadNerModel, type NerScores, tagTokens } from '../../ner/index.js';

interface EvalNerOptions {
  conll: string;
  pred?: string;
  model?: string;
  json?: boolean;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as Error).message})`);
  }
}

const tagsOf = (s: ConllSentence) => s.rows.map((r) => r[r.length - 1]);

/**
 * Scores gold (last column of goldFile) against predictions: the last column of predFile when given
 * (same tokens, same sentence breaks), otherwise the tags the model predicts for the gold file's tokens.
 */
export function evalNerFiles(goldFile: string, predFile?: string, modelPath?: string): NerScores {
  const gold = parseConll(read(goldFile), goldFile, { minColumns: 2, tagColumn: true });
  let pred: string[][];
  if (predFile) {
    const p = parseConll(read(predFile), predFile, { minColumns: 2, tagColumn: true });
    if (p.length !== gold.length) {
      throw new Error(`${predFile}: ${p.length} sentences, but ${goldFile} has ${gold.length}`);
    }
    p.forEach((s, i) => {
      if (s.rows.length !== gold[i].rows.length) {
        throw new Error(
          `${predFile}:${s.lines[0]}: sentence has ${s.rows.length} tokens, gold has ${gold[i].rows.length}`,
        );
      }
    });
    pred = p.map(tagsOf);
  } else {
    const model = loadNerModel(modelPath);
    pred = gold.map((s) =>
      tagTokens(
        model,
        s.rows.map((r) => r[0]),
      ),
    );
  }
  return evaluateNer(gold.map(tagsOf), pred);
}

export function registerEval(program: Command): void {
  const ev = program.command('eval').description('Evaluate a component against gold data');
  ev.command('ner')
    .description('Entity-level precision/recall/F1 (conlleval-compatible); gold = last column of --conll')
    .requiredOption('--conll <file>', 'gold CoNLL file (token … TAG)')
    .option(
      '--pred <file>',
      'score this CoNLL file (last column = predicted tag) instead of running the model',
    )
    .option('--model <file>', 'NER model file (default: the shipped model)')
    .option('--json', 'print the scores as JSON')
    .action((opts: EvalNerOptions) => {
      const scores = evalNerFiles(opts.conll, opts.pred, opts.model);
      console.log(opts.json ? JSON.stringify(scores, null, 2) : formatScores(scores));
    });
}
