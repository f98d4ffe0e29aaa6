import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPLAY } from '../../support/paths.js';
import {
  type Source,
  configDescriptor,
  detectMediaType,
  needsConfigPlatform,
  parseAnnotations,
  platformFromConfig,
} from '../../../src/oci/index.js';

/** Content-addressed bytes read from recorded fixtures, as a registry would serve them. */
export class FixtureStore {
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly mediaTypes = new Map<string, string>();

  /** The replay set: blobs/sha256/<hex> plus the media types objects.txt lists. */
  static replay(): FixtureStore {
    const store = new FixtureStore();
    const dir = join(REPLAY, 'blobs', 'sha256');
    for (const hex of readdirSync(dir)) store.bytes.set(`sha256:${hex}`, readFileSync(join(dir, hex)));
    for (const line of readFileSync(join(REPLAY, 'objects.txt'), 'utf8').split('\n')) {
      const [kind, digest, , mediaType] = line.split(' ');
      if (kind === 'manifest' && digest !== undefined && mediaType !== undefined) {
        store.mediaTypes.set(digest, mediaType);
      }
    }
    return store;
  }

  /** Every JSON file under `dir` (recursively), addressed by its sha256; media types sniffed. */
  static fromJsonFiles(dir: string): FixtureStore {
    const store = new FixtureStore();
    const walk = (d: string): void => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.json')) {
          const bytes = readFileSync(path);
          store.bytes.set(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes);
        }
      }
    };
    walk(dir);
    return store;
  }

  get(digest: string): Uint8Array {
    const bytes = this.bytes.get(digest);
    if (bytes === undefined) throw new Error(`fixture ${digest} not found`);
    return bytes;
  }

  /** A merge source as the merge mode would build it: bytes, reported type, config platform. */
  source(digest: string): Source {
    const bytes = this.get(digest);
    const source: Source = {
      digest,
      mediaType: this.mediaTypes.get(digest) ?? detectMediaType(bytes),
      size: bytes.length,
      bytes,
    };
    if (needsConfigPlatform(source)) {
      source.configPlatform = platformFromConfig(this.get(configDescriptor(source)!.digest));
    }
    return source;
  }
}

/** The `imagetools create` flags our combine understands, from recorded argv. */
export function optionsFromArgs(args: readonly string[]): {
  annotations: ReturnType<typeof parseAnnotations>;
  preferIndex: boolean;
  append: boolean;
} {
  const annotationTexts: string[] = [];
  let preferIndex = true;
  let append = false;
  for (const arg of args) {
    if (arg.startsWith('--annotation=')) annotationTexts.push(arg.slice('--annotation='.length));
    else if (arg === '--prefer-index=false') preferIndex = false;
    else if (arg === '--append') append = true;
    else throw new Error(`unexpected recorded flag ${arg}`);
  }
  return { annotations: parseAnnotations(annotationTexts), preferIndex, append };
}
