import { compatibleFirstNames, firstOf, surnameOf } from '../analyse/people.ts';
import { pushTo } from '../util/group.ts';
import { doubleMetaphone } from 'double-metaphone';
import { genderPair, jaroWinkler, soundsAlike } from '../text/similarity.ts';
import type { Person } from '../model/registries.ts';
import { slugify } from '../text/slug.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import { uniqueId } from '../text/unique-id.ts';
import type { ResolvedPeople, ReviewItem, PersonEntity, SpellingStatus } from '../model/aggregate.ts';

/** Safe to merge: surnames at Jaro-Winkler >= 0.92, first names compatible, not a male/female pair. */
export function sameName(a: string, b: string): boolean {
  const [sa, sb] = [surnameOf(a), surnameOf(b)];
  return jaroWinkler(sa, sb) >= 0.92 && compatibleFirstNames(firstOf(a), firstOf(b)) && !genderPair(sa, sb);
}

/** Only close: sounds alike, or letters close but not close enough to merge. */
function lookAlike(a: string, b: string): string | undefined {
  const [sa, sb] = [surnameOf(a), surnameOf(b)];
  // Different first names make different people, however the surnames sound (Nick Ross is not Rafael Grossi).
  if (genderPair(sa, sb) || !compatibleFirstNames(firstOf(a), firstOf(b))) return undefined;
  if (soundsAlike(sa, sb)) return 'sounds alike';
  return jaroWinkler(sa, sb) >= 0.85 ? 'spelled alike' : undefined;
}

/** Blocking keys so that names are compared only with plausible partners, never all pairs. */
function blocks(name: string): string[] {
  const surname = surnameOf(name).toLowerCase();
  // Spelling neighbours share a start or an end; sound-alikes (Gladkov, Kladkov) share a Double Metaphone code.
  return [
    `p:${surname.slice(0, 2)}`,
    `s:${surname.slice(-3)}`,
    ...doubleMetaphone(surname)
      .filter(Boolean)
      .map((code) => `m:${code}`),
  ];
}

/**
 * Turns per-article mentions into people: registry people keep their ids;
 * people found in the text merge with a registry person or with each other
 * only when safe, and names that are merely close go to the review list.
 */
export function resolvePeople(articles: readonly ProcessedArticle[], registry: readonly Person[]): ResolvedPeople {
  const byId = new Map(registry.map((p) => [p.id, p]));
  const registryNames = registry.flatMap((p) =>
    [p.name, ...p.spellings, ...p.misspellings].filter((n) => n.includes(' ')).map((n) => ({ name: n, id: p.id })),
  );
  const registryBlocks = new Map<string, { name: string; id: string }[]>();
  for (const r of registryNames) for (const b of blocks(r.name)) pushTo(registryBlocks, b, r);

  // Discovered names, in article order: merge into the registry, else into an earlier discovered cluster.
  const clusters: { names: Map<string, number>; role: string | null; roleFrom: string }[] = [];
  const clusterBlocks = new Map<string, number[]>();
  const keyTarget = new Map<string, string | number>();
  const review: ReviewItem[] = [];
  for (const a of articles) {
    for (const d of a.analysis.discovered) {
      const candidates = [...new Set(blocks(d.name).flatMap((b) => registryBlocks.get(b) ?? []))];
      const registryMatch = candidates.find((r) => sameName(r.name, d.name));
      if (registryMatch) {
        keyTarget.set(`${a.slug}\u0000${d.key}`, registryMatch.id);
        continue;
      }
      const near = candidates.map((r) => ({ r, reason: lookAlike(r.name, d.name) })).find((x) => x.reason);
      if (near) review.push({ name: d.name, file: a.file, looksLike: byId.get(near.r.id)!.name, reason: near.reason! });
      const sameCluster = [...new Set(blocks(d.name).flatMap((b) => clusterBlocks.get(b) ?? []))].find((c) =>
        [...clusters[c]!.names.keys()].some((n) => sameName(n, d.name)),
      );
      let c = sameCluster;
      if (c === undefined) {
        c = clusters.push({ names: new Map(), role: d.role, roleFrom: a.slug }) - 1;
        for (const b of blocks(d.name)) pushTo(clusterBlocks, b, c);
      }
      const cluster = clusters[c]!;
      cluster.names.set(d.name, (cluster.names.get(d.name) ?? 0) + 1);
      if (!cluster.role && d.role) Object.assign(cluster, { role: d.role, roleFrom: a.slug });
      keyTarget.set(`${a.slug}\u0000${d.key}`, c);
    }
  }

  const taken = new Set(registry.map((p) => p.id));
  const clusterIds = clusters.map((cluster) => {
    const name = [...cluster.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    return { id: uniqueId(slugify(name) || 'person', taken), name };
  });
  const idOf = (slug: string, key: string): string => {
    const target = keyTarget.get(`${slug}\u0000${key}`);
    return target === undefined ? key : typeof target === 'number' ? clusterIds[target]!.id : target;
  };

  const clusterOfId = new Map(clusterIds.map((x, i) => [x.id, i]));
  const entities = new Map<string, PersonEntity>();
  const entity = (id: string): PersonEntity => {
    let e = entities.get(id);
    if (!e) {
      const p = byId.get(id);
      const index = clusterOfId.get(id);
      const c = index === undefined ? undefined : clusters[index];
      e = {
        id,
        name: p?.name ?? clusterIds[index!]!.name,
        role: p?.role ?? c?.role ?? null,
        roleFrom: p ? 'registry' : (c?.roleFrom ?? ''),
        inRegistry: !!p,
        spellings: [],
        articles: [],
      };
      entities.set(id, e);
    }
    return e;
  };
  for (const a of articles) {
    for (const m of a.analysis.mentions) {
      const e = entity(idOf(a.slug, m.key));
      if (!e.articles.includes(a.slug)) e.articles.push(a.slug);
      const text = m.text;
      let s = e.spellings.find((x) => x.text === text);
      if (!s) e.spellings.push((s = { text, status: spellingStatus(text, byId.get(e.id), e.name), articles: [] }));
      if (!s.articles.includes(a.slug)) s.articles.push(a.slug);
    }
  }
  const people = [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const p of people) p.spellings.sort((x, y) => (x.text < y.text ? -1 : 1));
  return { people, idOf, review };
}

function spellingStatus(text: string, p: Person | undefined, name: string): SpellingStatus {
  const inList = (list: readonly string[]) => list.some((n) => n === text || surnameOf(n) === text);
  if (!p) return text === name || surnameOf(name) === text ? 'canonical' : 'not in the registry';
  if (text === p.name || text === surnameOf(p.name)) return 'canonical';
  if (inList(p.misspellings)) return 'known misspelling';
  if (inList(p.spellings)) return 'known spelling';
  return 'not in the registry';
}
