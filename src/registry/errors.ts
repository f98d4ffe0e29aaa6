/**
 * Errors from a registry, with the registry named in the message. The body follows the
 * distribution-spec error format `{"errors":[{"code","message","detail"}]}`.
 */
export class RegistryError extends Error {
  override readonly name: string = 'RegistryError';

  constructor(
    readonly registry: string,
    readonly status: number,
    /** The first distribution error code (`MANIFEST_UNKNOWN`, `DENIED`, ...) or ''. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Credentials missing, wrong or lacking a permission (HTTP 401/403). */
export class RegistryAuthError extends RegistryError {
  override readonly name = 'RegistryAuthError';
}

/** A 401/403 the credentials cannot fix, with what to do about it. */
export function accessError(
  registry: string,
  method: string,
  path: string,
  status: number,
  detail: string,
  hadCredentials: boolean,
): RegistryAuthError {
  const action = method === 'GET' || method === 'HEAD' ? 'read from' : 'push to';
  const hint = hadCredentials
    ? 'the credentials were refused or lack permission; check the login for this registry'
    : 'no credentials were found for this registry; log in first';
  return new RegistryAuthError(
    registry,
    status,
    detail,
    `registry ${registry}: not allowed to ${action} ${new URL(path, 'http://registry').pathname} (HTTP ${status}${detail ? ` ${detail}` : ''}): ${hint}`,
  );
}

/** Reads the first error code and message of a distribution error body, if any. */
export function parseErrorBody(text: string): { code: string; message: string } {
  try {
    const parsed = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = parsed.errors?.[0];
    if (first) {
      return {
        code: typeof first.code === 'string' ? first.code : '',
        message: typeof first.message === 'string' ? first.message : '',
      };
    }
  } catch {
    // not JSON: fall through
  }
  return { code: '', message: text.trim().slice(0, 200) };
}
