/**
 * `serve` listens on this machine only unless told otherwise (issue 15, item 6: it listened on
 * every interface), and `--no-save` turns saving off.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/web/start.js';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe('startServer', () => {
  it('binds 127.0.0.1 by default', async () => {
    const lines: string[] = [];
    server = await startServer({ corpusDir: 'corpus', port: 0, save: false, log: (l) => lines.push(l) });
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(lines.join('')).toMatch(/at http:\/\/127\.0\.0\.1:\d+ \(saving is off\)/);
  });

  it('binds the interface it is given', async () => {
    server = await startServer({ corpusDir: 'corpus', port: 0, host: '0.0.0.0', save: false, log: () => undefined });
    expect((server.address() as AddressInfo).address).toBe('0.0.0.0');
  });
});
