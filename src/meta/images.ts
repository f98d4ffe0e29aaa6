import { InputError, quote } from '../base/input-error.js';
import { splitFields } from './fields.js';

/** One entry of the `images` input. */
export interface ImageEntry {
  name: string;
  enable: boolean;
}

const EXPECTED = 'an image name such as ghcr.io/owner/app, or name=<image>,enable=<true|false>';

// distribution/reference grammar: optional domain, then lowercase path components; no tag or digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const NAME = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);

function checkName(name: string, line: string): string {
  const lower = name.toLowerCase();
  if (lower === '') throw new InputError('images', `${quote(line)} has an empty name`, EXPECTED);
  if (!NAME.test(lower) || lower.length > 255) {
    const hint =
      /[:@][^/]*$/.test(lower) && !/^[^/]+:\d+\//.test(lower) ? ' (a tag or digest is not allowed here)' : '';
    throw new InputError('images', `${quote(name)} is not a valid image name${hint}`, EXPECTED);
  }
  return lower;
}

/**
 * Parses `images` lines. As in docker/metadata-action, a single line of bare names may be
 * comma-separated (`name/app,ghcr.io/name/app`); otherwise each line is one entry. Names are
 * lower-cased, then checked against the reference grammar.
 */
export function parseImages(lines: readonly string[]): ImageEntry[] {
  const first = lines[0];
  if (lines.length === 1 && first !== undefined) {
    const fields = splitFields(first, 'images', EXPECTED);
    if (fields.every((f) => f.key === undefined)) {
      return fields
        .filter((f) => f.value !== '')
        .map((f) => ({ name: checkName(f.value, first), enable: true }));
    }
  }
  return lines.map((line) => {
    const image: ImageEntry = { name: '', enable: true };
    for (const field of splitFields(line, 'images', EXPECTED)) {
      if (field.key === undefined || field.key === 'name') image.name = field.value;
      else if (field.key === 'enable') {
        if (field.value !== 'true' && field.value !== 'false') {
          throw new InputError(
            'images',
            `${quote(line)} has enable=${quote(field.value)}`,
            'enable=true or enable=false',
          );
        }
        image.enable = field.value === 'true';
      } else
        throw new InputError('images', `${quote(line)} has unknown attribute ${quote(field.key)}`, EXPECTED);
    }
    image.name = checkName(image.name, line);
    return image;
  });
}
