import { readFileSync } from 'node:fs';
import { parseConll, sentenceTokens } from './src/ner/conll.js';
import { loadNerModel, tagTokens } from './src/ner/model.js';
const s = parseConll(readFileSync('/work/shared/data/idner-news-2k/dev.txt','utf8'),'d').map(sentenceTokens);
const m = loadNerModel();
for (let r=0;r<60;r++) for (const x of s) tagTokens(m, x);
