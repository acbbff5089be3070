// Quoted speech with an attribution in the corpus's manner: a speaker's
// full name at the first quote of an article ("…," said Jane Smith.), the
// short form after it ("…," Ms Smith said. / Ms Smith said: "…").
import type { Draft } from './draft.ts';
import { takesThe, type Person } from './names.ts';
import type { Rng } from './prng.ts';
import type { Story } from './story.ts';

/** Share of quotes two sentences long; the rest are one. */
const TWO_SENTENCES = 0.2;
const TRIES = 50;

function speech(rng: Rng, story: Story): string {
  const sentences = rng.chance(TWO_SENTENCES) ? 2 : 1;
  const out: string[] = [];
  for (let i = 0; i < TRIES && out.length < sentences; i++) {
    const words = story.model.speech.walk(rng, [], story.prefer);
    if (words && words.length >= 3) out.push(words.join(' '));
  }
  if (out.length === 0) throw new Error(`${story.model.topic}: the speech chain gives no sentence`);
  return out.join(' ');
}

/** `"…,"` before an attribution: a final full stop becomes a comma, as the corpus writes it. */
const leading = (words: string) => `"${words.replace(/\.$/, ',')}"`;

function shortName(story: Story, p: Person): string {
  return story.model.shape.honorifics && p.honorific ? `${p.honorific} ${p.surname}` : p.surname;
}

function firstMention(rng: Rng, story: Story, p: Person, words: string): string {
  const org = story.organisation;
  const forms = [`${leading(words)} said ${p.name}.`, `${leading(words)} ${p.name} said.`];
  if (org) forms.push(`${leading(words)} said ${p.name} of ${takesThe(org) ? 'the ' : ''}${org}.`);
  return rng.pick(forms);
}

function laterMention(rng: Rng, story: Story, p: Person, words: string): string {
  const name = shortName(story, p);
  return rng.pick([
    `${leading(words)} ${name} said.`,
    `${leading(words)} said ${name}.`,
    `${leading(words)} ${name} added.`,
    `${name} said: "${words}"`,
  ]);
}

/**
 * A quoted sentence by one of the story's speakers, named in full the first
 * time the draft quotes them. An article's first quote is always the
 * story's first speaker's, so every article of a story quoting anyone
 * quotes that person.
 */
export function quoteSentence(rng: Rng, draft: Draft): string {
  const { story, mentioned } = draft;
  const speaker = mentioned.size === 0 ? story.speakers[0]! : rng.pick(story.speakers);
  const words = speech(rng, story);
  if (mentioned.has(speaker.name)) return laterMention(rng, story, speaker, words);
  mentioned.add(speaker.name);
  return firstMention(rng, story, speaker, words);
}
