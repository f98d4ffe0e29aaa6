/**
 * Per-registry authorisation state: which scheme the registry asked for (learnt from its first
 * 401), the credential to answer with, and Bearer tokens cached per scope set until they expire.
 */
import { parseChallenges } from './challenge.js';
import type { Credential, CredentialSource } from './credentials.js';
import { isLoopback } from '../oci/reference.js';
import { checkRealm } from './realm.js';
import { covers, formatScopes, parseScopes, type ScopeSet } from './scope.js';
import { fetchToken, type BearerParams, type Send, type Token } from './token.js';

interface CachedToken extends Token {
  scopes: ScopeSet;
}

interface RegistryState {
  scheme: 'unknown' | 'basic' | 'bearer';
  bearer?: BearerParams;
  tokens: CachedToken[];
  /** Every scope requested on this registry so far. */
  wanted: Map<string, Set<string>>;
  pending: Map<string, Promise<CachedToken>>;
  credential?: Promise<Credential | undefined>;
}

/** Tokens are dropped this long before their expiry so that a request never races it. */
const EXPIRY_MARGIN_MS = 5_000;

export class Authorizer {
  private readonly states = new Map<string, RegistryState>();

  constructor(
    private readonly credentials: CredentialSource,
    private readonly send: Send,
    private readonly now: () => number,
    /** Hosts a token realm may reach over plain http (loopback and insecure registries). */
    private readonly plainHttpAllowed: (host: string) => boolean = isLoopback,
  ) {}

  private state(registry: string): RegistryState {
    let state = this.states.get(registry);
    if (!state) {
      state = { scheme: 'unknown', tokens: [], wanted: new Map(), pending: new Map() };
      this.states.set(registry, state);
    }
    return state;
  }

  credential(registry: string): Promise<Credential | undefined> {
    const state = this.state(registry);
    return (state.credential ??= this.credentials(registry));
  }

  /** The `Authorization` value for a request needing `scopes`, or undefined when none is known yet. */
  async header(registry: string, scopes: readonly string[]): Promise<string | undefined> {
    const state = this.state(registry);
    const credential = await this.credential(registry);
    if (credential?.registryToken) return `Bearer ${credential.registryToken}`;
    if (state.scheme === 'basic') {
      if (credential?.username === undefined || credential.password === undefined) return undefined;
      return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
    }
    if (state.scheme === 'bearer' && state.bearer) {
      const needed = parseScopes(scopes);
      addScopes(state.wanted, needed);
      const now = this.now();
      state.tokens = state.tokens.filter(
        (t) => t.expiresAt === undefined || t.expiresAt - EXPIRY_MARGIN_MS > now,
      );
      const cached = state.tokens.find((t) => covers(t.scopes, needed));
      if (cached) return `Bearer ${cached.token}`;
      // Ask for every scope this run has needed on this registry, so that one token serves
      // the rest of the run; concurrent requests share one fetch.
      const ask = formatScopes(state.wanted);
      const askKey = ask.join(' ');
      let pending = state.pending.get(askKey);
      if (!pending) {
        const bearer = state.bearer;
        pending = fetchToken(bearer, ask, credential, this.send, now)
          .then((token) => {
            const entry = { ...token, scopes: parseScopes(ask) };
            state.tokens.push(entry);
            return entry;
          })
          .finally(() => state.pending.delete(askKey));
        state.pending.set(askKey, pending);
      }
      return `Bearer ${(await pending).token}`;
    }
    return undefined;
  }

  /**
   * Learns from a 401's `WWW-Authenticate`. Returns the scopes to ask for on the retry (the
   * request's own plus any the challenge names), or undefined when retrying cannot help.
   * Throws when the realm is not a place credentials may go (realm.ts).
   */
  challenged(registry: string, header: string | null, scopes: readonly string[]): string[] | undefined {
    const state = this.state(registry);
    const challenges = parseChallenges(header ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer?.params.realm) {
      checkRealm(registry, bearer.params.realm, this.plainHttpAllowed);
      state.scheme = 'bearer';
      state.bearer = { realm: bearer.params.realm };
      if (bearer.params.service) state.bearer.service = bearer.params.service;
      const wanted = parseScopes([...scopes, ...(bearer.params.scope ? [bearer.params.scope] : [])]);
      addScopes(state.wanted, wanted);
      // A token that was refused is useless for this scope set from now on.
      state.tokens = state.tokens.filter((t) => !covers(t.scopes, wanted));
      return formatScopes(wanted);
    }
    if (basic) {
      state.scheme = 'basic';
      return [...scopes];
    }
    return undefined;
  }

  /** True when the registry is known to want a scheme (so a request can be sent with auth). */
  knowsScheme(registry: string): boolean {
    return this.state(registry).scheme !== 'unknown';
  }
}

function addScopes(into: Map<string, Set<string>>, from: ScopeSet): void {
  for (const [resource, actions] of from) {
    const have = into.get(resource) ?? new Set<string>();
    for (const action of actions) have.add(action);
    into.set(resource, have);
  }
}
