// Consistency checks over the whole dictionary, run by the test suite: every code well-formed and
// consistent with its country, every parent and ambiguity mark pointing at something real, every alias
// usable, and no surface form that resolves to two actors of different codes without being marked.
import { parseCode } from './codes.js';
import type { ActorDictionary } from './dictionary.js';
import { type Actor, ALIAS_KINDS } from './model.js';
import { keyOf, pieces } from './surface.js';

export interface LintProblem {
  actor: string;
  where: string;
  message: string;
}

export function lintActors(dict: ActorDictionary, sectors: ReadonlySet<string>): LintProblem[] {
  const problems: LintProblem[] = [];
  const countries = new Set(dict.actors.filter((a) => a.kind === 'country').map((a) => a.code ?? ''));
  const say = (a: Actor, message: string) => problems.push({ actor: a.id, where: a.sources[0], message });

  for (const a of dict.actors) {
    if (a.code) {
      const parts = parseCode(a.code, countries, sectors);
      if (typeof parts === 'string') say(a, parts);
      else if (a.country && parts.country && parts.country !== a.country) {
        say(a, `code ${a.code} names ${parts.country} but country is ${a.country}`);
      }
    } else if (a.kind !== 'region') say(a, 'only regions may have no code');
    if (a.country && !countries.has(a.country)) say(a, `unknown country ${a.country}`);
    if (a.parent && !dict.byId(a.parent)) say(a, `unknown parent ${a.parent}`);
    const all = ALIAS_KINDS.flatMap((k) => a.aliases[k]);
    for (const alias of all) {
      if (pieces(alias).length === 0 || alias !== alias.trim()) say(a, `unusable alias "${alias}"`);
    }
    const keys = new Set(all.map((x) => keyOf(pieces(x))));
    for (const m of a.ambiguous) {
      if (m !== '*' && !keys.has(keyOf(pieces(m)))) say(a, `ambiguity mark "${m}" is not one of its aliases`);
    }
  }

  // Every alias is also a text: looking it up must not give two unmarked actors of different codes.
  const reported = new Set<string>();
  for (const a of dict.actors) {
    for (const alias of ALIAS_KINDS.flatMap((k) => a.aliases[k])) {
      const plain = dict.lookup(alias).filter((e) => !e.ambiguous);
      const codes = new Set(plain.map((e) => e.code));
      const key = keyOf(pieces(alias));
      if (codes.size > 1 && !reported.has(key)) {
        reported.add(key);
        const who = plain.map((e) => `${e.id} (${e.code ?? 'no code'})`).join(', ');
        say(a, `"${alias}" → ${who}: different codes, none marked ambiguous`);
      }
    }
  }
  return problems;
}
