import type { Locale, TypedProblem } from '../types.ts';
import { MAX_TYPED_CHARS } from './limits.ts';

/** What a message about a typed reply may mention: the scenario's language. */
export interface TypedProblemParams {
  scenarioLocale: Locale;
}

type Table = Record<TypedProblem, (p: TypedProblemParams, language: string, n: (x: number) => string) => string>;

const LANGUAGE: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', 'zh-Hans': 'Chinese', 'zh-Hant': 'Chinese' },
  'zh-Hans': { en: '英文', 'zh-Hans': '中文', 'zh-Hant': '中文' },
  'zh-Hant': { en: '英文', 'zh-Hans': '中文', 'zh-Hant': '中文' },
};

const TEXTS: Record<Locale, Table> = {
  en: {
    empty: () => 'Type what you would say to the customer first.',
    'too-long': (_p, _l, n) => `One turn of a call is at most ${n(MAX_TYPED_CHARS)} characters. Say it in a few sentences.`,
    markup: () => 'That looks like pasted HTML or code. Type the words you would say to the customer.',
    'no-words': () => 'There are no words in that reply. Type what you would say to the customer.',
    'wrong-language': (_p, l) => `This call is in ${l}. Reply in ${l}, as the customer would hear it.`,
    'choices-only': () => 'At this point of the call, pick one of the replies.',
  },
  'zh-Hans': {
    empty: () => '请先输入你要对客户说的话。',
    'too-long': (_p, _l, n) => `通话中的一轮回复最多 ${n(MAX_TYPED_CHARS)} 个字符。请用几句话说清楚。`,
    markup: () => '这看起来是粘贴进来的 HTML 或代码。请输入你要对客户说的话。',
    'no-words': () => '这条回复里没有文字。请输入你要对客户说的话。',
    'wrong-language': (_p, l) => `这通电话使用${l}。请用${l}回复，就像客户会听到的那样。`,
    'choices-only': () => '通话进行到这里，请从给出的回复中选择一条。',
  },
  'zh-Hant': {
    empty: () => '請先輸入你要對客戶說的話。',
    'too-long': (_p, _l, n) => `通話中的一輪回覆最多 ${n(MAX_TYPED_CHARS)} 個字元。請用幾句話說清楚。`,
    markup: () => '這看起來是貼上的 HTML 或程式碼。請輸入你要對客戶說的話。',
    'no-words': () => '這則回覆裡沒有文字。請輸入你要對客戶說的話。',
    'wrong-language': (_p, l) => `這通電話使用${l}。請用${l}回覆，就像客戶會聽到的那樣。`,
    'choices-only': () => '通話進行到這裡，請從提供的回覆中選擇一則。',
  },
};

/** Say in a UI language why a typed reply was not taken. */
export function typedProblemText(problem: TypedProblem, locale: Locale, params: TypedProblemParams): string {
  const format = new Intl.NumberFormat(locale);
  return TEXTS[locale][problem](params, LANGUAGE[locale][params.scenarioLocale], (x) => format.format(x));
}
