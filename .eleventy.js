// Eleventy renders only templates/; articles are never Eleventy input (they
// could carry template code). All content arrives as one global, `site`,
// added by src/eleventy/render.ts, which also adds Eleventy's HtmlBasePlugin
// (for the site's sub-path): imported here, it would load a second copy of
// Eleventy beside the one the build bundles.

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  // Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).
  eleventyConfig.addPassthroughCopy({ 'templates/_headers': '_headers' });
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addFilter('plural', (n, one, many) => `${n} ${n === 1 ? one : many}`);
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks }) => reuseCompiledTemplates(nunjucks));

  return {
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    dir: { input: 'templates', includes: '_includes', data: '_data' },
  };
}

/**
 * Eleventy 3.1 compiles a template's Nunjucks source afresh for every page
 * it renders (it opts out of its own compile cache), which made compiling
 * about a third of the build for thousands of paginated pages. A template
 * with the same source, path and environment compiles to the same thing, so
 * the first compiled Template is reused; rendering creates a fresh context
 * each time, so no state is shared between pages.
 */
function reuseCompiledTemplates(nunjucks) {
  const Template = nunjucks.Template;
  if (Template.reused) return;
  const compiled = new WeakMap();
  function ReusedTemplate(src, env, path, eagerCompile) {
    if (typeof src !== 'string' || !env) return new Template(src, env, path, eagerCompile);
    let byKey = compiled.get(env);
    if (!byKey) compiled.set(env, (byKey = new Map()));
    const key = `${path ?? ''}\u0000${src}`;
    let template = byKey.get(key);
    if (!template) byKey.set(key, (template = new Template(src, env, path, eagerCompile)));
    return template;
  }
  ReusedTemplate.prototype = Template.prototype;
  ReusedTemplate.reused = true;
  nunjucks.Template = ReusedTemplate;
}
