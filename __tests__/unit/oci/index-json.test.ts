import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY } from '../../support/paths.js';
import { encodeIndex, isIndex, parseIndex } from '../../../src/oci/index.js';

const dir = join(REPLAY, 'blobs', 'sha256');
// objects.txt names each manifest's media type: "<kind> <digest> <size> <mediaType>".
const indexes = readFileSync(join(REPLAY, 'objects.txt'), 'utf8')
  .split('\n')
  .map((line) => line.split(' '))
  .filter(([kind, , , mediaType]) => kind === 'manifest' && isIndex(mediaType ?? ''))
  .map(([, digest]) => {
    const hex = digest!.slice('sha256:'.length);
    return [hex, readFileSync(join(dir, hex))] as const;
  });

describe('encodeIndex writes what BuildKit and buildx write', () => {
  test('the replay set holds per-platform indexes', () => {
    expect(indexes.length).toBeGreaterThanOrEqual(9);
  });

  // BuildKit's exporter and imagetools create share the Go encoding, so decoding and
  // re-encoding a recorded index must give its exact bytes back.
  test.each(indexes.map(([hex, bytes]) => [hex.slice(0, 12), bytes] as const))(
    'index %s round-trips',
    (_h, bytes) => {
      expect(encodeIndex(parseIndex(bytes))).toBe(bytes.toString('utf8'));
    },
  );
});
