// Reads an Open Bandit Dataset impression file (random.csv, bts.csv) into columns. Only the four
// columns the evaluation uses are kept; the rest of each row is checked for its field count only.
// OBD files have no quoted fields (hashes, numbers and a timestamp), so a plain split is exact.
import { readFileSync } from 'node:fs';
import { ObdInputError } from './input-error.ts';

export interface Impressions {
  n: number;
  /** The item shown, 0-based. */
  itemId: Int32Array;
  /** The slot it was shown in, 1-based as in the file (1 = left, 2 = center, 3 = right). */
  position: Int32Array;
  /** 1 if clicked, else 0. */
  click: Uint8Array;
  /** The logging policy's probability of that item in that slot. */
  propensity: Float64Array;
}

const NEEDED = ['item_id', 'position', 'click', 'propensity_score'] as const;

export function readImpressions(path: string): Impressions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ObdInputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseImpressions(text, path);
}

/** Parses impression CSV text; `source` names the file in error messages. */
export function parseImpressions(text: string, source: string): Impressions {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').split(',');
  const column = Object.fromEntries(
    NEEDED.map((name) => {
      const index = header.indexOf(name);
      if (index < 0) throw new ObdInputError(`${source}: the header has no column "${name}"`);
      return [name, index];
    }),
  ) as Record<(typeof NEEDED)[number], number>;

  const n = lines.length - 1;
  if (n < 1) throw new ObdInputError(`${source}: no impressions after the header`);
  const impressions: Impressions = {
    n,
    itemId: new Int32Array(n),
    position: new Int32Array(n),
    click: new Uint8Array(n),
    propensity: new Float64Array(n),
  };
  for (let row = 0; row < n; row++) {
    const fields = lines[row + 1]!.split(',');
    const where = `${source} line ${row + 2}`;
    if (fields.length !== header.length) {
      throw new ObdInputError(`${where}: ${fields.length} fields, the header has ${header.length}`);
    }
    const numberAt = (name: (typeof NEEDED)[number]) => {
      const raw = fields[column[name]]!.trim();
      // Number('') is 0, which would turn an empty field into item 0 or "no click".
      if (raw === '') throw new ObdInputError(`${where}: ${name} is empty`);
      return Number(raw);
    };
    const itemId = numberAt('item_id');
    const position = numberAt('position');
    const click = numberAt('click');
    const propensity = numberAt('propensity_score');
    if (!Number.isInteger(itemId) || itemId < 0) {
      throw new ObdInputError(`${where}: item_id must be a non-negative integer`);
    }
    if (!Number.isInteger(position) || position < 1) {
      throw new ObdInputError(`${where}: position must be a positive integer`);
    }
    if (click !== 0 && click !== 1) throw new ObdInputError(`${where}: click must be 0 or 1`);
    if (!(propensity > 0 && propensity <= 1)) {
      throw new ObdInputError(`${where}: propensity_score must be in (0, 1]`);
    }
    impressions.itemId[row] = itemId;
    impressions.position[row] = position;
    impressions.click[row] = click;
    impressions.propensity[row] = propensity;
  }
  return impressions;
}
