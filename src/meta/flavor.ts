import { InputError, quote } from '../base/input-error.js';
import { splitFields } from './fields.js';

/** The `flavor` input (docker/metadata-action README, "flavor input"). */
export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

const EXPECTED =
  'latest=auto|true|false, prefix=<text>[,onlatest=true|false], suffix=<text>[,onlatest=true|false]';

export function parseFlavor(lines: readonly string[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  for (const line of lines) {
    let onLatestFor: 'prefix' | 'suffix' | undefined;
    for (const field of splitFields(line, 'flavor', EXPECTED)) {
      const bad = (problem: string, expected = EXPECTED): never => {
        throw new InputError('flavor', `${quote(line)} ${problem}`, expected);
      };
      switch (field.key) {
        case undefined:
          return bad(`has ${quote(field.value)} without a key`);
        case 'latest':
          if (field.value !== 'auto' && field.value !== 'true' && field.value !== 'false') {
            bad(`has latest=${quote(field.value)}`, 'latest=auto, latest=true or latest=false');
          }
          flavor.latest = field.value as Flavor['latest'];
          break;
        case 'prefix':
          flavor.prefix = field.value;
          onLatestFor = 'prefix';
          break;
        case 'suffix':
          flavor.suffix = field.value;
          onLatestFor = 'suffix';
          break;
        case 'onlatest':
          if (field.value !== 'true' && field.value !== 'false')
            bad(`has onlatest=${quote(field.value)}`, 'onlatest=true or onlatest=false');
          if (onLatestFor === 'prefix') flavor.prefixLatest = field.value === 'true';
          else if (onLatestFor === 'suffix') flavor.suffixLatest = field.value === 'true';
          else bad('has onlatest without a prefix or suffix before it');
          break;
        default:
          bad(`has unknown key ${quote(field.key)}`);
      }
    }
  }
  return flavor;
}
