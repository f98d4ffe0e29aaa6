import { parse as parseCsv } from 'csv-parse/sync';
import { InputError, quote } from '../base/input-error.js';

/** One `key=value` field of a rule line; `key` is undefined for a bare value (`type=raw,foo`). */
export interface Field {
  key: string | undefined;
  value: string;
}

/**
 * Splits one rule line into fields the way docker/metadata-action does: the line is one CSV
 * record (so `"pattern=a,b"` keeps its comma), and each field splits at its first `=`, both
 * sides trimmed.
 */
export function splitFields(line: string, input: string, expected: string): Field[] {
  const fields: Field[] = [];
  for (const raw of csvRecord(line, input, expected)) {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      fields.push({ key: undefined, value: raw.trim() });
      continue;
    }
    const key = raw.slice(0, eq).trim().toLowerCase();
    if (key === '')
      throw new InputError(input, `${quote(line)} has a field with no name (${quote(raw)})`, expected);
    fields.push({ key, value: raw.slice(eq + 1).trim() });
  }
  return fields;
}

/**
 * A line without quotes or line breaks is one CSV record split at its commas; only a line with a
 * quote needs the parser (whose first run costs a few ms of a step's start-up).
 */
function csvRecord(line: string, input: string, expected: string): string[] {
  if (!/["\r\n]/.test(line)) return line === '' ? [] : line.split(',');
  try {
    const records: string[][] = parseCsv(line, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    return records[0] ?? [];
  } catch (error) {
    throw new InputError(input, `cannot read ${quote(line)} (${(error as Error).message})`, expected);
  }
}
