import { InputError, quote } from '../base/input-error.js';
import { splitFields } from './fields.js';

/** Tag types and their default priorities (docker/metadata-action README, "priority attribute"). */
export const DEFAULT_PRIORITIES = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
} as const;

export type TagType = keyof typeof DEFAULT_PRIORITIES;
export const TAG_TYPES = Object.keys(DEFAULT_PRIORITIES) as TagType[];

/** One line of the `tags` input with its defaults filled in; attribute values stay strings. */
export interface TagRule {
  type: TagType;
  attrs: Record<string, string>;
  /** The line as written, for messages. */
  source: string;
  /**
   * Attributes no rule knows, left out of `attrs`: metadata-action keeps and ignores them, so a
   * workflow with one still runs; the engine warns about each.
   */
  ignored: string[];
}

const ATTRIBUTES = [
  'type',
  'enable',
  'priority',
  'prefix',
  'suffix',
  'pattern',
  'value',
  'group',
  'event',
  'format',
  'branch',
  'match',
];
const EXPECTED =
  'type=<schedule|semver|pep440|match|edge|ref|raw|sha> with key=value attributes, or a bare tag';

/** The rules metadata-action uses when `tags` is empty. */
export const DEFAULT_TAG_LINES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr',
];

function fail(line: string, problem: string, expected = EXPECTED): never {
  throw new InputError('tags', `${quote(line)} ${problem}`, expected);
}

/** Compiles a `match` pattern: `/re/flags` or a plain regular expression. */
export function matchRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/(.*)$/.exec(pattern);
  return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(pattern);
}

/** Compiles a semver or pep440 `match` as metadata-action does (`String.prototype.match`). */
export function partRegExp(pattern: string): RegExp {
  return new RegExp(pattern);
}

export function parseTagRule(line: string): TagRule {
  let type: TagType | undefined;
  const attrs: Record<string, string> = {};
  const ignored: string[] = [];
  for (const field of splitFields(line, 'tags', EXPECTED)) {
    if (field.key === undefined) {
      attrs['value'] = field.value;
    } else if (field.key === 'type') {
      if (!(TAG_TYPES as string[]).includes(field.value)) {
        fail(line, `has unknown type ${quote(field.value)}`, `one of ${TAG_TYPES.join(', ')}`);
      }
      type = field.value as TagType;
    } else if (!ATTRIBUTES.includes(field.key)) {
      ignored.push(field.key);
    } else {
      attrs[field.key] = field.value;
    }
  }
  type ??= 'raw';
  const need = (name: string): void => {
    if (!Object.hasOwn(attrs, name)) fail(line, `has no ${name} attribute`, `type=${type} with ${name}=...`);
  };
  switch (type) {
    case 'schedule':
      attrs['pattern'] ??= 'nightly';
      break;
    case 'semver':
    case 'pep440':
      need('pattern');
      attrs['value'] ??= '';
      attrs['match'] ??= '';
      try {
        partRegExp(attrs['match'] ?? '');
      } catch (error) {
        fail(
          line,
          `has an invalid match expression (${(error as Error).message})`,
          'a JavaScript regular expression',
        );
      }
      break;
    case 'match': {
      need('pattern');
      attrs['group'] ??= '0';
      attrs['value'] ??= '';
      if (!/^\d+$/.test(attrs['group'] ?? ''))
        fail(line, `has group ${quote(attrs['group'] ?? '')}`, 'a capture group number');
      try {
        matchRegExp(attrs['pattern'] ?? '');
      } catch (error) {
        fail(
          line,
          `has an invalid regular expression (${(error as Error).message})`,
          'a JavaScript regular expression',
        );
      }
      break;
    }
    case 'edge':
      attrs['branch'] ??= '';
      break;
    case 'ref':
      need('event');
      if (!['branch', 'tag', 'pr'].includes(attrs['event'] ?? '')) {
        fail(line, `has event ${quote(attrs['event'] ?? '')}`, 'event=branch, event=tag or event=pr');
      }
      if (attrs['event'] === 'pr') attrs['prefix'] ??= 'pr-';
      break;
    case 'raw':
      need('value');
      break;
    case 'sha':
      attrs['prefix'] ??= 'sha-';
      attrs['format'] ??= 'short';
      if (!['short', 'long'].includes(attrs['format'] ?? '')) {
        fail(line, `has format ${quote(attrs['format'] ?? '')}`, 'format=short or format=long');
      }
      break;
  }
  attrs['enable'] ??= 'true';
  const enable = attrs['enable'] ?? '';
  if (!enable.includes('{{') && !['true', 'false'].includes(enable)) {
    fail(
      line,
      `has enable=${quote(enable)}`,
      'enable=true, enable=false or an expression such as {{is_default_branch}}',
    );
  }
  attrs['priority'] ??= String(DEFAULT_PRIORITIES[type]);
  if (!/^-?\d+$/.test(attrs['priority'] ?? '')) {
    fail(line, `has priority ${quote(attrs['priority'] ?? '')}`, 'an integer priority');
  }
  return { type, attrs, source: line, ignored };
}

/** Parses the `tags` lines (defaults when there are none), sorted by priority, highest first (stable). */
export function parseTagRules(lines: readonly string[]): TagRule[] {
  const rules = (lines.length > 0 ? lines : DEFAULT_TAG_LINES).map(parseTagRule);
  return rules.sort((a, b) => Number(b.attrs['priority']) - Number(a.attrs['priority']));
}
