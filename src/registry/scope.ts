/**
 * Token scopes (`distribution/distribution` `docs/spec/auth/scope.md`):
 * `repository:<name>:<action>[,<action>]`, one string per resource. A token granted for a set
 * of scopes serves any request whose scopes are a subset.
 */
export type ScopeSet = ReadonlyMap<string, ReadonlySet<string>>;

export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

export function parseScopes(scopes: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const scope of scopes) {
    for (const one of scope.split(' ')) {
      const cut = one.lastIndexOf(':');
      if (cut <= 0) continue;
      const resource = one.slice(0, cut);
      const actions = out.get(resource) ?? new Set<string>();
      for (const action of one.slice(cut + 1).split(',')) if (action) actions.add(action);
      out.set(resource, actions);
    }
  }
  return out;
}

export function formatScopes(set: ScopeSet): string[] {
  return [...set.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`);
}

export function covers(granted: ScopeSet, needed: ScopeSet): boolean {
  for (const [resource, actions] of needed) {
    const have = granted.get(resource);
    if (!have) return false;
    for (const action of actions) if (!have.has(action)) return false;
  }
  return true;
}
