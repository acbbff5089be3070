import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/catalogue.ts';
import { didYouMean } from '../diagnostics/did-you-mean.ts';

export interface ZodMapOptions {
  file: string;
  data: unknown;
  locate: (path: readonly PropertyKey[], part?: 'key' | 'value') => Position;
  /** Known keys of the object at the top of `path` (for "did you mean"). */
  knownKeys: (path: readonly PropertyKey[]) => readonly string[];
  help?: Record<string, string>;
  /** The rule for type/format problems; registries use their own. */
  invalidRule: RuleId;
}

const getIn = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Turns zod issues into located catalogue diagnostics. */
export function zodDiagnostics(error: z.ZodError, o: ZodMapOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const field = fieldName(path);
    const value = getIn(o.data, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = didYouMean(key, o.knownKeys(path));
        out.push(
          diagnostic(o.file, o.locate([...path, key], 'key'), 'field/unknown', {
            field: key,
            ...(hint ? { hint } : {}),
          }),
        );
      }
    } else if (value === undefined && issue.code === 'invalid_type') {
      const parent = path.slice(0, -1);
      out.push(diagnostic(o.file, o.locate(parent), 'field/missing', { field, help: o.help?.[field] ?? '' }));
    } else if (issue.code === 'custom' && (issue.params as { rule?: RuleId } | undefined)?.rule) {
      out.push(
        diagnostic(o.file, o.locate(path), (issue.params as { rule: RuleId }).rule, { field, value: String(value) }),
      );
    } else {
      out.push(diagnostic(o.file, o.locate(path), o.invalidRule, { field, detail: issue.message }));
    }
  }
  return out;
}
