import { readFileSync } from 'node:fs';
import semver from 'semver';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  os?: string[];
  cpu?: string[];
  engines?: { node?: string } | string[];
}

/**
 * The README says the service runs on the Node version CI uses: every package installed for
 * run time (not a development tool) must accept it, or `npm ci` warns EBADENGINE about
 * something the service loads (as file-type 22 under @nestjs/common did).
 */
describe('Run-time dependencies and the Node version', () => {
  it(`all accept Node ${process.version}`, () => {
    const lock: { packages: Record<string, LockedPackage> } = JSON.parse(
      readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'),
    );
    const refusing = Object.entries(lock.packages)
      .filter(
        ([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional,
      )
      .filter(([, entry]) => !entry.os || entry.os.includes(process.platform))
      .filter(([, entry]) => !entry.cpu || entry.cpu.includes(process.arch))
      .filter(([, entry]) => {
        const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return range !== undefined && !semver.satisfies(process.version, range);
      })
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version}`);
    expect(refusing).toEqual([]);
  });
});
