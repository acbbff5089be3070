import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organisationNamed } from '../../src/analyse/organisations.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('organisationNamed', () => {
  it('finds the one organisation a description refers back to', () => {
    const article = paragraphs('A jet returned to Los Angeles, All Nippon Airways said.', 'The crew was praised.');
    assert.equal(organisationNamed(article, 'the airline'), 'All Nippon Airways');
    assert.equal(organisationNamed(article, 'the company'), null);
  });

  it('finds the name an acronym stands for, when the article spells it out', () => {
    const article = paragraphs("South Korea's Joint Chiefs of Staff said the missile flew 3,700 km.");
    assert.equal(organisationNamed(article, 'the JCS'), "South Korea's Joint Chiefs of Staff");
    assert.equal(organisationNamed(paragraphs('All Nippon Airways (ANA) said so.'), 'ANA'), 'All Nippon Airways');
    assert.equal(organisationNamed(paragraphs('The JCS said so.'), 'the JCS'), null);
  });

  it('says nothing when two organisations fit', () => {
    const article = paragraphs('One brother flew All Nippon Airways, the other United Airlines.');
    assert.equal(organisationNamed(article, 'the airline'), null);
  });
});
