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
