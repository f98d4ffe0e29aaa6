import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.js';

/** The files a maintainer looks for before adopting an action, and what they must say. */
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

describe('release and trust files', () => {
  test('LICENSE is the Apache License 2.0 that package.json declares', () => {
    expect(pkg.license).toBe('Apache-2.0');
    const license = read('LICENSE');
    expect(license).toContain('Apache License');
    expect(license).toContain('Version 2.0, January 2004');
    expect(license).toContain('END OF TERMS AND CONDITIONS');
  });

  test('CHANGELOG keeps an Unreleased section and lists the version of package.json', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
    expect(changelog).toMatch(
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });

  test('SECURITY says how to report privately and what the action touches', () => {
    const security = read('SECURITY.md');
    expect(security).toMatch(/^## Reporting a vulnerability$/m);
    expect(security).toMatch(/privately/);
    expect(security).toMatch(/config\.json/);
  });

  test('action.yml is ready for the marketplace', () => {
    const action = parse(read('action.yml')) as {
      name: string;
      description: string;
      branding: { icon: string; color: string };
    };
    expect(action.name.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThan(125);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  test('Dependabot watches npm and the workflows; release moves the major tag', () => {
    const dependabot = parse(read('.github', 'dependabot.yml')) as {
      updates: Array<{ 'package-ecosystem': string }>;
    };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    const release = read('.github', 'workflows', 'release.yml');
    expect(release).toMatch(/release:\s*\n\s*types: \[published\]/);
    expect(release).toContain('.ci/run');
    expect(release).toMatch(/git tag --force "\$major"/);
    expect(release).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });
});
