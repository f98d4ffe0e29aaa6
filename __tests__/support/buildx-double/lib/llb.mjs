// The LLB definition BuildKit attaches to a lint result's source (`sources[].definition` of
// build2/check/*-json.stdout): a local source op for the Dockerfile and the terminal op that
// points at it, protobuf-encoded byte for byte, with a fresh local.session ID.
import { createHash } from 'node:crypto';
import { buildRefId } from './image.mjs';

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
/** A length-delimited protobuf field. */
const field = (num, bytes) => {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return Buffer.concat([varint((num << 3) | 2), varint(b.length), b]);
};
const digestOf = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export function dockerfileDefinition(fileName, session = buildRefId()) {
  const attrs = {
    'local.differ': 'none',
    'local.followpaths': JSON.stringify([fileName, `${fileName}.dockerignore`, 'dockerfile']),
    'local.session': session,
    'local.sharedkeyhint': 'dockerfile',
  };
  const source = Buffer.concat([
    field(1, 'local://dockerfile'),
    ...Object.entries(attrs).map(([k, v]) => field(2, Buffer.concat([field(1, k), field(2, v)]))),
  ]);
  // Op: constraints (11, empty) is written before the source oneof (3), as Go marshals it
  const op = Buffer.concat([field(11, Buffer.alloc(0)), field(3, source)]);
  const opDigest = digestOf(op);
  const terminal = field(1, field(1, opDigest));
  return {
    def: [op.toString('base64'), terminal.toString('base64')],
    metadata: Object.fromEntries(
      [
        [
          opDigest,
          {
            description: { 'llb.customname': `[internal] load build definition from ${fileName}` },
            caps: {
              'source.local': true,
              'source.local.followpaths': true,
              'source.local.sessionid': true,
              'source.local.sharedkeyhint': true,
            },
          },
        ],
        [digestOf(terminal), { caps: { constraints: true, 'meta.description': true, platform: true } }],
      ].sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    Source: { locations: { [opDigest]: {} } },
  };
}
