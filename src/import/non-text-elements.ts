/**
 * Elements that never hold an article's words, whatever their place:
 * scripts, media, embeds, forms and navigation. A page's furniture is cut
 * by them before the article is found, and the conversion to Markdown leaves
 * them out of what remains.
 */
export const NON_TEXT_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'figure',
  'figcaption',
  'picture',
  'img',
  'video',
  'audio',
  'source',
  'track',
  'svg',
  'canvas',
  'map',
  'dialog',
  'address',
  'menu',
];
