// Public API of the NER tagger, used by the entities layer and the CLI.
export { ConllError, NER_TAGS, type NerTag, parseConll } from './conll.js';
export { tagDocumentSentences } from './document.js';
export { chunks, evaluateNer, formatScores, type NerScores } from './evaluate.js';
export type { Gazetteer } from './features.js';
export {
  appendTags,
  DEFAULT_MODEL_PATH,
  loadNerModel,
  type NerModel,
  type TagOptions,
  tagTokens,
} from './model.js';
