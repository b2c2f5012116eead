import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The package's bin must run as a command after `npm install` (which builds through `prepare`).
describe('the parallax binary', () => {
  it('is executable and prints its help', () => {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
    expect(() => accessSync('dist/src/cli/main.js', constants.X_OK)).not.toThrow();
    const help = execFileSync('dist/src/cli/main.js', ['--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: parallax/);
  }, 120_000);
});
