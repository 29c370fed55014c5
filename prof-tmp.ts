import { readFileSync } from 'node:fs';
import { parseConll, sentenceTokens } from './src/ner/conll.js';
import { loadNerModel, emissions, tagTokens } from './src/ner/model.js';
const s = parseConll(readFileSync('/work/shared/data/idner-news-2k/dev.txt','utf8'),'d').map(sentenceTokens);
const m = loadNerModel();
for (let k=0;k<3;k++){
let c = process.cpuUsage(); let t = performance.now();
for (let r=0;r<20;r++) for (const x of s) emissions(m, x);
let cu = process.cpuUsage(c);
console.log('emissions wall', (20*s.length)/(performance.now()-t)*1000, 'cpu', (20*s.length)/((cu.user+cu.system)/1e6));
c = process.cpuUsage(); t = performance.now();
for (let r=0;r<20;r++) for (const x of s) tagTokens(m, x);
cu = process.cpuUsage(c);
console.log('tag wall', (20*s.length)/(performance.now()-t)*1000, 'cpu', (20*s.length)/((cu.user+cu.system)/1e6));
}
