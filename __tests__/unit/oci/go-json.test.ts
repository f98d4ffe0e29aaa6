import { describe, expect, test } from 'vitest';
import {
  compareGoKeys,
  encodeIndex,
  goMarshalIndent,
  goQuote,
  parseIndex,
  sortedMap,
} from '../../../src/oci/index.js';

// Expected outputs are what Go's encoding/json (>= 1.22, HTML escaping on) writes.
describe('goQuote', () => {
  test.each([
    ['plain', '"plain"'],
    ['a<b>c&d', '"a\\u003cb\\u003ec\\u0026d"'],
    ['say "hi" \\ o/', '"say \\"hi\\" \\\\ o/"'],
    ['tab\tnl\ncr\r', '"tab\\tnl\\ncr\\r"'],
    ['\b\f', '"\\b\\f"'],
    ['\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
    ['\u007f', '"\u007f"'],
    ['line\u2028para\u2029', '"line\\u2028para\\u2029"'],
    ['é ü 日本', '"é ü 日本"'],
    ['😀', '"😀"'],
    ['lone \ud800 high', '"lone \\ufffd high"'],
    ['lone \udc00 low', '"lone \\ufffd low"'],
    ["'single'", '"\'single\'"'],
  ])('%j', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });
});

describe('goMarshalIndent', () => {
  test('nests with two spaces, no trailing newline, empty containers inline', () => {
    const value = new Map<string, Parameters<typeof goMarshalIndent>[0]>([
      ['n', 2],
      ['s', 'x'],
      ['b', true],
      ['z', null],
      ['empty', []],
      ['none', new Map()],
      ['list', [1, new Map([['k', 'v']])]],
    ]);
    expect(goMarshalIndent(value)).toBe(
      '{\n  "n": 2,\n  "s": "x",\n  "b": true,\n  "z": null,\n  "empty": [],\n  "none": {},\n' +
        '  "list": [\n    1,\n    {\n      "k": "v"\n    }\n  ]\n}',
    );
  });

  test('refuses a non-integer number', () => {
    expect(() => goMarshalIndent(1.5)).toThrow(/Go integer/);
  });

  test('map keys are sorted by UTF-8 bytes, not UTF-16 units', () => {
    // U+FF61 is EF BD A1 in UTF-8, U+1F600 is F0 9F 98 80: Go puts U+FF61 first; a plain JS sort
    // (surrogate D83D < FF61) would not.
    expect(Object.keys({ '\u{1F600}': 1, '\uFF61': 1 }).sort()).toEqual(['\u{1F600}', '\uFF61']);
    expect([...sortedMap({ '\u{1F600}': 'a', '\uFF61': 'b', B: 'c', a: 'd' }).keys()]).toEqual([
      'B',
      'a',
      '\uFF61',
      '\u{1F600}',
    ]);
    expect(compareGoKeys('a', 'b')).toBeLessThan(0);
  });
});

describe('encodeIndex', () => {
  test('Go field order, omitempty, sorted and escaped annotations', () => {
    const text = encodeIndex({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          artifactType: 'application/x-art',
          platform: { variant: 'v7', osFeatures: ['f'], osVersion: '1', os: 'linux', architecture: 'arm' },
          data: 'e30=',
          annotations: { z: '1', a: '<&>' },
          urls: ['https://example.com/x'],
          size: 12,
          digest: `sha256:${'a'.repeat(64)}`,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
        },
        { mediaType: 'm', digest: `sha256:${'b'.repeat(64)}`, size: 0, annotations: {}, urls: [] },
      ],
      annotations: { 'org.opencontainers.image.title': 'x' },
    });
    expect(text).toBe(
      [
        '{',
        '  "schemaVersion": 2,',
        '  "mediaType": "application/vnd.oci.image.index.v1+json",',
        '  "manifests": [',
        '    {',
        '      "mediaType": "application/vnd.oci.image.manifest.v1+json",',
        `      "digest": "sha256:${'a'.repeat(64)}",`,
        '      "size": 12,',
        '      "urls": [',
        '        "https://example.com/x"',
        '      ],',
        '      "annotations": {',
        '        "a": "\\u003c\\u0026\\u003e",',
        '        "z": "1"',
        '      },',
        '      "data": "e30=",',
        '      "platform": {',
        '        "architecture": "arm",',
        '        "os": "linux",',
        '        "os.version": "1",',
        '        "os.features": [',
        '          "f"',
        '        ],',
        '        "variant": "v7"',
        '      },',
        '      "artifactType": "application/x-art"',
        '    },',
        '    {',
        '      "mediaType": "m",',
        `      "digest": "sha256:${'b'.repeat(64)}",`,
        '      "size": 0',
        '    }',
        '  ],',
        '  "annotations": {',
        '    "org.opencontainers.image.title": "x"',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  test('decoding drops unknown fields and matches field names case-insensitively, like Go', () => {
    const doc = {
      schemaVersion: 2,
      MediaType: 'application/vnd.oci.image.index.v1+json',
      extra: true,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          DIGEST: `sha256:${'c'.repeat(64)}`,
          size: 3,
          platform: { os: 'linux', architecture: '' },
          unknown: 'x',
        },
      ],
    };
    const index = parseIndex(Buffer.from(JSON.stringify(doc)));
    expect(encodeIndex(index)).toBe(
      `{\n  "schemaVersion": 2,\n  "mediaType": "application/vnd.oci.image.index.v1+json",\n  "manifests": [\n    {\n` +
        `      "mediaType": "application/vnd.oci.image.manifest.v1+json",\n      "digest": "sha256:${'c'.repeat(64)}",\n` +
        `      "size": 3,\n      "platform": {\n        "architecture": "",\n        "os": "linux"\n      }\n    }\n  ]\n}`,
    );
  });
});
