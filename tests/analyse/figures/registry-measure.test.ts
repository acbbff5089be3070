import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registryMeasure } from '../../../src/analyse/figures/registry-measure.ts';
import type { Measure } from '../../../src/model/registries.ts';

const measure = (id: string, units: string[], cues: string[], requires: string[] = []): Measure => ({
  id,
  label: id.replace(/-/g, ' '),
  units,
  cues,
  requires,
  byPlace: false,
});
const killed = measure('people-killed', ['people'], ['kill*', 'died', 'death toll']);
const injured = measure('people-injured', ['people'], ['injur*', 'wounded']);
const advance = measure('advance-depth', ['km', 'mi'], ['into', 'advanc*']);
const weeklyBenefit = measure('weekly-benefit', ['GBP'], ['benefit*'], ['week']);
const measures = [killed, injured, advance, weeklyBenefit];

/** The id of the measure for a claim's unit and own words, nearest first. */
const id = (unit: string, ...own: string[]) => registryMeasure(measures, unit, own)?.id;

describe('registryMeasure', () => {
  it('finds the measure whose cue stands in the claim’s label', () => {
    assert.equal(id('people', 'people killed in the shooting'), 'people-killed');
    assert.equal(id('people', 'people wounded in the blast'), 'people-injured');
  });

  it('matches a starred cue as a word prefix and a plain cue as a whole word', () => {
    assert.equal(id('km', 'kilometres troops advanced'), 'advance-depth');
    assert.equal(id('people', 'people who died'), 'people-killed');
    assert.equal(id('people', 'people diedre met'), undefined);
    assert.equal(id('km', 'kilometres of intolerance'), undefined);
  });

  it('matches a cue of several words across any spacing', () => {
    assert.equal(id('people', 'death  toll on Sunday'), 'people-killed');
  });

  it('requires the unit to be one of the measure’s', () => {
    assert.equal(id('settlements', 'villages killed'), undefined);
    assert.equal(id('mi', 'miles advanced'), 'advance-depth');
  });

  it('takes no cue from outside the claim’s own words', () => {
    assert.equal(id('people', 'people evacuated', 'residents fled'), undefined);
    assert.equal(id('people'), undefined);
  });

  it('prefers the cue nearest the number: the label before the words around it', () => {
    assert.equal(id('people', 'people injured', 'after the attack killed'), 'people-injured');
    assert.equal(id('people', 'people taken to hospital', 'the blast killed'), 'people-killed');
  });

  it('gives a tie to the measure listed first', () => {
    assert.equal(id('people', 'people killed or injured'), 'people-killed');
    assert.equal(registryMeasure([injured, killed], 'people', ['people killed or injured'])?.id, 'people-injured');
  });

  it('needs every required word somewhere in the claim’s own words', () => {
    assert.equal(id('GBP', 'GBP receives in benefits'), undefined);
    assert.equal(id('GBP', 'GBP receives in benefits a week'), 'weekly-benefit');
    assert.equal(id('GBP', 'GBP in benefits', 'a week'), 'weekly-benefit');
    assert.equal(id('GBP', 'GBP in benefits weekly'), undefined);
  });

  it('reads cues case-insensitively', () => {
    assert.equal(id('people', 'Killed in the crash'), 'people-killed');
  });
});
