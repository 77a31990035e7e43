import type { Offer, ReplyFeatures } from '../types.ts';

// Remedies an agent may commit to — money back, a replacement, compensation, a waiver, credit — named in
// the three locales. A reply that commits to one of these is checked against what the scenario says the
// agent can offer (`offers:`); looking-up, calling back and escalating are actions, not remedies, and are
// never over-promising by themselves.
const REMEDY = [
  /退款|退钱|退費|退费|退回|退还|退還|全额退|全額退|赔偿|賠償|补偿|補償|赔付|賠付|理赔|理賠|换货|換貨|换新|換新|换一台|換一台|重新发|重新發|补发|補發|免单|免單|免费|免費|减免|減免|免掉|免了|豁免|优惠券|優惠券|代金券|折扣|打折|返现|返現|积分|積分|升级|升級|报销|報銷|抵扣/,
  /\b(?:refund|money back|reimburs|compensat|replace|replacement|waive|waiver|credit|voucher|discount|upgrade|free of charge|for free|cashback|points|write[- ]off|cancel the (?:fee|charge))/i,
];

const CLAUSE = /[，。！？；,.!?;…\n]/;

function clauseAt(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !CLAUSE.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !CLAUSE.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** The remedy a clause names, if any: the matched words. */
function remedyIn(clause: string): string | null {
  for (const re of REMEDY) {
    const m = re.exec(clause);
    if (m) return m[0];
  }
  return null;
}

/**
 * The remedy words of the first commitment in a reply that no offer of the scenario covers: a solution the
 * reply commits to whose clause names a remedy and none of the offers' keywords. Null when the scenario
 * lists no offers (it does not say what the agent may commit to), or every commitment is covered.
 */
export function remedyBeyondOffers(text: string, features: ReplyFeatures, offers: readonly Offer[] | undefined): string | null {
  if (!offers || !features.solution) return null;
  const lower = (s: string) => s.toLowerCase();
  for (const ev of features.evidence) {
    if (ev.feature !== 'solution') continue;
    const clause = clauseAt(text, ev.start, ev.end);
    const remedy = remedyIn(clause);
    if (!remedy) continue;
    const covered = offers.some((o) => o.keywords.some((k) => lower(clause).includes(lower(k))));
    if (!covered) return remedy;
  }
  return null;
}
