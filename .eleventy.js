// Eleventy renders only templates/; articles are never Eleventy input (they
// could carry template code). All content arrives as one global, `site`,
// added by src/site/eleventy.ts.
import { HtmlBasePlugin } from '@11ty/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  // Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).
  eleventyConfig.addPassthroughCopy({ 'templates/_headers': '_headers' });
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addFilter('plural', (n, one, many) => `${n} ${n === 1 ? one : many}`);

  return {
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    dir: { input: 'templates', includes: '_includes', data: '_data' },
  };
}
