// `docker buildx build` flags as buildx v0.28 declares them (cobra/pflag): anything else is an
// unknown flag, exit 125 with the usage hint of errors/unknown-build-flag.stderr.
import { CsvError, readCsvRecord } from './csv.mjs';

const ARRAY = [
  'add-host',
  'allow',
  'annotation',
  'attest',
  'build-arg',
  'build-context',
  'cache-from',
  'cache-to',
  'label',
  'no-cache-filter',
  'output',
  'platform',
  'secret',
  'ssh',
  'tag',
  'ulimit',
];
const STRING = [
  'builder',
  'call',
  'cgroup-parent',
  'file',
  'iidfile',
  'metadata-file',
  'network',
  'progress',
  'provenance',
  'sbom',
  'shm-size',
  'target',
];
const BOOL = ['check', 'debug', 'load', 'no-cache', 'pull', 'push', 'quiet'];
// pflag StringSlice flags: each value is a CSV record (`--allow a,b`, `--add-host "h:1,x"`)
const SLICE = ['add-host', 'allow'];
const SHORT = { o: 'output', t: 'tag', f: 'file', q: 'quiet', D: 'debug' };

export const USAGE_BUILD = `\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information\n`;

export class FlagError extends Error {}

/** Parses build argv into { flags: Map<name, string[]|string|boolean>, args: string[] }. */
export function parseBuildFlags(argv) {
  const flags = new Map();
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      args.push(a);
      continue;
    }
    let name;
    let value;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      value = eq < 0 ? undefined : a.slice(eq + 1);
      if (!ARRAY.includes(name) && !STRING.includes(name) && !BOOL.includes(name))
        throw new FlagError(`unknown flag: --${name}`);
    } else {
      const letter = a[1];
      name = SHORT[letter];
      if (!name) throw new FlagError(`unknown shorthand flag: '${letter}' in ${a}`);
      const rest = a.slice(2);
      value = rest === '' ? undefined : rest.startsWith('=') ? rest.slice(1) : rest;
    }
    if (BOOL.includes(name)) {
      flags.set(name, value === undefined ? true : value === 'true' || value === '1');
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
      value = argv[++i];
    }
    if (ARRAY.includes(name)) {
      // StringArray for most; --platform values are comma-split by buildx, SLICE ones read as CSV
      const list = flags.get(name) ?? [];
      if (name === 'platform') list.push(...value.split(',').filter(Boolean));
      else if (SLICE.includes(name)) {
        try {
          list.push(...(value === '' ? [] : readCsvRecord(value)));
        } catch (e) {
          if (!(e instanceof CsvError)) throw e;
          throw new FlagError(`invalid argument "${value}" for "--${name}" flag: ${e.message}`);
        }
      } else list.push(value);
      flags.set(name, list);
    } else flags.set(name, value);
  }
  return { flags, args };
}
