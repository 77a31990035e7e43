// For each rule and locale: a reply that breaks it and one that keeps it, as real text for the analyzer.
import type { Locale, Temperament } from '../../engine/index.ts';

export interface TextCase {
  fail: string;
  pass: string;
}

export interface RuleTextCases {
  temperament?: Temperament;
  solvableInCall?: boolean;
  texts: Record<Locale, TextCase>;
}

export const TEXT_CASES: Record<string, RuleTextCases> = {
  'soothe-first': {
    texts: {
      'zh-Hans': { fail: '根据公司规定，这种情况需要先提交申请。', pass: '换作是我也会着急，我们马上为您重新发货。' },
      'zh-Hant': { fail: '根據公司規定，這種情況需要先提交申請。', pass: '換作是我也會著急，我們馬上為您重新寄出。' },
      en: { fail: 'According to our policy, you need to submit a request first.', pass: "I'd be frustrated too; we will send a replacement right away." },
    },
  },
  'no-but': {
    texts: {
      'zh-Hans': { fail: '我理解您的心情，但是我们马上为您重新发货。', pass: '我理解您的心情，我们马上为您重新发货。' },
      'zh-Hant': { fail: '我理解您的心情，不過我們馬上為您重新寄出。', pass: '我理解您的心情，我們馬上為您重新寄出。' },
      en: { fail: 'I understand how you feel, but we will send a replacement.', pass: 'I understand how you feel, and we will send a replacement.' },
    },
  },
  'specific-apology': {
    texts: {
      'zh-Hans': { fail: '不好意思，给您带来不便了。', pass: '对于包裹延误一周给您带来的麻烦，我们深感抱歉。' },
      'zh-Hant': { fail: '不好意思，給您帶來不便了。', pass: '對於包裹延遲一週給您帶來的麻煩，我們深感抱歉。' },
      en: { fail: 'Sorry for any inconvenience.', pass: "I'm so sorry your parcel is a week late." },
    },
  },
  'offer-alternatives': {
    texts: {
      'zh-Hans': { fail: '这种情况不能退货。', pass: '这种情况不能退货，可以为您换货，也可以给您补发优惠券，您看哪种方便？' },
      'zh-Hant': { fail: '這種情況無法退貨。', pass: '這種情況無法退貨，可以為您換貨，也可以給您補發優惠券，您看哪種方便？' },
      en: { fail: "We can't accept this return.", pass: "We can't accept this return, but we can exchange it or give you store credit — which would you prefer?" },
    },
  },
  'listen-confirm': {
    texts: {
      'zh-Hans': { fail: '我们马上为您重新发货。', pass: '您的意思是包裹已经一周没到，对吗？' },
      'zh-Hant': { fail: '我們馬上為您重新寄出。', pass: '您的意思是包裹已經一週沒到，對嗎？' },
      en: { fail: 'We will send a replacement right away.', pass: "So what you're saying is the parcel still hasn't arrived after a week — is that right?" },
    },
  },
  'no-blame': {
    texts: {
      'zh-Hans': { fail: '这是您自己填错了地址。', pass: '我们来帮您核对一下地址。' },
      'zh-Hant': { fail: '這是您自己填錯了地址。', pass: '我們來幫您核對一下地址。' },
      en: { fail: 'You should have checked the address before ordering.', pass: "Let's check the address together." },
    },
  },
  'honest-commitment': {
    solvableInCall: false,
    texts: {
      'zh-Hans': { fail: '我们会尽快处理。', pass: '我会立即为您提交申请，预计在24小时内给您回复。' },
      'zh-Hant': { fail: '我們會盡快處理。', pass: '我會立即為您提交申請，預計在24小時內給您回覆。' },
      en: { fail: "We'll look into it.", pass: "I'll file the request now, and you'll hear from us within 24 hours." },
    },
  },
  willingness: {
    texts: {
      'zh-Hans': { fail: '能具体说说发生了什么吗？', pass: '请您放心，我一定会尽力帮您解决这个问题。' },
      'zh-Hant': { fail: '能具體說說發生了什麼事嗎？', pass: '請您放心，我一定會盡力幫您解決這個問題。' },
      en: { fail: 'Can you tell me what happened?', pass: "Rest assured, I'll do everything I can to sort this out for you." },
    },
  },
  'temperament-match': {
    temperament: 'powerful',
    texts: {
      'zh-Hans': { fail: '这种情况不能退货。', pass: '我理解您的心情，这种情况不能退货。' },
      'zh-Hant': { fail: '這種情況無法退貨。', pass: '我理解您的心情，這種情況無法退貨。' },
      en: { fail: "We can't accept this return.", pass: "I understand how frustrating this is; we can't accept this return." },
    },
  },
  'no-refusal-at-opening': {
    texts: {
      'zh-Hans': { fail: '这种情况不能退货。', pass: '能具体说说发生了什么吗？' },
      'zh-Hant': { fail: '這種情況無法退貨。', pass: '能具體說說發生了什麼事嗎？' },
      en: { fail: "We can't accept this return.", pass: 'Can you tell me what happened?' },
    },
  },
};
