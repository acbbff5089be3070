import { stringify } from 'yaml';
import { slugFromHeadline } from './headline-slug.ts';
import { domainLabel } from './source-domains.ts';

/** An outlet the sources registry does not know, with an entry an editor can check and paste into it. */
export interface UnknownOutlet {
  /** Registered domain of the page, such as kyivvisnyk.example. */
  domain: string;
  /** The outlet's name as the page states it (og:site_name or the JSON-LD publisher), if it does. */
  name?: string;
  /** A registry entry for registries/sources.yaml, with TODO comments where the page says nothing. */
  entry: string;
}

/**
 * Drafts a sources-registry entry: id from the outlet's name (else the domain), name as stated, homepage
 * from the page's origin, `domains: [domain]`. Country and kind are not on the page, so they carry a
 * placeholder and a TODO comment for the editor; an id that is taken already gets one too.
 */
export function unknownOutlet(
  domain: string,
  origin: string,
  name: string | null,
  takenIds: ReadonlySet<string>,
): UnknownOutlet {
  const id = (name ? slugFromHeadline(name) : null) ?? slugFromHeadline(domainLabel(domain)) ?? 'outlet';
  const lines = [
    `- id: ${id}${takenIds.has(id) ? '  # TODO: this id is taken; choose another' : ''}`,
    name ? `  name: ${scalar(name)}` : `  name: ${scalar(domain)}  # TODO: the outlet's name (the page states none)`,
    '  aliases: []',
    `  homepage: ${scalar(`${origin}/`)}`,
    '  country: XX  # TODO: ISO 3166 code such as GB, or international',
    '  kind: outlet  # TODO: check: outlet, agency, broadcaster or government',
    `  domains: [${scalar(domain)}]`,
  ];
  return { domain, ...(name ? { name } : {}), entry: `${lines.join('\n')}\n` };
}

/** A YAML scalar written as the yaml package would quote it, on one line. */
const scalar = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();
