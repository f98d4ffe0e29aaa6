/**
 * URLs as they may appear in logs and errors. Query values can be secrets (a token in `?token=`,
 * the signature of a storage redirect, an upload session's `_state`), so only names known to be
 * harmless keep their value; user info is dropped.
 */
const HARMLESS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope', 'tag']);

export function redactUrl(url: URL | string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams.keys()]
    .filter((name, i, all) => all.indexOf(name) === i)
    .flatMap((name) =>
      HARMLESS.has(name) ? parsed.searchParams.getAll(name).map((v) => `${name}=${v}`) : [`${name}=***`],
    );
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
