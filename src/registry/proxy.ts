/**
 * Which proxy a registry request goes through, by the rules of the GitHub Actions toolkit
 * (`@actions/http-client` `getProxyUrl`: `https_proxy`/`HTTPS_PROXY` for https URLs,
 * `http_proxy`/`HTTP_PROXY` for http ones, `no_proxy`/`NO_PROXY` host and domain-suffix
 * entries, `*`, and loopback hosts never proxied), so the action behaves like every toolkit
 * client on a self-hosted runner behind a proxy.
 *
 * A proxied request goes through undici's own `fetch` with a `ProxyAgent` (the undici bundled with
 * this action, not the one inside Node, whose dispatcher interface differs between Node 20 and 24).
 * It is loaded only when a proxy applies.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { Log } from '../base/ports.js';
import { redactUrl } from './redact.js';

/** The proxy for a URL, or undefined to connect directly. */
export type ProxyLookup = (url: URL) => URL | undefined;

/** The toolkit's rules, on the process environment (as every `@actions/*` client reads them). */
export const toolkitProxy: ProxyLookup = (url) => getProxyUrl(url);

export class FetchRouter {
  private readonly proxied = new Map<string, Promise<typeof fetch>>();
  private readonly announced = new Set<string>();

  constructor(
    private readonly direct: typeof fetch,
    private readonly lookup: ProxyLookup,
    private readonly log: Log,
  ) {}

  fetchFor(url: URL): Promise<typeof fetch> {
    const proxy = this.lookup(url);
    if (!proxy) return Promise.resolve(this.direct);
    if (!this.announced.has(url.host)) {
      this.announced.add(url.host);
      this.log.info(`${url.host}: requests go through the proxy ${redactUrl(proxy)}`);
    }
    let pending = this.proxied.get(proxy.href);
    if (!pending) {
      pending = proxiedFetch(proxy);
      this.proxied.set(proxy.href, pending);
    }
    return pending;
  }
}

async function proxiedFetch(proxy: URL): Promise<typeof fetch> {
  const undici = await import('undici');
  // http:// registries as absolute-URI requests to the proxy (what curl, Go and docker do; many
  // proxies allow CONNECT to port 443 only), https:// ones through a CONNECT tunnel.
  const dispatcher = new undici.ProxyAgent({ uri: proxy.href, proxyTunnel: false });
  const send = (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    undici.fetch(input, { ...init, dispatcher });
  return send;
}
