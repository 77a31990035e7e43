import type { Choice, Locale, Scenario } from '../types.ts';

// A reply may refer back to something only some paths into its node said ("the waived line rental will
// show on your next bill" where nothing was waived). We can tell where the reply points back with a
// determiner or a "before/already" word at a content term that only an earlier reply introduced: not the
// brief, not the issue, not a customer line. Terms are English words (crudely stemmed) and Chinese
// character pairs.

// Pointing back at something an earlier reply arranged: "the waived / refunded X", "the same X"; 刚才 / 之前 /
// 上次 / 说好的 / 那笔 X. Plain "the / that / our X" and "already …" mostly name what the call itself grounds or
// what this very reply does, so they are not counted (a false alarm would hide a good suggestion).
const EN_MARKER = /\bthe same\s+([a-z]{4,}(?:\s+[a-z]{4,})?)|\bthe\s+([a-z]{3,}(?:ed|en)\s+[a-z]{4,}(?:\s+[a-z]{4,})?)/gi;
const ZH_MARKER = /(?:那笔|那筆|那张|那張|刚才说的|剛才說的|之前说的|之前說的|上次|说好的|說好的)([\u4e00-\u9fff]{2,4})/g;
const EN_STOP = new Set(['that', 'this', 'with', 'from', 'have', 'will', 'your', 'about', 'there', 'their', 'what', 'when', 'which', 'would', 'could', 'should', 'today', 'call', 'time', 'right', 'back', 'just', 'really', 'sorry', 'thank', 'thanks', 'please', 'problem', 'issue', 'thing', 'things', 'account', 'order', 'customer']);

// Chinese pairs with a function character (pronouns, particles, light verbs) say nothing about content.
const ZH_STOP = new Set([...'您你我他她它们的了是在给也就都这那个吗呢吧啊和与把被让再还又很会要能可以一不有没说到上下对好请您们么些点里后前时候']);

function stem(word: string): string {
  return word.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');
}

/** Content terms of a text: English stems of 4+ letters, Chinese character pairs. */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!EN_STOP.has(w)) out.add(stem(w));
  for (const run of text.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) if (!ZH_STOP.has(run[i]!) && !ZH_STOP.has(run[i + 1]!)) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** The phrases a reply points back with ("the waived line rental", 刚才说的退款), each with its content terms. */
export function referencedPhrases(text: string, locale: Locale): Array<{ phrase: string; terms: string[] }> {
  const out: Array<{ phrase: string; terms: string[] }> = [];
  const re = locale === 'en' ? EN_MARKER : ZH_MARKER;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ phrase: m[0], terms: [...termsOf(m[1] ?? m[2] ?? '')] });
  return out;
}

/** Terms a reply points back to (see referencedPhrases). */
export function referencedTerms(text: string, locale: Locale): string[] {
  const out: string[] = [];
  for (const { terms } of referencedPhrases(text, locale)) for (const t of terms) if (!out.includes(t)) out.push(t);
  return out;
}

/** Terms the whole scenario grounds for everyone: the brief, the issue and every customer line. */
export function groundTerms(scenario: Scenario): Set<string> {
  const all = new Set<string>([...termsOf(scenario.brief), ...termsOf(scenario.issue.summary), ...scenario.issue.keywords.flatMap((k) => [...termsOf(k)])]);
  for (const id of scenario.nodeOrder) for (const t of termsOf(scenario.nodes[id]!.customer)) all.add(t);
  return all;
}

/** Whether a reply offers or arranges something (what a later reply could point back to). */
export function offers(c: Choice): boolean {
  return c.features.solution || c.features.alternatives > 0;
}

/** Which replies of the scenario say each content term, built once per scenario. */
export type TermIndex = Map<string, Choice[]>;

/** Index the content terms of every reply of a scenario. */
export function indexReplyTerms(scenario: Scenario): TermIndex {
  const index: TermIndex = new Map();
  for (const id of scenario.nodeOrder) {
    for (const c of scenario.nodes[id]!.choices) {
      for (const t of termsOf(c.reply)) {
        const list = index.get(t);
        if (list) list.push(c);
        else index.set(t, [c]);
      }
    }
  }
  return index;
}

/**
 * Finds, for a reply and a path, the first term the reply points back to that nothing said on that path
 * grounds — neither the scenario's ground (brief, issue, customer lines) nor a reply said before — while
 * some other reply of the scenario did say it; null when the reply makes sense on that path. Terms are
 * indexed once per scenario and a reply's references once per reply, so a batch of scorecards pays for each once.
 */
export function createReferenceCheck(scenario: Scenario): { check: (choice: Choice, saidBefore: () => Set<string>) => string | null; said: (texts: readonly string[]) => Set<string> } {
  const ground = groundTerms(scenario);
  const index = indexReplyTerms(scenario);
  const refs = new WeakMap<Choice, string[]>();
  // The texts said on paths are the scenario's replies (and a few typed ones): their terms are read once.
  const termsByText = new Map<string, Set<string>>();
  const said = (texts: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const text of texts) {
      let terms = termsByText.get(text);
      if (!terms) {
        if (termsByText.size > 10_000) termsByText.clear();
        termsByText.set(text, (terms = termsOf(text)));
      }
      for (const t of terms) out.add(t);
    }
    return out;
  };
  const check = (choice: Choice, saidBefore: () => Set<string>): string | null => {
    let mine = refs.get(choice);
    if (!mine) {
      mine = referencedTerms(choice.reply, scenario.locale).filter((t) => !ground.has(t) && (index.get(t)?.some((c) => c !== choice && offers(c)) ?? false));
      refs.set(choice, mine);
    }
    if (mine.length === 0) return null;
    const before = saidBefore();
    return mine.find((t) => !before.has(t)) ?? null;
  };
  return { check, said };
}
