// buildx parses --output, --cache-to, --secret ... values as one CSV record (encoding/csv):
// a field holding a comma is quoted as a whole, e.g. `"name=a,b"`.
export function parseCsv(value) {
  const fields = [];
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
  return fields;
}

/** `k=v,k2=v2` -> Map (first `=` splits; a field without `=` maps to ''). */
export function parseAttrs(value) {
  const attrs = new Map();
  for (const field of parseCsv(value)) {
    const eq = field.indexOf('=');
    if (eq < 0) attrs.set(field.trim().toLowerCase(), '');
    else attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1));
  }
  return attrs;
}

export class CsvError extends Error {}

/**
 * One record the way buildx reads `--secret` (tonistiigi/go-csvvalue, encoding/csv rules): a
 * quote inside an unquoted field is a bare quote; a quoted field must close and be followed by
 * `,` or the end. Errors carry encoding/csv's text with a 1-based column.
 */
export function readCsvRecord(value) {
  const fields = [];
  let i = 0;
  const err = (col, what) => new CsvError(`parse error on line 1, column ${col}: ${what}`);
  for (;;) {
    if (value[i] !== '"') {
      const end = value.indexOf(',', i);
      const field = end < 0 ? value.slice(i) : value.slice(i, end);
      const q = field.indexOf('"');
      if (q >= 0) throw err(i + q + 1, 'bare " in non-quoted-field');
      fields.push(field);
      if (end < 0) return fields;
      i = end + 1;
      continue;
    }
    const open = i;
    let field = '';
    i++;
    for (;;) {
      const q = value.indexOf('"', i);
      if (q < 0) throw err(open + 2, 'extraneous or missing " in quoted-field');
      field += value.slice(i, q);
      if (value[q + 1] === '"') {
        field += '"';
        i = q + 2;
        continue;
      }
      i = q + 1;
      if (i < value.length && value[i] !== ',') throw err(q + 1, 'extraneous or missing " in quoted-field');
      break;
    }
    fields.push(field);
    if (i >= value.length) return fields;
    i++;
  }
}
