/**
 * `WWW-Authenticate` parsing (RFC 7235 section 4.1: one or more challenges, each a scheme
 * followed by auth-params or a token68; several headers are joined with ", ").
 */
export interface Challenge {
  /** Lower-case scheme: `bearer`, `basic`, ... */
  scheme: string;
  /** Parameter names lower-cased (`realm`, `service`, `scope`, `error`). */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let pos = 0;
  const skip = (): void => {
    while (pos < header.length && /[\s,]/.test(header.charAt(pos))) pos++;
  };
  const ws = (): void => {
    while (pos < header.length && /\s/.test(header.charAt(pos))) pos++;
  };
  skip();
  while (pos < header.length) {
    const scheme = TOKEN.exec(header.slice(pos))?.[0];
    if (!scheme) break;
    pos += scheme.length;
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    // auth-params: name = value | "quoted", comma separated, until the next scheme.
    for (;;) {
      skip();
      const start = pos;
      const name = TOKEN.exec(header.slice(pos))?.[0];
      if (!name) break;
      pos += name.length;
      ws();
      if (header.charAt(pos) !== '=') {
        pos = start; // a new scheme begins here
        break;
      }
      pos++;
      if (header.charAt(pos) === '=') {
        // token68 ending in '=' padding: keep it as the `token68` parameter.
        while (header.charAt(pos) === '=') pos++;
        challenge.params.token68 = header.slice(start, pos);
        continue;
      }
      ws();
      let value = '';
      if (header.charAt(pos) === '"') {
        pos++;
        while (pos < header.length && header.charAt(pos) !== '"') {
          if (header.charAt(pos) === '\\') pos++;
          value += header.charAt(pos);
          pos++;
        }
        pos++;
      } else {
        value = TOKEN.exec(header.slice(pos))?.[0] ?? '';
        pos += value.length;
      }
      challenge.params[name.toLowerCase()] = value;
    }
    skip();
  }
  return challenges;
}
