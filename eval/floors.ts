// Floors: the least (or most) each metric may be, so `npm run eval -- --check` catches a step back.
import { readFile } from 'node:fs/promises';
import { boundText, meets } from './report/table.ts';
import type { Bound } from './report/rows.ts';

export type Floors = Record<string, Bound>;

export const readFloors = async (file: string): Promise<Floors> => JSON.parse(await readFile(file, 'utf8')) as Floors;

export interface FloorCheck {
  failed: string[];
  /** Floors whose metric this run did not measure (a part not asked for, the BBC sample skipped). */
  unmeasured: string[];
}

export function checkFloors(metrics: Record<string, number | null>, floors: Floors): FloorCheck {
  const failed: string[] = [];
  const unmeasured: string[] = [];
  for (const [key, bound] of Object.entries(floors)) {
    const value = metrics[key];
    if (value === undefined || value === null) unmeasured.push(key);
    else if (!meets(value, bound)) failed.push(`${key} = ${+value.toFixed(4)}, floor ${boundText(bound)}`);
  }
  return { failed, unmeasured };
}
