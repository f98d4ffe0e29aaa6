import * as pep440 from '@renovatebot/pep440';
// The two functions used, not the whole package: its index builds every range regex at load.
import parseSemver from 'semver/functions/parse.js';
import validSemver from 'semver/functions/valid.js';
import { InputError, quote } from '../base/input-error.js';
import { effectiveSha, type MetaContext, type MetaOptions, type RepoInfo } from './context.js';
import type { Flavor } from './flavor.js';
import { matchRegExp, partRegExp, type TagRule } from './tag-rules.js';
import { isRawStatement, render, type Scope } from './template.js';

/** The computed version: the first tag, the other tags, and whether `latest` goes with them. */
export interface Version {
  main: string | undefined;
  partial: string[];
  latest: boolean;
}

export interface VersionInput {
  rules: readonly TagRule[];
  flavor: Flavor;
  ctx: MetaContext;
  repo: RepoInfo;
  options: MetaOptions;
  /** The global expressions, built once by `globalScope`. */
  scope: Scope;
}

/** Replaces each run of characters a tag cannot hold with `-` (docker/metadata-action "sanitization"). */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

const TAG_REF = /^refs\/tags\//;

/**
 * Walks the rules in priority order and collects the tags they produce, as docker/metadata-action
 * does: the first produced tag is `main`, later distinct ones are `partial`, and the first rule
 * that produces anything decides `latest` (auto: only semver, pep440, match and tag refs).
 * Warnings (e.g. a tag that is not semver) are pushed to `warnings`.
 */
export function computeVersion(input: VersionInput, warnings: string[]): Version {
  const { flavor, ctx, scope } = input;
  let main: string | undefined;
  const partial: string[] = [];
  let latest: boolean | undefined;

  const expr = (rule: TagRule, text: string): string => evaluate(rule, text, scope);
  const add = (rule: TagRule, value: string, autoLatest?: boolean): void => {
    let tag = value;
    const prefix = Object.hasOwn(rule.attrs, 'prefix') ? (rule.attrs['prefix'] ?? '') : flavor.prefix;
    const suffix = Object.hasOwn(rule.attrs, 'suffix') ? (rule.attrs['suffix'] ?? '') : flavor.suffix;
    tag = sanitizeTag(`${expr(rule, prefix)}${tag}${expr(rule, suffix)}`);
    if (main === undefined) main = tag;
    else if (tag !== main) partial.push(tag);
    if (latest === undefined) {
      latest = autoLatest !== undefined && flavor.latest === 'auto' ? autoLatest : flavor.latest === 'true';
    }
  };
  const tagName = ctx.ref.replace(TAG_REF, '');
  const fromTagOrValue = (rule: TagRule): string | undefined => {
    const value = rule.attrs['value'] ?? '';
    if (value.length > 0) return expr(rule, value);
    return TAG_REF.test(ctx.ref) ? tagName : undefined;
  };

  for (const rule of input.rules) {
    const enabled = expr(rule, rule.attrs['enable'] ?? 'true');
    if (enabled !== 'true' && enabled !== 'false') {
      throw new InputError(
        'tags',
        `${quote(rule.source)} has enable evaluating to ${quote(enabled)}`,
        'true or false',
      );
    }
    if (enabled === 'false') continue;
    const pattern = rule.attrs['pattern'] ?? '';
    switch (rule.type) {
      case 'schedule':
        if (ctx.eventName === 'schedule') add(rule, expr(rule, pattern));
        break;
      case 'semver': {
        const found = fromTagOrValue(rule);
        if (found === undefined) break;
        const raw = versionPart(rule, found, warnings);
        if (!validSemver(raw)) {
          warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
          break;
        }
        const parsed = parseSemver(raw);
        if (!parsed) break;
        const fields: Scope = {
          raw: parsed.raw,
          version: parsed.version,
          major: String(parsed.major),
          minor: String(parsed.minor),
          patch: String(parsed.patch),
          prerelease: parsed.prerelease.join(','),
          build: parsed.build.join(','),
        };
        if (parsed.prerelease.length > 0) {
          add(rule, renderPattern(rule, isRawStatement(pattern) ? pattern : '{{version}}', fields), false);
        } else {
          add(rule, renderPattern(rule, pattern, fields), true);
        }
        break;
      }
      case 'pep440': {
        const found = fromTagOrValue(rule);
        if (found === undefined) break;
        const raw = versionPart(rule, found, warnings);
        if (!pep440.valid(raw)) {
          warnings.push(
            `${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`,
          );
          break;
        }
        const explained = pep440.explain(raw);
        const clean = pep440.clean(raw) ?? raw;
        if (explained && (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease)) {
          add(rule, isRawStatement(pattern) ? raw : clean, false);
        } else {
          const fields: Scope = {
            raw,
            version: clean,
            major: String(pep440.major(raw)),
            minor: String(pep440.minor(raw)),
            patch: String(pep440.patch(raw)),
          };
          add(rule, renderPattern(rule, pattern, fields), true);
        }
        break;
      }
      case 'match': {
        const raw = fromTagOrValue(rule);
        if (raw === undefined) break;
        const found = raw.match(matchRegExp(pattern));
        const group = found?.[Number(rule.attrs['group'] ?? '0')];
        if (group) add(rule, group, true);
        break;
      }
      case 'edge': {
        if (!ctx.ref.startsWith('refs/heads/')) break;
        const branch = rule.attrs['branch'] || input.repo.defaultBranch;
        if (branch === ctx.ref.slice('refs/heads/'.length)) add(rule, 'edge');
        break;
      }
      case 'ref':
        switch (rule.attrs['event'] ?? '') {
          case 'branch':
            if (ctx.ref.startsWith('refs/heads/')) add(rule, ctx.ref.slice('refs/heads/'.length));
            break;
          case 'tag':
            if (TAG_REF.test(ctx.ref)) add(rule, tagName, true);
            break;
          case 'pr':
            if (ctx.ref.startsWith('refs/pull/'))
              add(rule, ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, ''));
            break;
          default: // parseTagRule only lets branch, tag and pr through
            break;
        }
        break;
      case 'raw': {
        const value = rule.attrs['value'] ?? '';
        if (value.trim().length > 0) add(rule, expr(rule, value));
        break;
      }
      case 'sha': {
        const sha = effectiveSha(ctx, input.options);
        if (!sha) break;
        add(rule, rule.attrs['format'] === 'short' ? sha.slice(0, input.options.shortShaLength) : sha);
        break;
      }
    }
  }
  return { main, partial: [...new Set(partial)], latest: latest ?? false };
}

/**
 * The part of a tag or value that a semver or pep440 rule reads, as metadata-action v6 does: the
 * first capture group of `match` when it matches (a warning when it does not), then `/` as `-`.
 */
function versionPart(rule: TagRule, raw: string, warnings: string[]): string {
  const pattern = rule.attrs['match'] ?? '';
  let part = raw;
  if (pattern !== '') {
    const found = raw.match(partRegExp(pattern));
    if (!found) {
      warnings.push(`${pattern} does not match ${raw}.`);
    } else if (found[1] === undefined) {
      throw new InputError(
        'tags',
        `${quote(rule.source)} has match=${quote(pattern)} without a first group in ${quote(raw)}`,
        'a regular expression whose first group captures the version',
      );
    } else {
      part = found[1];
    }
  }
  return part.replace(/\//g, '-');
}

function evaluate(rule: TagRule, text: string, scope: Scope): string {
  try {
    return render(text, scope);
  } catch (error) {
    throw new InputError('tags', `${quote(rule.source)}: ${(error as Error).message}`, 'a valid expression');
  }
}

function renderPattern(rule: TagRule, pattern: string, fields: Scope): string {
  return evaluate(rule, pattern, fields);
}
