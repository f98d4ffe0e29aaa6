/**
 * One CSV record as Go's encoding/csv reads it, the grammar buildx uses for `--output`,
 * `--cache-to`, `--secret`, `--provenance` values: fields split on commas, a field may be quoted
 * as a whole and `""` inside quotes is one quote.
 */
export function parseCsvRecord(value: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(cur);
      cur = '';
    } else cur += c;
  }
  fields.push(cur);
  return fields.map((f) => f.trim());
}
