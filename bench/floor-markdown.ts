// Child of bench/floor.ts: what any Markdown site generator built on the
// card's parser must do at the least, and nothing more: gray-matter, then
// remark-parse and remark-html, for every article file of a folder, on one
// thread. Prints the number of articles and the HTML bytes made.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2]!;
const processor = unified().use(remarkParse).use(remarkHtml);
let bytes = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
for (const f of files) {
  bytes += String(processor.processSync(matter(readFileSync(path.join(dir, f), 'utf8'), {}).content)).length;
}
console.log(`Parsed ${files.length} articles into ${bytes} bytes of HTML`);
