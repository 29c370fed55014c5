// A claim in plain words, from per-language templates ("prop.AID": "{actor} supplies[ {object}][ to
// {recipient}]"). A bracketed part is dropped when a placeholder inside it is empty, so one template
// serves claims with and without an object or recipient. Pure: strings in, string out.
import { format, type Strings } from '../i18n/index.js';

export interface PropositionInput {
  category: string;
  mode: string[];
  actors: { name: string; code: string | null }[];
  recipients: { name: string; code: string | null }[];
  object: string | null;
  via?: string[];
}

function names(list: { name: string; code: string | null }[], and: string): string {
  return list
    .map((a) => a.name || a.code || '')
    .filter(Boolean)
    .join(and);
}

/** Expands a template: {x} from vars, [..] kept only when every placeholder inside is non-empty. */
export function fill(template: string, vars: Record<string, string>): string {
  const optional = template.replace(/\[([^\]]*)\]/g, (_m, part: string) => {
    const keys = [...part.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return keys.every((k) => (vars[k] ?? '').trim() !== '') ? part : '';
  });
  return optional.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? '');
}

export function proposition(strings: Strings, claim: PropositionInput): string {
  const and = strings['prop.and'] ?? ' & ';
  const vars = {
    actor: names(claim.actors, and) || strings['prop.someone'] || '?',
    recipient: names(claim.recipients, and),
    object: claim.object ?? '',
    category: claim.category,
  };
  // A mode-specific template wins (COERCE.arrest), then the category's, then the generic one.
  const key =
    claim.mode.map((m) => `prop.${claim.category}.${m}`).find((k) => k in strings) ??
    (`prop.${claim.category}` in strings ? `prop.${claim.category}` : 'prop.other');
  let text = fill(strings[key], vars);
  const via = (claim.via ?? []).filter(Boolean);
  if (via.length) text += ` (${format(strings, 'prop.via', { places: via.join(', ') })})`;
  if (claim.mode.includes('future')) text += ` ${strings['prop.future'] ?? ''}`;
  return text.replace(/\s+/g, ' ').trim();
}
