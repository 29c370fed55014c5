// A readable summary of one Analysis for the terminal: who said what, what happened, who disputes it.
import type { Analysis, Entity } from '../types.js';

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export function summarize(a: Analysis): string {
  const d = a.document;
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null) =>
    id === null ? '(unattributed)' : id === 'author' ? 'author' : (byId.get(id)?.name ?? id);
  const lines: string[] = [];
  lines.push(`▌ ${d.source}${d.input_id ? ` [${d.input_id}]` : ''}`);
  const meta = [
    `id ${d.id}`,
    `lang ${d.lang}`,
    d.published && `published ${d.published}`,
    d.byline && `byline ${d.byline}`,
    d.dateline && `dateline ${d.dateline}`,
  ].filter(Boolean);
  lines.push(`  ${meta.join(' · ')}`);
  if (d.title) lines.push(`  title: ${d.title}`);
  const kinds = new Map<string, number>();
  for (const r of d.repairs) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const repairs = [...kinds].map(([k, n]) => `${k} ×${n}`).join(', ');
  lines.push(
    `  ${d.sentences.length} sentences · ${d.text.length} characters · ${d.repairs.length} repairs${repairs ? ` (${repairs})` : ''}`,
  );

  if (a.entities.length) {
    lines.push(`  Entities (${a.entities.length})`);
    for (const e of a.entities) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].join(', ');
      const extra = [e.role && `role: ${e.role}`, e.affiliation && `of ${name(e.affiliation)}`]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `    ${e.name} · ${e.kind}${e.code ? ` · ${e.code}` : ''} — ${clip(forms, 70)}${extra ? ` (${clip(extra, 70)})` : ''}`,
      );
    }
  }
  if (a.statements.length) {
    lines.push(`  Statements (${a.statements.length})`);
    for (const s of a.statements) {
      const via = [
        s.channel && `via ${name(s.channel)}`,
        s.cited_by && `cited by ${name(s.cited_by)}`,
        s.date,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `    ${s.id} ${s.kind.padEnd(8)} ${name(s.speaker)} [${s.cue.text}${s.resolution && s.resolution !== 'explicit' ? `; ${s.resolution}` : ''}]${via ? ` (${via})` : ''}: “${clip(s.content.text, 80)}”`,
      );
    }
  }
  if (a.events.length) {
    lines.push(`  Events (${a.events.length})`);
    for (const v of a.events) {
      const who = (ids: string[]) => (ids.length ? ids.map(name).join(' + ') : '?');
      const mode = v.mode.length ? ` (${v.mode.join(', ')})` : '';
      const src = v.sources.map((s) => `${name(s.source)} ${s.factuality}`).join('; ');
      const about = v.about ? ` about ${v.about}` : '';
      lines.push(
        `    ${v.id} ${v.category}${mode} ${who(v.actor)} → ${who(v.recipient)}${v.object ? ` [${clip(v.object, 40)}]` : ''}${about} · ${src}`,
      );
    }
  }
  return `${lines.join('\n')}\n\n`;
}
