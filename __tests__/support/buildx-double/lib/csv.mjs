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
