import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { Source } from '../model/registries.ts';

/**
 * What the matcher needs of a registry entry. `domains` are the host names an outlet publishes under
 * (`[bbc.co.uk, bbc.com]`); a page's host matches a domain when it is that domain or a sub-domain of it
 * (www.bbc.co.uk, news.bbc.co.uk). Without `domains`, the registered domain of the homepage stands in:
 * edition.cnn.com gives cnn.com, www.bbc.co.uk/news gives bbc.co.uk (the public-suffix list says where the
 * registered part starts, so co.uk itself never matches).
 */
export type SourceWithDomains = Pick<Source, 'id' | 'homepage' | 'domains'>;

export type SourceMatch =
  | { kind: 'match'; id: string; domain: string }
  | { kind: 'ambiguous'; ids: string[]; domain: string }
  | { kind: 'none' };

/** Lower case, no trailing dot, no leading `www.`: how hosts are compared. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** bbc.co.uk for news.bbc.co.uk; the host itself when it has no registered domain (localhost, an IP). */
export function registeredDomain(host: string): string {
  const normalised = normaliseHost(host);
  return getDomain(normalised, { allowPrivateDomains: false }) ?? normalised;
}

/** False for an IP address or a local name (localhost): hosts no outlet's registry entry could name. */
export function isPublicHost(host: string): boolean {
  return getDomain(normaliseHost(host), { allowPrivateDomains: false }) !== null;
}

/** "kyivvisnyk" for kyivvisnyk.example: the name part of a registered domain, for a slug. */
export function domainLabel(host: string): string {
  return getDomainWithoutSuffix(normaliseHost(host)) ?? normaliseHost(host);
}

/** The domains a source claims: its `domains`, else its homepage's registered domain. */
export function domainsOf(source: SourceWithDomains): string[] {
  if (source.domains && source.domains.length > 0) return source.domains.map(normaliseHost);
  try {
    return [registeredDomain(new URL(source.homepage).hostname)];
  } catch {
    return [];
  }
}

/**
 * Builds a matcher from the registry. The longest matching domain wins (a registry may list
 * `news.example.com` for one outlet and `example.com` for another); two sources claiming the same
 * domain is reported as ambiguous rather than settled by file order.
 */
export function createSourceMatcher(sources: readonly SourceWithDomains[]): (host: string) => SourceMatch {
  const claims = new Map<string, string[]>();
  for (const source of sources) {
    for (const domain of new Set(domainsOf(source))) claims.set(domain, [...(claims.get(domain) ?? []), source.id]);
  }
  return (host) => {
    const normalised = normaliseHost(host);
    const labels = normalised.split('.');
    // news.bbc.co.uk, bbc.co.uk, co.uk, uk: the first claimed one is the longest match.
    for (let i = 0; i < labels.length; i++) {
      const domain = labels.slice(i).join('.');
      const ids = claims.get(domain);
      if (!ids) continue;
      const unique = [...new Set(ids)];
      if (unique.length > 1) return { kind: 'ambiguous', ids: unique, domain };
      return { kind: 'match', id: unique[0]!, domain };
    }
    return { kind: 'none' };
  };
}
