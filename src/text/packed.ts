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
