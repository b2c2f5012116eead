/**
 * A throwaway PostgreSQL instance for tests, the archive evaluation and its benchmark: initdb into
 * a temporary folder, a free local port, the socket in that folder (no TCP listening), stopped and
 * removed by `stop()`. Debian's binaries under /usr/lib/postgresql/<version>/bin (`.ci/run`
 * installs `postgresql`). initdb refuses to run as root, so as root every server command runs
 * as the `postgres` user the Debian package creates.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running instance. */
export interface PgInstance {
  /** Connection string (socket in the instance's folder). */
  url: string;
  /** Its port (the socket file's name carries it). */
  port: number;
  /** Its folder. */
  dir: string;
  /** Stop the server and remove its folder. */
  stop(): void;
}

/** The newest Debian PostgreSQL bin folder, or a clear error. */
export function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('parallax: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); apt-get install postgresql');
  return join(root, versions[0]!, 'bin');
}

/** A free local port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Run a server binary, as `postgres` when we are root. */
function run(bin: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(pgBin(), bin), ...args]] : [join(pgBin(), bin), [...args]];
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Start a throwaway instance; `extra` settings go to the server's command line (`-c name=value`). */
export async function startPostgres(extra: readonly string[] = []): Promise<PgInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'parallax', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=''", '-c fsync=off', '-c shared_buffers=64MB', ...extra.map((e) => `-c ${e}`)].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  let stopped = false;
  return {
    url: `postgresql://parallax@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
