// `--secret`, `--add-host`, `--allow` as buildx v0.28 reads them (build2/flags/, observations 5
// and 6), and the checks BuildKit makes against them: entitlements the builder grants,
// `RUN --network=host`, `RUN --mount=type=secret,required=true`.
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { CsvError, readCsvRecord } from './csv.mjs';
import { splitFlags } from './dockerfile.mjs';

/** An error buildx reports as `ERROR: <message>`, exit 1, before any progress output. */
export class EarlyError extends Error {}

/** buildx build/secrets.go parseSecret: one `--secret` value -> { id, src, env }. */
export function parseSecret(value) {
  let fields;
  try {
    fields = readCsvRecord(value);
  } catch (e) {
    if (e instanceof CsvError) throw new EarlyError(`failed to parse csv secret: ${e.message}`);
    throw e;
  }
  const s = { id: '', src: '', env: '' };
  let type = '';
  for (const f of fields) {
    const eq = f.indexOf('=');
    if (eq < 0) throw new EarlyError(`invalid field '${f}' must be a key=value pair`);
    const key = f.slice(0, eq).toLowerCase();
    const v = f.slice(eq + 1);
    if (key === 'type') {
      if (v !== 'file' && v !== 'env') throw new EarlyError(`unsupported secret type "${v}"`);
      type = v;
    } else if (key === 'id') s.id = v;
    else if (key === 'source' || key === 'src') s.src = v;
    else if (key === 'env') s.env = v;
    else throw new EarlyError(`unexpected key '${key}' in '${f}'`);
  }
  if (type === 'env' && !s.env) [s.env, s.src] = [s.src, ''];
  return s;
}

/**
 * BuildKit's secretsprovider.NewStore: id required; neither src nor env reads the variable
 * named like the id if set, else the file named like it; a file must exist; an unset env
 * variable is an empty secret. -> Map id -> value. Errors: `failed to build: ...`.
 */
export function openSecrets(values, env) {
  const store = new Map();
  for (const value of values ?? []) {
    const s = parseSecret(value);
    if (!s.id) throw new EarlyError('failed to build: secret missing ID');
    if (!s.env && !s.src) {
      if (env[s.id] !== undefined) s.env = s.id;
      else s.src = s.id;
    }
    if (s.src) {
      if (!existsSync(s.src))
        throw new EarlyError(
          `failed to build: failed to stat ${s.src}: stat ${s.src}: no such file or directory`,
        );
      store.set(s.id, readFileSync(s.src, 'utf8'));
    } else store.set(s.id, env[s.env] ?? '');
  }
  return store;
}

/** `--add-host host:ip` or `host=ip` (buildx toBuildkitExtraHosts). */
export function parseExtraHosts(values) {
  return (values ?? []).map((h) => {
    let eq = h.indexOf('=');
    if (eq < 0) eq = h.indexOf(':');
    const host = eq < 0 ? '' : h.slice(0, eq);
    let ip = eq < 0 ? '' : h.slice(eq + 1);
    if (/^\[.*\]$/.test(ip)) ip = ip.slice(1, -1);
    if (!host || !(isIP(ip) || ip === 'host-gateway'))
      throw new EarlyError(`failed to build: invalid host ${h}`);
    return { host, ip };
  });
}

const ENTITLEMENTS = ['network.host', 'security.insecure'];

export function parseEntitlements(values) {
  const out = [];
  for (const v of values ?? []) {
    if (!v) continue;
    if (!ENTITLEMENTS.includes(v)) throw new EarlyError(`invalid entitlement: ${v}`);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * Entitlements a builder's daemon grants: `builder.entitlements` if the builder record has them;
 * else any `--allow-insecure-entitlement` in its buildkitd flags, plus network.host, which
 * buildx adds for docker-container builders (observation 8) and dockerd grants. The initial
 * remote builder stands for `lab`, whose buildkitd.toml grants both.
 */
export function grantedEntitlements(builder) {
  if (Array.isArray(builder.entitlements)) return builder.entitlements;
  if (builder.driver === 'remote') return [...ENTITLEMENTS];
  const flags = String(builder.buildkitdFlags ?? '');
  const extra = [...flags.matchAll(/--allow-insecure-entitlement[= ]([\w.]+)/g)].map((m) => m[1]);
  return ['network.host', ...extra.filter((e) => e !== 'network.host')];
}

/** Refused before the build starts (allow-security-insecure-fx-dc.stderr). */
export function checkGranted(builder, allowed) {
  const granted = grantedEntitlements(builder);
  const missing = allowed.find((e) => !granted.includes(e));
  if (missing)
    throw new EarlyError(
      `failed to build: failed to solve: granting entitlement ${missing} is not allowed by build daemon configuration`,
    );
}

/** What a RUN instruction asks of the build: network mode and secret mounts. */
export function runNeeds(args) {
  const { flags } = splitFlags(args);
  const network = flags.find((f) => f.name === 'network')?.value;
  const secrets = [];
  for (const f of flags.filter((x) => x.name === 'mount')) {
    const a = Object.fromEntries(
      f.value.split(',').map((kv) => (kv.includes('=') ? kv.split(/=(.*)/s).slice(0, 2) : [kv, 'true'])),
    );
    if (a.type !== 'secret') continue;
    const id = a.id || (a.target ?? a.dst ?? a.destination ?? '').split('/').pop();
    secrets.push({ id, env: a.env, required: ['true', '1'].includes(String(a.required).toLowerCase()) });
  }
  return { network, secrets };
}

/** `failed to load LLB` check of BuildKit: RUN --network=host needs --allow network.host. */
export function checkRunEntitlements(instructions, allowed) {
  if (
    instructions.some((x) => x.name === 'RUN' && runNeeds(x.args).network === 'host') &&
    !allowed.includes('network.host')
  )
    return 'failed to load LLB: network.host is not allowed';
  return undefined;
}

/** A RUN step title as printed: the value of a secret exposed as env shows as ****. */
export function maskSecretEnv(title, args) {
  let out = title;
  for (const s of runNeeds(args).secrets)
    if (s.env) out = out.replace(new RegExp(`\\$(\\{${s.env}\\}|${s.env}\\b)`, 'g'), '****');
  return out;
}
