#!/usr/bin/env node
// The npm registry reachable from our build machines serves only the platform packages of
// this platform, so `npm install` here leaves the other platforms' optional binaries (esbuild-
// style "-darwin-arm64" packages) out of package-lock.json, and `npm ci` then refuses the lock.
// This adds the missing entries as optional, platform-restricted packages: npm skips them on
// other platforms and fetches them by version where they apply. Run after `npm install`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 's390x', 'ppc64', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function missingPackages() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { stdio: 'pipe' });
    return [];
  } catch (error) {
    const output = `${error.stdout}${error.stderr}`;
    return [...output.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((match) => match[1]);
  }
}

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const missing = missingPackages();
for (const name of missing) {
  const parent = Object.values(lock.packages).find((entry) => entry.optionalDependencies?.[name]);
  if (!parent) throw new Error(`No package declares ${name} as optional`);
  const parts = name.split('/').pop().split('-');
  lock.packages[`node_modules/${name}`] = {
    version: parent.optionalDependencies[name],
    optional: true,
    ...(parts.some((part) => OS.includes(part)) && { os: parts.filter((part) => OS.includes(part)) }),
    ...(parts.some((part) => CPU.includes(part)) && { cpu: parts.filter((part) => CPU.includes(part)) }),
  };
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length ? `Added ${missing.length}: ${missing.join(', ')}` : 'Lock file complete.');
