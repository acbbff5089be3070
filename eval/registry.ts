// The corpus outlets the sources registry lacks, as entries to append to it (as the corpus README's script does).
import type { Outlet } from './corpus.ts';

/** Ids already in a sources.yaml: every `- id: X` line. */
export const registryIds = (yaml: string): Set<string> =>
  new Set([...yaml.matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!));

/** YAML entries for the outlets whose id the registry does not have yet, in the outlets file's order. */
export function missingOutletEntries(yaml: string, outlets: Record<string, Outlet>): string {
  const have = registryIds(yaml);
  return Object.entries(outlets)
    .filter(([, o]) => !have.has(o.id))
    .map(([name, o]) =>
      [
        `- id: ${o.id}`,
        `  name: ${JSON.stringify(name)}`,
        `  aliases: ${JSON.stringify(o.aliases)}`,
        `  homepage: ${o.homepage}`,
        `  country: ${o.country}`,
        `  kind: ${o.kind}`,
        '',
      ].join('\n'),
    )
    .join('');
}
