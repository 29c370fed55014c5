// The readers: every news source format → RawArticle (as ReadResult, errors included).

export { findDateline } from './dateline.js';
export { toIsoDate } from './dates.js';
export { detectFormat, type Format, formatFromName, sniffFormat } from './detect.js';
export { htmlToText, nodeToText } from './dom-text.js';
export { where } from './errors.js';
export { readFeedBytes, readFeedText } from './feed.js';
export { expandGlob, globToRegExp } from './glob.js';
export { decodeHtml, type HtmlContext, readHtml, readHtmlBytes } from './html.js';
export { JsonlArticle, parseJsonlLine, readJsonl } from './jsonl.js';
export { detectLanguage } from './language.js';
export { type PageMeta, readPageMeta } from './meta.js';
export { parseSeedFormat, parseSeedHeader, type SeedHeader } from './seed.js';
export { type ReadOptions, readAll, readFile, readInputs, walkFolder } from './sources.js';
export { decodeUtf8Text, readTextBytes } from './text.js';
export { parseHttpResponse, readWarc } from './warc.js';
export { WarcFormatError, type WarcRecord, warcRecords } from './warc-records.js';
