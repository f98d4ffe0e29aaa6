import { describe, expect, test } from 'vitest';
import {
  DigestRecordError,
  digestOfFileName,
  encodeDigestRecord,
  parseDigestFile,
  recordFileName,
  sameImageRecord,
  type DigestRecord,
} from '../../../src/artifact/digest-record.js';

const HEX = 'c0ffee'.padEnd(64, '0');
const DIGEST = `sha256:${HEX}`;
const FULL: DigestRecord = {
  version: 1,
  digest: DIGEST,
  platform: 'linux/arm/v7',
  images: ['docker.io/langgenius/dify-api', 'ghcr.io/langgenius/dify-api'],
  context: 'api',
  commit: 'a'.repeat(40),
  runId: '123456789',
  runAttempt: 2,
};

describe('digest record file', () => {
  test('is named by the digest hex, without sha256:', () => {
    expect(recordFileName(DIGEST)).toBe(HEX);
    expect(digestOfFileName(HEX)).toBe(DIGEST);
  });

  test('round-trips every field through encode and parse', () => {
    const text = encodeDigestRecord(FULL, { artifact: 'digests-api-linux-arm-v7' });
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseDigestFile(HEX, text, 'digests-api-linux-arm-v7')).toEqual(FULL);
  });

  test('encodes equal records to equal bytes whatever the key order', () => {
    const shuffled = {
      runAttempt: 2,
      images: FULL.images,
      digest: DIGEST,
      version: 1,
      commit: FULL.commit,
      context: 'api',
      platform: FULL.platform,
      runId: FULL.runId,
    } as DigestRecord;
    expect(encodeDigestRecord(shuffled, { artifact: 'a' })).toBe(encodeDigestRecord(FULL, { artifact: 'a' }));
  });

  test.each(['', '\n', '  \n'])(
    'the recipe’s empty file (%j) gives a record holding only the digest',
    (content) => {
      expect(parseDigestFile(HEX, content, 'digests-linux-amd64')).toEqual({ version: 1, digest: DIGEST });
    },
  );

  test('ignores keys it does not know (a later version-1 writer may add some)', () => {
    const text = JSON.stringify({ version: 1, digest: DIGEST, builder: 'buildkit' });
    expect(parseDigestFile(HEX, text, 'x')).toEqual({ version: 1, digest: DIGEST });
  });
});

describe('a bad digest file is refused with the artifact and the file named', () => {
  test.each([
    ['sha256:' + HEX, '', 'the file name is not a digest'],
    [HEX.slice(1), '', 'the file name is not a digest'],
    [HEX.toUpperCase(), '', 'the file name is not a digest'],
    ['abc123', '', 'the file name is not a digest'],
    [HEX, '{"version":1,', 'the content is not JSON'],
    [HEX, '[1,2]', 'the content is not a JSON object'],
    [HEX, JSON.stringify({ version: 2, digest: DIGEST }), 'record version 2 was written by a newer release'],
    [HEX, JSON.stringify({ digest: DIGEST }), '"version" is undefined'],
    [HEX, JSON.stringify({ version: 1, digest: HEX }), '"digest" is'],
    [HEX, JSON.stringify({ version: 1, digest: `sha256:${'b'.repeat(64)}` }), 'the record says sha256:bbbb'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, platform: 'amd64' }), '"platform" is "amd64"'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, images: 'ghcr.io/a/b' }), '"images" is'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, images: ['ghcr.io/a/b@sha256:00'] }), '"images" is'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, commit: 'main' }), '"commit" is "main"'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, runAttempt: 0 }), '"runAttempt" is 0'],
    [HEX, JSON.stringify({ version: 1, digest: DIGEST, runId: 42 }), '"runId" is 42'],
  ])('file %s content %s', (file, content, problem) => {
    let caught: unknown;
    try {
      parseDigestFile(file, content, 'digests-api-linux-amd64');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DigestRecordError);
    const message = (caught as Error).message;
    expect(message).toContain('digest artifact "digests-api-linux-amd64" file ');
    expect(message).toContain(JSON.stringify(file));
    expect(message).toContain(problem);
  });

  test('encode refuses what parse would refuse', () => {
    expect(() => encodeDigestRecord({ ...FULL, platform: 'linux' }, { artifact: 'digests-x' })).toThrow(
      'digest artifact "digests-x": "platform" is "linux"; expected os/arch[/variant]',
    );
  });
});

describe('sameImageRecord: what a re-run compares', () => {
  test.each([
    ['another attempt of the same run', { runAttempt: 3 }, true],
    ['the images in another order', { images: [...(FULL.images ?? [])].reverse() }, true],
    ['another digest', { digest: `sha256:${'d'.repeat(64)}` }, false],
    ['another platform', { platform: 'linux/arm64' }, false],
    ['other images', { images: ['ghcr.io/x/y'] }, false],
    ['another commit', { commit: 'b'.repeat(40) }, false],
    ['no context', { context: undefined }, false],
  ])('%s -> %s', (_what, change, same) => {
    const other: DigestRecord = { ...FULL, ...change };
    expect(sameImageRecord(FULL, other)).toBe(same);
  });
});
