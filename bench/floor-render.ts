// Child of bench/floor.ts: builds a project's SiteData (the real pipeline,
// no cache) and then times Eleventy rendering it alone into a scratch folder.
// Prints the render time and the number of files written.
import { loadProject } from '../src/load/project.ts';
import { runPipeline } from '../src/per-article/process-articles.ts';
import { renderSite } from '../src/eleventy/render.ts';
import { buildSiteData } from '../src/site/site-data.ts';
import { siteAbsolute } from '../src/config/site-address.ts';
import { filesUnder } from '../src/util/files-under.ts';

const [root, out] = process.argv.slice(2) as [string, string];
const { articles, registries } = await runPipeline(await loadProject(root));
const { site } = buildSiteData(articles, registries);
const start = performance.now();
await renderSite(site, out, '/', siteAbsolute('/'));
const ms = performance.now() - start;
const files = filesUnder(out).length;
console.log(`render ${Math.round(ms)} ms ${files} files`);
