/** The pairing as `parallax pairs --json` prints it: each pair's fields, `warning` only when there is one. */
import type { PairJson, Pairing, PairingJson } from '../model.js';

/** The printed form of a pairing. */
export function pairingToJson(pairing: Pairing): PairingJson {
  return {
    pairs: pairing.pairs.map((p): PairJson => {
      const json: PairJson = {
        left: p.left,
        right: p.right,
        relation: p.relation,
        score: p.score,
        confidence: p.confidence,
        reasons: p.reasons,
        eventDates: p.eventDates,
        explanation: p.explanation,
      };
      if (p.warning !== null) json.warning = p.warning;
      return json;
    }),
    unpaired: pairing.unpaired,
  };
}
