/** The limits of a measure, printed where its numbers appear (from the one wording table). */
import { measureWording, reportWording, type MeasureKey } from '../../../report/wording/index.js';
import { b, type Block } from '../doc.js';

/** A "how far to trust this" box for one or more measures. */
export function limitsOf(...measures: MeasureKey[]): Block {
  const items = measures.flatMap((m) => {
    const w = measureWording[m];
    return [...w.limits, ...(w.measured ? [reportWording.measured(w.measured)] : [])];
  });
  return b.callout('limits', reportWording.limitsTitle, items);
}
