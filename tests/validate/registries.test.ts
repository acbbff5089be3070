import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.ts';
import { parseRegistries } from '../../src/validate/registries.ts';

const file = (name: string, text: string) => ({ file: name, bytes: new TextEncoder().encode(text) });

describe('parseRegistries', () => {
  it('reports located problems in both registries at once', () => {
    const sources = file(
      'registries/sources.yaml',
      '- id: cnn\n  name: CNN\n  homepage: javascript:alert(1)\n  country: US\n  kind: outlet\n',
    );
    const people = file(
      'registries/people.yaml',
      '- id: a\n  name: A\n  role: r\n- id: a\n  name: B\n  role: r\n  nickname: x\n',
    );
    const { diagnostics } = parseRegistries(sources, people, file('registries/measures.yaml', ''));
    assert.deepEqual(diagnostics.map(formatDiagnostic), [
      'registries/sources.yaml:3:13  field/invalid  field "0.homepage": must be an http(s) address',
      'registries/people.yaml:7:3  field/unknown  unknown field "nickname"',
    ]);
  });

  it('refuses duplicate ids and a name given to two entries', () => {
    const sources = file('registries/sources.yaml', '');
    const people = file(
      'registries/people.yaml',
      '- id: a\n  name: A\n  role: r\n- id: b\n  name: B\n  role: r\n  misspellings: [A]\n',
    );
    assert.deepEqual(
      parseRegistries(sources, people, file('registries/measures.yaml', '')).diagnostics.map(
        (d) => `${d.line} ${d.rule}`,
      ),
      ['4 registry/ambiguous-name'],
    );
  });

  it('refuses characters that are not text in units, and names of invisible characters only', () => {
    const people = file('registries/people.yaml', '- id: a\n  name: "\\u200B"\n  role: r\n');
    const measures = file(
      'registries/measures.yaml',
      '- id: m\n  label: "\\U0001FFFE"\n  units: ["\\x01km"]\n  cues: [deep]\n',
    );
    assert.deepEqual(
      parseRegistries(file('registries/sources.yaml', ''), people, measures).diagnostics.map(formatDiagnostic),
      [
        'registries/people.yaml:2:9  field/invalid  field "0.name": has only invisible characters (spaces, zero-width spaces, joiners); write visible text',
        'registries/measures.yaml:2:10  field/invalid  field "0.label": contains U+1FFFE, which is not text (a control character, a noncharacter or an unpaired surrogate); remove it',
        'registries/measures.yaml:3:11  field/invalid  field "0.units.0": contains U+0001, which is not text (a control character, a noncharacter or an unpaired surrogate); remove it',
      ],
    );
  });

  it("checks each source's domains: host names, not a public suffix, each listed by one source", () => {
    const entry = (id: string, domains: string) =>
      `- id: ${id}\n  name: ${id}\n  homepage: https://${id}.example/\n  country: GB\n  kind: outlet\n  domains: ${domains}\n`;
    const sources = file(
      'registries/sources.yaml',
      entry('a', '[a.example, https://b.example/x]') +
        entry('b', '[co.uk]') +
        entry('c', '[news.a.example, a.example]'),
    );
    const empty = file('registries/measures.yaml', '');
    const problems = (s: ReturnType<typeof file>) =>
      parseRegistries(s, file('registries/people.yaml', ''), empty).diagnostics.map(formatDiagnostic);
    assert.deepEqual(problems(sources), [
      'registries/sources.yaml:6:24  field/invalid  field "0.domains.1": must be a host name such as "bbc.co.uk" (lower case, without https:// or a path)',
      'registries/sources.yaml:12:13  field/invalid  field "1.domains.0": is a public suffix, shared by every site under it; give the outlet\'s own domain, such as "bbc.co.uk"',
    ]);
    const twice = file(
      'registries/sources.yaml',
      entry('a', '[a.example]') + entry('c', '[news.a.example, a.example]'),
    );
    assert.deepEqual(problems(twice), [
      'registries/sources.yaml:12:29  registry/duplicate-domain  domain "a.example" is listed by both "a" and "c"; a page there could not be given an outlet',
    ]);
  });

  it('loads the real registries without problems', async () => {
    const { readFile } = await import('node:fs/promises');
    const { REPO } = await import('../support/helpers.ts');
    const read = async (f: string) => file(f, await readFile(`${REPO}/${f}`, 'utf8'));
    const result = parseRegistries(
      await read('registries/sources.yaml'),
      await read('registries/people.yaml'),
      await read('registries/measures.yaml'),
    );
    assert.deepEqual(result.diagnostics, []);
    assert.ok(result.registries.people.some((p) => p.misspellings.includes('Kladkov')));
  });
});
