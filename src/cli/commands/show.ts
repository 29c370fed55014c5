// `warta show CLAIM|DOC`: one claim with every source and its evidence sentence, or one document
// with what was extracted from it.
import type { Command } from 'commander';
import { openRepository } from '../../store/index.js';
import type { ClaimDetail, DocumentRecord } from '../../store/repository.js';
import { table } from '../table.js';

interface ShowOptions {
  db?: string;
  json?: boolean;
}

export function formatClaim(c: ClaimDetail): string {
  const head = [
    `claim ${c.id}${c.contested ? '  CONTESTED' : ''}`,
    `  ${c.proposition}`,
    `  sources ${c.sources} in ${c.documents} documents: ${c.positive} for, ${c.negative} against, ${c.neutral} no position`,
    `  seen ${c.firstSeen ?? '?'} … ${c.lastSeen ?? '?'}${c.dateStart ? `; event dated ${c.dateStart} … ${c.dateEnd}` : ''}`,
    '',
  ].join('\n');
  return (
    head +
    table(c.evidence, [
      { header: 'DOCUMENT', value: (e) => `${e.document}/${e.event}` },
      { header: 'PUBLISHED', value: (e) => e.published },
      {
        header: 'SOURCE',
        value: (e) =>
          e.source === 'author'
            ? 'author'
            : `${e.sourceName ?? e.source}${e.sourceCode ? ` (${e.sourceCode})` : ''}`,
        max: 30,
      },
      { header: 'FACT', value: (e) => e.factuality },
      { header: 'EVIDENCE', value: (e) => e.evidence, max: 100 },
    ])
  );
}

export function formatDocument(d: DocumentRecord): string {
  const a = d.analysis;
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '?');
  const out = [
    `document ${d.id}${d.title ? `: ${d.title}` : ''}`,
    `  source ${d.source}${d.url && d.url !== d.source ? `  url ${d.url}` : ''}`,
    `  lang ${d.lang}${d.extracted ? '' : ' (not extracted)'}  published ${d.published ?? '?'}  ingested ${d.ingestedAt}`,
    `  ${a.entities.length} entities, ${a.statements.length} statements, ${a.events.length} events`,
    '',
  ];
  if (a.entities.length)
    out.push(
      table(a.entities, [
        { header: 'ID', value: (e) => e.id },
        { header: 'ENTITY', value: (e) => e.name, max: 40 },
        { header: 'KIND', value: (e) => e.kind },
        { header: 'CODE', value: (e) => e.code },
        { header: 'MENTIONS', value: (e) => [...new Set(e.mentions.map((m) => m.text))].join(', '), max: 60 },
      ]),
    );
  if (a.statements.length)
    out.push(
      table(a.statements, [
        { header: 'ID', value: (s) => s.id },
        { header: 'SPEAKER', value: (s) => name(s.speaker), max: 30 },
        { header: 'CUE', value: (s) => s.cue.text, max: 14 },
        { header: 'CONTENT', value: (s) => s.content.text, max: 80 },
      ]),
    );
  if (a.events.length)
    out.push(
      table(a.events, [
        { header: 'ID', value: (v) => v.id },
        { header: 'EVENT', value: (v) => `${v.category}${v.mode.length ? ` (${v.mode.join(', ')})` : ''}` },
        { header: 'ACTOR', value: (v) => v.actor.map(name).join(', '), max: 24 },
        { header: 'RECIPIENT', value: (v) => v.recipient.map(name).join(', '), max: 24 },
        {
          header: 'SOURCES',
          value: (v) =>
            v.sources
              .map((s) => `${s.source === 'author' ? 'author' : name(s.source)} ${s.factuality}`)
              .join('; '),
          max: 50,
        },
      ]),
    );
  return out.join('\n');
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('Show one claim (with its sources and evidence) or one document (id or unique id prefix)')
    .argument('<id>', 'claim id (c…) or document id')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--json', 'print JSON (a claim record, or the stored Analysis)')
    .action(async (id: string, opts: ShowOptions) => {
      const repo = openRepository(opts.db);
      try {
        const claim = await repo.getClaim(id);
        if (claim) {
          if (opts.json) console.log(JSON.stringify(claim, null, 2));
          else process.stdout.write(formatClaim(claim));
          return;
        }
        const doc = await repo.getDocument(id);
        if (doc) {
          if (opts.json) console.log(JSON.stringify(doc.analysis, null, 2));
          else process.stdout.write(formatDocument(doc));
          return;
        }
        console.error(`warta show: no claim or document ${id}`);
        process.exitCode = 1;
      } finally {
        await repo.close();
      }
    });
}
