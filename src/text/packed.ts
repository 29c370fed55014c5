/**
 * `src.map(f)` whose result always has the same V8 elements kind (packed), whichever tier runs the
 * caller. Hidden-class stability: `Array.prototype.map` returns a packed array from the interpreter
 * but a holey one once the calling function is optimised, so arrays read everywhere (a document's
 * token words) changed map when their builder got optimised, and every optimised reader was
 * deoptimised ("wrong map") and recompiled.
 */
export function mapPacked<T, U>(src: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < src.length; i++) out.push(f(src[i], i));
  return out;
}

/**
 * mapPacked for results that are objects, strings, null or undefined, allocated at its final length: a
 * copy of the source is overwritten in place, which gives the same elements kind (packed) without the
 * discarded backing stores a push-by-push growth leaves (three per-token arrays were ~6 KB per article).
 */
export function mapPackedSized<T, U>(src: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = src.slice() as unknown[] as U[];
  for (let i = 0; i < src.length; i++) out[i] = f(src[i], i);
  return out;
}
