/**
 * The worker's warm-up (issue 16: the cold first view): it loads lexicons, compiles the pair
 * page's template and reports two made-up articles once, so it must leave every later report
 * exactly as it would have been, and run only when the worker has nothing else to do.
 */
import { describe, expect, it } from 'vitest';
import { openWorkspaceAt, readWorkspaceInput } from '../../src/io/open-workspace.js';
import { startAnalyst } from '../../src/web/analyst.js';
import { warmUp } from '../../src/web/warm-up.js';

describe('the warm-up', () => {
  it('leaves the reports of a workspace as they are without it', async () => {
    const cold = await openWorkspaceAt('corpus');
    const warmed = await openWorkspaceAt('corpus');
    warmed.pairing();
    warmUp(warmed);
    for (const [l, r] of [['002', '003'], ['000', '001']] as const) {
      expect(JSON.stringify(warmed.reportByIds(l, r))).toBe(JSON.stringify(cold.reportByIds(l, r)));
    }
  });

  it('runs in the worker when nothing waits, and a page asked for meanwhile is answered after it', async () => {
    const input = await readWorkspaceInput('corpus');
    const analyst = startAnalyst(input);
    try {
      await analyst.pairing();
      analyst.warmUp();
      const report = await analyst.report({ kind: 'corpus', id: '002' }, { kind: 'corpus', id: '003' });
      const direct = (await openWorkspaceAt('corpus')).reportByIds('002', '003');
      expect(JSON.stringify(report)).toBe(JSON.stringify(direct));
      // Asked while a job waits, it does not stand in its way.
      const waiting = analyst.report({ kind: 'corpus', id: '000' }, { kind: 'corpus', id: '001' });
      analyst.warmUp();
      expect(await waiting).not.toBeNull();
    } finally {
      await analyst.close();
    }
  });
});
