import { doubleMetaphone } from 'double-metaphone';
import { genderOfGivenName, isGivenName } from '../analyse/gazetteer.ts';
import { compatibleFirstNames, compatibleMiddleNames, firstOf, surnameOf } from '../analyse/people.ts';
import type { PersonEntity, ResolvedPeople, ReviewItem, SpellingStatus } from '../model/aggregate.ts';
import type { ProcessedArticle } from '../model/processed-article.ts';
import type { Person } from '../model/registries.ts';
import { genderPair, jaroWinkler, soundsAlike } from '../text/similarity.ts';
import { shortHash, slugOrHash } from '../text/slug.ts';
import { uniqueId } from '../text/unique-id.ts';
import { pushTo } from '../util/group.ts';

/** Safe to merge: surnames at Jaro-Winkler >= 0.92, first and middle names compatible, not a male/female pair. */
export function sameName(a: string, b: string): boolean {
  const [sa, sb] = [surnameOf(a), surnameOf(b)];
  return (
    jaroWinkler(sa, sb) >= 0.92 &&
    compatibleFirstNames(firstOf(a), firstOf(b)) &&
    compatibleMiddleNames(a.split(' '), b.split(' ')) &&
    !genderPair(sa, sb)
  );
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

type Gender = 'male' | 'female' | undefined;

interface Cluster {
  names: Map<string, number>;
  role: string | null;
  roleFrom: string;
  /** The article it was first found in (articles are read in file-name order). */
  firstSeen: string;
  gender: Gender;
  /** Known only by a surname ("President Obama"): kept apart from full names unless its story settles it. */
  surnameOnly: boolean;
}

/** A surname an article used with no full name it could stand for: settled within the article's story. */
interface Pending {
  slug: string;
  key: string;
  surname: string;
  gender: Gender;
  /** The article made a person of it (a title named it): it stays one if its story names no one else so. */
  person?: { role: string | null };
}

/** The names a person is known by in full, as "surname words" (the last word, and a family name written first). */
const surnamesOf = (name: string): string[] => {
  const words = name.split(' ');
  const family = words.length > 1 && words.length < 4 && !isGivenName(words[0]!) ? [words[0]!] : [];
  return [surnameOf(name), ...family];
};

/**
 * Turns per-article mentions into people, in two steps. First, across all
 * articles: registry people keep their ids; full names found in the text
 * merge with a registry person or with each other only when safe, and names
 * that are merely close go to the review list. Then, story by story (once
 * stories are known), a surname an article gave alone ("President Obama",
 * "Trump said") stands for the one person of that surname the story names in
 * full; when it can be no one or several, a titled surname is a person of
 * its own and a bare one is no one.
 */
export class PeopleResolver {
  private readonly byId: Map<string, Person>;
  private readonly clusters: Cluster[] = [];
  private readonly keyTarget = new Map<string, string | number | null>();
  private readonly pending: Pending[] = [];
  private readonly review: ReviewItem[] = [];
  private clusterIds: string[] = [];

  constructor(
    private readonly articles: readonly ProcessedArticle[],
    private readonly registry: readonly Person[],
  ) {
    this.byId = new Map(registry.map((p) => [p.id, p]));
    this.mergeFullNames();
    this.assignIds();
  }

  /** Person id for an article's mention key; null for a surname that stands for no one. */
  readonly idOf = (slug: string, key: string): string | null => {
    const target = this.keyTarget.get(`${slug}\u0000${key}`);
    if (target === undefined) return this.byId.has(key) ? key : null;
    return typeof target === 'number' ? this.clusterIds[target]! : target;
  };

  /** The second step: surnames given alone, settled within each story (`storyOf` of a slug). */
  settleSurnames(storyOf: (slug: string) => string): void {
    const byStory = new Map<string, Map<string, Set<string | number>>>();
    for (const a of this.articles) {
      const story = storyOf(a.slug);
      const index = byStory.get(story) ?? new Map<string, Set<string | number>>();
      byStory.set(story, index);
      for (const m of a.analysis.mentions) {
        const target = this.keyTarget.get(`${a.slug}\u0000${m.key}`) ?? (this.byId.has(m.key) ? m.key : undefined);
        if (
          target === undefined ||
          target === null ||
          (typeof target === 'number' && this.clusters[target]!.surnameOnly)
        )
          continue;
        for (const s of surnamesOf(this.nameOfTarget(target))) {
          const set = index.get(s) ?? new Set();
          index.set(s, set.add(target));
        }
      }
    }
    const standalone = new Map<string, number>();
    for (const p of this.pending) {
      const story = storyOf(p.slug);
      const fitting = [...(byStory.get(story)?.get(p.surname) ?? [])].filter(
        (t) => !p.gender || !this.genderOfTarget(t) || this.genderOfTarget(t) === p.gender,
      );
      let target: string | number | null = fitting.length === 1 ? fitting[0]! : null;
      if (target === null && p.person) {
        // One person of that surname per story and gender, known by the surname alone.
        const key = `${story}\u0000${p.surname}\u0000${p.gender ?? ''}`;
        target = standalone.get(key) ?? this.newCluster(p.surname, p.person.role, p.slug, p.gender, true);
        standalone.set(key, target);
        const names = this.clusters[target]!.names;
        names.set(p.surname, (names.get(p.surname) ?? 0) + 1);
      }
      this.keyTarget.set(`${p.slug}\u0000${p.key}`, target);
    }
    this.assignIds();
  }

  /**
   * The people with their spellings and articles, and the names to review; after settleSurnames. A surname alone
   * ("Mrs. Trump") is a spelling of its person only in articles that name no one else of that surname: beside
   * Donald Trump it would read as his name.
   */
  result(): ResolvedPeople {
    const entities = new Map<string, PersonEntity>();
    const clusterOfId = new Map(this.clusterIds.map((id, i) => [id, i]));
    const entityOf = (id: string) => {
      let e = entities.get(id);
      if (!e) entities.set(id, (e = this.entity(id, clusterOfId.get(id))));
      return e;
    };
    for (const a of this.articles) {
      const found = a.analysis.mentions.flatMap((m) => {
        const id = this.idOf(a.slug, m.key);
        return id === null ? [] : [{ m, e: entityOf(id) }];
      });
      const shared = (surname: string, e: PersonEntity) =>
        found.some((f) => f.e !== e && f.e.name.endsWith(` ${surname}`));
      for (const { m, e } of found) {
        if (!e.articles.includes(a.slug)) e.articles.push(a.slug);
        if (!m.text.includes(' ') && shared(m.text, e)) continue;
        let s = e.spellings.find((x) => x.text === m.text);
        if (!s)
          e.spellings.push(
            (s = { text: m.text, status: spellingStatus(m.text, this.byId.get(e.id), e.name), articles: [] }),
          );
        if (!s.articles.includes(a.slug)) s.articles.push(a.slug);
      }
    }
    const people = [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    for (const p of people) {
      p.spellings.sort((x, y) => (x.text < y.text ? -1 : 1));
      p.hasPage = p.inRegistry || p.articles.length > 1;
    }
    return { people, idOf: this.idOf, review: this.review };
  }

  /** Discovered full names, in article order: merged into the registry, else into an earlier cluster. */
  private mergeFullNames(): void {
    const registryNames = this.registry.flatMap((p) =>
      [p.name, ...p.spellings, ...p.misspellings].filter((n) => n.includes(' ')).map((n) => ({ name: n, id: p.id })),
    );
    const registryBlocks = new Map<string, { name: string; id: string }[]>();
    for (const r of registryNames) for (const b of blocks(r.name)) pushTo(registryBlocks, b, r);
    const clusterBlocks = new Map<string, number[]>();
    const clusterOfName = new Map<string, number>();
    // What the registry has for a name: a person it is, else one it only looks like (for review).
    type Fit = { match?: { name: string; id: string }; near?: { r: { name: string; id: string }; reason: string } };
    const fitOf = (name: string): Fit => {
      const candidates = [...new Set(blocks(name).flatMap((b) => registryBlocks.get(b) ?? []))];
      const match = candidates.find((r) => sameName(r.name, name));
      if (match) return { match };
      const near = candidates.map((r) => ({ r, reason: lookAlike(r.name, name) })).find((x) => x.reason);
      return near ? { near: { r: near.r, reason: near.reason! } } : {};
    };
    // Worked out once per name: most names recur.
    const registryFit = new Map<string, Fit>();
    const registryFitOf = (name: string) => registryFit.get(name) ?? registryFit.set(name, fitOf(name)).get(name)!;
    for (const a of this.articles) {
      for (const m of a.analysis.mentions) {
        if (m.key.startsWith('surname:'))
          this.pending.push({ slug: a.slug, key: m.key, surname: m.key.slice(8), gender: undefined });
      }
      for (const d of a.analysis.discovered) {
        const at = `${a.slug}\u0000${d.key}`;
        if (d.surnameOnly) {
          this.pending.push({ slug: a.slug, key: d.key, surname: d.name, gender: d.gender, person: { role: d.role } });
          continue;
        }
        const inRegistry = registryFitOf(d.name);
        if (inRegistry.match) {
          this.keyTarget.set(at, inRegistry.match.id);
          continue;
        }
        const near = inRegistry.near;
        if (near)
          this.review.push({
            name: d.name,
            file: a.file,
            looksLike: this.byId.get(near.r.id)!.name,
            reason: near.reason,
          });
        // A name met before stays with the person it joined: most names recur, and each search scans a block.
        let c =
          clusterOfName.get(d.name) ??
          [...new Set(blocks(d.name).flatMap((b) => clusterBlocks.get(b) ?? []))].find((i) =>
            [...this.clusters[i]!.names.keys()].some((n) => sameName(n, d.name)),
          );
        if (c === undefined) {
          c = this.newCluster(d.name, d.role, a.slug, d.gender, false);
          for (const b of blocks(d.name)) pushTo(clusterBlocks, b, c);
        } else this.clusters[c]!.names.set(d.name, (this.clusters[c]!.names.get(d.name) ?? 0) + 1);
        clusterOfName.set(d.name, c);
        const cluster = this.clusters[c]!;
        if (!cluster.role && d.role) Object.assign(cluster, { role: d.role, roleFrom: a.slug });
        cluster.gender ??= d.gender;
        this.keyTarget.set(at, c);
      }
    }
  }

  private newCluster(
    name: string,
    role: string | null,
    roleFrom: string,
    gender: Gender,
    surnameOnly: boolean,
  ): number {
    return (
      this.clusters.push({ names: new Map([[name, 1]]), role, roleFrom, firstSeen: roleFrom, gender, surnameOnly }) - 1
    );
  }

  /**
   * Ids for clusters, from their most used name. A name that several people
   * share (or a registry id) gets a suffix from the article each was first
   * found in, not a number in order of appearance: numbered, one more
   * "Kennedy" in an article read early renumbered every later Kennedy, and
   * an address that led to one person led to another.
   */
  private assignIds(): void {
    const taken = new Set(this.registry.map((p) => p.id));
    const bases = this.clusters.map((c) => slugOrHash(this.nameOfCluster(c)));
    const uses = new Map<string, number>();
    for (const b of bases) uses.set(b, (uses.get(b) ?? 0) + 1);
    this.clusterIds = this.clusters.map((c, i) => {
      const base = bases[i]!;
      const shared = uses.get(base)! > 1 || taken.has(base);
      return uniqueId(shared ? `${base}-${shortHash(c.firstSeen)}` : base, taken);
    });
  }

  private nameOfCluster(c: Cluster): string {
    return [...c.names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
  }

  private nameOfTarget(t: string | number): string {
    return typeof t === 'number' ? this.nameOfCluster(this.clusters[t]!) : this.byId.get(t)!.name;
  }

  private genderOfTarget(t: string | number): Gender {
    return typeof t === 'number' ? this.clusters[t]!.gender : genderOfGivenName(firstOf(this.byId.get(t)!.name) || '-');
  }

  private entity(id: string, cluster: number | undefined): PersonEntity {
    const p = this.byId.get(id);
    const c = cluster === undefined ? undefined : this.clusters[cluster];
    return {
      id,
      name: p?.name ?? this.nameOfCluster(c!),
      role: p?.role ?? c?.role ?? null,
      roleFrom: p ? 'registry' : (c?.roleFrom ?? ''),
      inRegistry: !!p,
      spellings: [],
      articles: [],
      hasPage: false,
    };
  }
}

function spellingStatus(text: string, p: Person | undefined, name: string): SpellingStatus {
  const inList = (list: readonly string[]) => list.some((n) => n === text || surnameOf(n) === text);
  if (!p) return text === name || surnameOf(name) === text ? 'canonical' : 'not in the registry';
  if (text === p.name || text === surnameOf(p.name)) return 'canonical';
  if (inList(p.misspellings)) return 'known misspelling';
  if (inList(p.spellings)) return 'known spelling';
  return 'not in the registry';
}
