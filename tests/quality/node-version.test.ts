import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { REPO } from '../support/helpers.ts';

interface LockPackage {
  engines?: { node?: string };
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};
/** The oldest Node the project says it runs on: what the README promises and CI may use. */
const oldest = semver.minVersion(manifest.engines.node)!;

describe('the Node version', () => {
  it('is accepted by every installed package, so npm ci prints no EBADENGINE warning', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name || 'triangulate'} needs Node ${p.engines!.node}`);
    assert.deepEqual(refusing, [], `Node ${oldest.version}`);
  });

  it('is the one the README states, and the one running the tests meets it', () => {
    const [, major, minor] = /^(\d+)\.(\d+)\.0$/.exec(oldest.version)!;
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`\\(Node ${major}\\.${minor} or newer\\)`));
    assert.ok(semver.satisfies(process.version, manifest.engines.node), process.version);
  });
});
