// A claim in plain words: "North Korea AID (military) Russia: peluru artileri".
// Shared by the CLI, the API and the web UI, so it depends on nothing but plain data.

export interface DescribableClaim {
  category: string;
  mode: string[];
  actors: { name: string; code: string | null }[];
  recipients: { name: string; code: string | null }[];
  object: string | null;
}

function names(list: { name: string; code: string | null }[]): string {
  if (list.length === 0) return '?';
  return list.map((a) => a.name || a.code || '?').join(' & ');
}

export function describeClaim(c: DescribableClaim): string {
  const mode = c.mode.length ? ` (${c.mode.join(', ')})` : '';
  const recipient = c.recipients.length ? ` ${names(c.recipients)}` : '';
  const object = c.object ? `: ${c.object}` : '';
  return `${names(c.actors)} ${c.category}${mode}${recipient}${object}`;
}
