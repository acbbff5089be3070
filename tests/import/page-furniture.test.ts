import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { removePageFurniture } from '../../src/import/page-furniture.ts';

const paragraphsAfter = (body: string) => {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  removePageFurniture(document);
  return [...document.body.querySelectorAll('p')].map((p) => p.textContent);
};

describe('removePageFurniture', () => {
  it('drops captions, credits, galleries and embedded posts the page marks as such', () => {
    const kept = paragraphsAfter(`<article><h1>Floods close the valley road</h1>
      <p>Heavy rain closed the valley road on Monday, the council said.</p>
      <div class="image-caption"><p>A tractor pulls a car from the water.</p><span class="photo-credit">Jane Doe/Agency</span></div>
      <blockquote class="twitter-tweet"><p>Water everywhere this morning</p>— Jane (@jane) March 3, 2019</blockquote>
      <div class="gallery-slide"><p>3 of 12: The old mill under water.</p></div>
      <div class="instagram-media"><p>A post shared by the valley rescue team</p></div>
      <p>Engineers expect to reopen it within a week.</p></article>`);
    assert.deepEqual(kept, [
      'Heavy rain closed the valley road on Monday, the council said.',
      'Engineers expect to reopen it within a week.',
    ]);
  });

  it('keeps a wrapper whose class names furniture when it holds most of the text', () => {
    const kept = paragraphsAfter(`<div class="story-gallery-layout"><h1>Floods close the valley road</h1>
      <p>Heavy rain closed the valley road on Monday, the council said.</p>
      <p>Engineers expect to reopen it within a week.</p></div>`);
    assert.equal(kept.length, 2);
  });
});
