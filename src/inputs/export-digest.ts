import { artifactNameProblem } from '../artifact/artifact-name.js';
import { parseImages } from '../meta/images.js';
import { formatPlatform, parsePlatform } from '../oci/platform.js';
import { isDigest, parseRepository } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import { readList, type RawInputs } from './reader.js';

/** A digest given by input, for builds made by other means than this action's `build` step. */
export interface GivenDigest {
  digest: string;
  /** `os/arch[/variant]`, normalized. */
  platform: string;
  /** Image names as written (lower-cased); may be empty (the merge then looks in its first image). */
  images: string[];
}

export interface ExportDigestInputs {
  /** Undefined: export what this job's `build` step recorded. */
  given?: GivenDigest;
  /** Overrides the build record's context in the default artifact name. */
  context?: string;
  /** Undefined: `digests-<context>-<platform-pair>`. */
  artifactName?: string;
  retentionDays: number;
}

// The artifact service keeps artifacts 1 to 90 days (actions/upload-artifact README, "Limitations").
const MAX_RETENTION_DAYS = 90;

export function parseExportDigestInputs(raw: RawInputs): ExportDigestInputs {
  const inputs: ExportDigestInputs = { retentionDays: parseRetentionDays(raw('retention-days')) };
  const digest = raw('digest');
  if (digest !== '') inputs.given = parseGivenDigest(digest, raw);
  const context = raw('context');
  if (context !== '') inputs.context = context;
  const name = raw('artifact-name');
  if (name !== '') {
    const problem = artifactNameProblem(name);
    if (problem !== undefined) {
      throw new InputError(
        'artifact-name',
        `${quote(name)}: ${problem}`,
        'a name without " : < > | * ? \\ / or line breaks',
      );
    }
    inputs.artifactName = name;
  }
  return inputs;
}

function parseRetentionDays(text: string): number {
  if (text === '') return 1;
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new InputError(
      'retention-days',
      `${quote(text)} is not a number of days`,
      `a whole number from 1 to ${MAX_RETENTION_DAYS}`,
    );
  }
  return days;
}

function parseGivenDigest(digest: string, raw: RawInputs): GivenDigest {
  if (!isDigest(digest) || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new InputError(
      'digest',
      `${quote(digest)} is not a sha256 digest`,
      'sha256: and 64 lower-case hex digits',
    );
  }
  const platformText = raw('platform');
  if (platformText === '') {
    throw new InputError(
      'platform',
      'is empty, but "digest" is given',
      'the platform the digest was built for, os/arch[/variant] (e.g. linux/arm64)',
    );
  }
  let platform: string;
  try {
    platform = formatPlatform(parsePlatform(platformText));
  } catch {
    throw new InputError(
      'platform',
      `${quote(platformText)} is not a platform`,
      'os/arch[/variant], e.g. linux/arm64',
    );
  }
  const images = parseImages(readList(raw, 'images', { comments: true }))
    .filter((image) => image.enable)
    .map((image) => {
      try {
        parseRepository(image.name);
      } catch (error) {
        throw new InputError(
          'images',
          (error as Error).message,
          'image names such as docker.io/langgenius/dify-api',
        );
      }
      return image.name;
    });
  return { digest, platform, images };
}
