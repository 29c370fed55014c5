// A plain tokenizer for tests: words (with inner hyphens/apostrophes) and single punctuation marks,
// the way the pipeline's tokenizer cuts news text.
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s]/gu) ?? [];
}
