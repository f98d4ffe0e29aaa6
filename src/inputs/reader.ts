import { parse as parseCsv } from 'csv-parse/sync';
import { InputError, quote } from '../base/input-error.js';
import type { InputName } from './names.js';

/** Reads raw input strings; `src/runner/` backs it with the INPUT_* variables, tests with a record. */
export type RawInputs = (name: InputName) => string;

/** Builds a reader over a plain record, as tests and the runner harness see inputs. */
export function inputsFromRecord(record: Partial<Record<InputName, string>>): RawInputs {
  return (name) => (record[name] ?? '').trim();
}

export interface ListOptions {
  /** Split each line at commas too (only for values that cannot contain commas). */
  splitCommas?: boolean;
  /** Drop lines starting with `#` (rule lists such as `tags` and `flavor`). */
  comments?: boolean;
}

/**
 * The list grammar of docker/metadata-action and docker/build-push-action: one item per line,
 * optionally also comma-separated with CSV quoting (`"a,b",c`), blank items dropped.
 */
export function readList(raw: RawInputs, name: InputName, options: ListOptions = {}): string[] {
  return parseList(raw(name), name, options);
}

export function parseList(text: string, name: string, options: ListOptions = {}): string[] {
  const items: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || (options.comments && line.startsWith('#'))) continue;
    if (!options.splitCommas) {
      items.push(line);
      continue;
    }
    // Printable ASCII without quotes splits at its commas alike (csv-parse's `trim` removes the
    // spaces around each item); only other lines need the parser, whose first run costs ms.
    if (/^[\x20\x21\x23-\x7e]*$/.test(line)) {
      for (const item of line.split(',')) if (item.trim() !== '') items.push(item.trim());
      continue;
    }
    let records: string[][];
    try {
      records = parseCsv(line, { relax_quotes: true, skip_empty_lines: true, trim: true });
    } catch (error) {
      throw new InputError(
        name,
        `cannot split ${quote(line)} (${(error as Error).message})`,
        'comma-separated values',
      );
    }
    for (const record of records) for (const item of record) if (item !== '') items.push(item);
  }
  return items;
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
export function readBoolean(raw: RawInputs, name: InputName, fallback: boolean): boolean {
  const value = raw(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, `${quote(value)} is not a boolean`, '"true" or "false"');
}

/**
 * build-push-action's grammar for values that may hold commas and newlines (`secrets`): the
 * whole input is CSV, so a quoted entry can span lines (a PEM key, a JSON document); each record
 * is one entry, its fields joined back with commas. Parse errors never show the value.
 */
export function readQuotedList(raw: RawInputs, name: InputName): string[] {
  const text = raw(name);
  if (text.trim() === '') return [];
  let records: string[][];
  try {
    records = parseCsv(text, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const where = /line \d+/.exec((error as Error).message)?.[0] ?? 'somewhere';
    throw new InputError(
      name,
      `cannot be read as CSV (${where})`,
      'one entry a line, an entry holding newlines or commas in double quotes',
    );
  }
  return records.map((r) => r.join(',').trim()).filter((entry) => entry !== '');
}
