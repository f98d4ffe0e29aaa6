import { describe, expect, test } from 'vitest';
import { checkRealm } from '../../src/registry/realm.js';
import { redactUrl } from '../../src/registry/redact.js';
import { answerWaitMs, httpSettings } from '../../src/registry/settings.js';

describe('settings from the environment', () => {
  test('defaults: 30 s of silence, waits as they are', () => {
    expect(httpSettings({})).toEqual({ timeoutMs: 30_000, retryWaitScale: 1 });
  });

  test('seconds, fractions allowed', () => {
    expect(
      httpSettings({
        DIFY_IMAGE_ACTION_HTTP_TIMEOUT: '2.5',
        DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE: '0.01',
      }),
    ).toEqual({ timeoutMs: 2500, retryWaitScale: 0.01 });
  });

  test.each([
    ['DIFY_IMAGE_ACTION_HTTP_TIMEOUT', '30s', 'from 0.001 to 3600'],
    ['DIFY_IMAGE_ACTION_HTTP_TIMEOUT', '0', 'from 0.001 to 3600'],
    ['DIFY_IMAGE_ACTION_HTTP_TIMEOUT', '-1', 'from 0.001 to 3600'],
    ['DIFY_IMAGE_ACTION_HTTP_RETRY_WAIT_SCALE', '2', 'from 0 to 1'],
  ])('%s=%s is refused, naming the variable', (name, value, range) => {
    expect(() => httpSettings({ [name]: value })).toThrow(
      `environment variable ${name}: "${value}" is not a number ${range}`,
    );
  });

  test('the wait for an answer grows with the bytes just uploaded', () => {
    expect(answerWaitMs(30_000, 0)).toBe(30_000);
    // 10 MiB/s: a 1000 MiB layer gets 100 s more.
    expect(answerWaitMs(30_000, 1000 * 1024 * 1024)).toBe(130_000);
  });
});

describe('URLs in messages', () => {
  test.each([
    ['https://r.example/v2/a/manifests/v1', 'https://r.example/v2/a/manifests/v1'],
    [
      'https://user:pw@r.example/token?service=s&scope=repository:a:pull',
      'https://r.example/token?service=s&scope=repository:a:pull',
    ],
    [
      'https://s3.example/b?X-Amz-Signature=abc&X-Amz-Credential=k&digest=sha256:1',
      'https://s3.example/b?X-Amz-Signature=***&X-Amz-Credential=***&digest=sha256:1',
    ],
    [
      'http://r.example/v2/a/blobs/uploads/u?_state=secret&digest=sha256:1',
      'http://r.example/v2/a/blobs/uploads/u?_state=***&digest=sha256:1',
    ],
    ['http://r.example/x?token=t1&token=t2', 'http://r.example/x?token=***'],
  ])('%s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe('token realms', () => {
  const allowed = (host: string): boolean => host.startsWith('127.') || host.startsWith('registry.lan');
  test.each(['https://auth.example/token', 'http://127.0.0.1:5001/token', 'http://registry.lan:5001/token'])(
    '%s is accepted',
    (realm) => {
      expect(() => checkRealm('r.example', realm, allowed)).not.toThrow();
    },
  );
  test.each([
    ['http://auth.example/token', 'http://auth.example/token'],
    ['ftp://auth.example/token', 'ftp://auth.example/token'],
    ['http://auth.example/token?secret=1', 'http://auth.example/token?secret=***'],
  ])('%s is refused, naming the realm', (realm, shown) => {
    expect(() => checkRealm('r.example', realm, allowed)).toThrow(
      `registry r.example: refusing its token realm ${shown}: credentials go over https only`,
    );
  });
  test('a realm that is no URL', () => {
    expect(() => checkRealm('r.example', 'token', allowed)).toThrow(
      'registry r.example: token realm "token" is not a URL',
    );
  });
});
