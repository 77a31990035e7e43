// Cue patterns for praise, guarantees and concessions (rules.md, issue 17), Chinese and English.
// Chinese sources are Simplified over folded text; English ones are wrapped in \b…\b by compileCues.

const YOU = '(?:您|你)';
// What an agent cannot promise as certain: someone else's decision, a delivery, a repair, that it won't recur.
const OUTCOME_ZH =
  '(?:没(?:有)?(?:问题|毛病|色差)|更新|淡下去|下来|续约|跟新的一样|(?:能|会|可以)?(?:(?<=[能会])到|送到|寄到|收到|到账|到货|批(?:下来|准)?|通过|退(?:下来|回来|到)|修好|解决|恢复|搞定|办下来|成功|满意|赔)|不会(?:再)?(?:出现|发生|有问题|出问题|出错|延误|坏|丢|扣|耽误)|(?:再)?也不会)';

export const STANCE_ZH = {
  praise: [
    `${YOU}(?:真|真是|可真|太|特别|非常|好|很|果然|确实)(?:是)?(?:细心|仔细|有眼光|专业|内行|懂行|在行|有耐心|耐心|周到|厉害|明智|贴心|体贴|讲道理|通情达理|大度|客气|好说话|有心|懂|会挑|会选|识货)`,
    `${YOU}(?:的)?眼光(?:真|太|很|非常|特别)?(?:好|不错|独到)`, '(?:好|有)眼光', '(?:真|很)识货',
    `(?:多亏|幸亏|幸好|还好)${YOU}(?:及时|发现|提醒|细心|留意|注意|保存|拍照|留了|记得|早)`,
    `${YOU}(?:做|处理|考虑|想)得(?:很|非常|特别|真|太|十分)?(?:对|好|周到|及时|细|全面)`, `${YOU}(?:这个|这)(?:建议|想法|问题|办法|主意)(?:提得|问得)?(?:很|非常|真|特别|太)(?:好|专业|到位|有价值|宝贵|关键)`,
    `(?:感谢|谢谢)${YOU}(?:这么|如此|的)(?:细心|仔细|用心|专业|耐心地?(?:跟|配合|告诉))`, '有品位', '(?<![技])(?:真|好)巧', '(?:真是|真|是)(?:个)?行家', '主意(?:真|很|太)?不错', '(?:建议|问题)(?:提|问)得(?:特别|很|真|非常|太)?好', `(?:描述|说|记|整理|问|讲)得(?:好|这么|很|真|非常|特别|太)+(?:清楚|仔细|详细|整齐|明白|到位)`, `(?:一看|一听|一摸)(?:${YOU})?就(?:是|知道)(?:行家|内行|懂|用惯)`, `${YOU}真的?(?:好|是)(?:细心|仔细|很好的(?:客人|顾客))`, '帮(?:了)?(?:我|我们)(?:省了|大忙|很大的忙)', '帮助很大', `(?:谢谢|感谢)${YOU}(?:每次|这么|一直)(?:都)?(?:提醒|耐心|仔细|细心|理解|配合)`,
    '(?:一看|听)就是(?:懂|内行|行家|专业)', '(?:选|挑|买)得(?:真|很|太)?(?:好|对|有眼光)', '哈哈',
  ],
  // 一定/肯定/保证/绝对 + an outcome: the outcome is not the agent's own action.
  guarantee: [
    `(?:肯定|一定(?!得)|绝对|保证|百分之百|百分百|包)(?:会|能|可以|是)?(?:给您)?(?:帮您)?${OUTCOME_ZH}`,
    '(?:我|我们)(?:向您|跟您|给您)?(?:保证|担保|打包票|打保票)', '包(?:您|你)满意', '(?:应该|估计|大概)(?:是)?能(?:批|通过|批下来|下来|办下来)',
    '(?:这次|下次|以后|再也)?(?:绝对|肯定|一定|保证)不会(?:再)?', '(?:以后|之后|今后|就)?不会再(?:有|出现|发生|让您|出错)', '不会有任何(?:影响|问题)', '百分之?百', `(?:肯定|一定(?!得)|绝对|保证)[^,。!?不没无得]{0,8}?${OUTCOME_ZH}`, '应该[^,。!?]{0,8}就会(?:下来|到|批)', '放心(?:吧)?[,,]?(?:这次|明天|今天)?(?:肯定|一定|绝对)', '(?:稳|准)没问题', '(?:肯定|一定|绝对)没(?:事|问题)',
  ],
  // The agent's own actions: 一定 + these is a commitment or willingness, not a guarantee.
  ownAction: /^[,\s]*[^,。!?]{0,12}?(?:会|能|要|得|一定|给您|帮您|为您)*(?:回电|回复|联系|打电话|跟进|处理|尽力|帮|查|反馈|记录|转告|重视|负责|给您一个|答复|通知|核实|安排专人|盯)/,
  concession: [
    '破例', '特殊处理', '特事特办', '特批', '通融', '网开一面', '下不为例', '例外', '这次就算了', '这次就不(?:收|扣|计|算)了', '(?:就|那就)按(?:您|你)说的(?:办|来|处理)',
    '(?:那就|那|就)(?:给您|帮您)?(?:免了|不收了|不扣了|退了吧|全退)', '(?:申请|争取)(?:一个|一次)?(?:特殊|例外|特批)', '额外(?:给您)?(?:申请|争取|放宽)', '放宽',
    '(?:照|按|依)(?:照)?规定[^。!?]{0,16}(?:不过|但是?|可是)[^。!?]{0,24}?(?:这次|特别|先|还是|就不)', '虽然规定[^。!?]{0,14}(?:还是|仍然|照样)', '特别(?:帮|为|给)(?:您|你)', '专门给(?:您|你)[^,。!?]{0,8}(?:优惠|折扣|价)', '就不(?:跟|向)?(?:您|你)?收', '(?:本来|原则上|一般|通常|正常|按理|照理|按规定|严格来说)[^。!?]{0,12}?(?:不能|不可以|不支持|不予|没法|无法|不退|不换|不给|不行)[^。!?]{0,20}?(?:但|不过|可是|这次|还是)',
  ],
};

const OUTCOME_EN =
  "(?:be (?:there|delivered|approved|fine|sorted|fixed|resolved|refunded|back|ok|okay|working|in your account)|arrive|get there|reach you|go through|get approved|work|happen|come through|not happen again|never happen again)";

export const STANCE_EN = {
  praise: [
    '(?:great|good|nice|excellent) (?:catch|spot|eye|question|choice|call|thinking|idea|pick)', 'well spotted', "you did (?:exactly |absolutely )?the right thing", "you(?:'ve| have) done (?:exactly |absolutely )?the right thing",
    'you (?:clearly |really |obviously )?know (?:your stuff|what you(?:\'re| are) (?:doing|talking about))', "you(?:'ve| have) (?:got|got) (?:great|good|excellent) taste", '(?:great|good|excellent) taste',
    "(?:you(?:'ve| have) been|you(?:'re| are)) (?:so |very |really |incredibly |extremely |remarkably )(?:patient|thorough|understanding|helpful|organi[sz]ed|gracious|kind|clear|sharp|careful|observant|on top of (?:it|this|things))",
    "(?:i|we) (?:really )?appreciate (?:how|you being so) (?:patient|thorough|understanding|organi[sz]ed|clear|careful)", 'thanks to you', 'smart (?:move|thinking|idea|choice)', 'good on you', 'glad you (?:kept|saved|noticed|spotted|called|caught)',
    "(?:one of our|a) (?:most )?(?:loyal|long-standing|longstanding|valued) (?:customers?|members?)", 'you(?:\'re| are) (?:absolutely |completely )?right (?:to (?:flag|check|call|ask|mention|keep|raise)|about)', 'that was (?:smart|sensible|wise|clever)',
    '(?:ha ?ha|haha|lol)', "you(?:'ve| have)? (?:probably |just |really |actually )?(?:saved|spared|helped) (?:other|our|us|everyone|a lot|lots)", "you(?:'ve| have)? (?:\\w+ ){0,8}(?:perfectly|brilliantly|beautifully|spot on|flawlessly)",
    '(?:appreciate|value|thank you for) your (?:loyalty|custom|continued (?:support|custom|business))', 'such a (?:loyal|great|valued|good|patient|lovely|understanding) (?:customer|client|member|guest)', 'you were (?:so |very |really |incredibly |super )(?:patient|thorough|helpful|clear|quick|understanding|kind|organi[sz]ed|careful)',
  ],
  guarantee: [
    `i (?:can )?(?:promise|guarantee|assure you)(?: you)?(?: that)? (?:it|this|that|they|your|the|you)\\b`, 'i (?:guarantee|promise) (?:it|that|this)', '(?:it(?:\'s| is)|that(?:\'s| is)) guaranteed',
    `(?:will|'ll|is going to|are going to|it(?:'s| is)) (?:definitely|certainly|absolutely|100%|surely|for sure) (?:${OUTCOME_EN})`, `(?:definitely|certainly|absolutely) (?:will|won't) (?:${OUTCOME_EN}|happen again)`,
    "(?:won't|will not|will never) happen again", 'never happen again', "(?:there's|there is) no way (?:it|this) (?:won't|will)", '100% (?:sure|certain)', 'for sure', "(?:should|will) (?:definitely|easily) (?:be approved|go through|get approved)",
    "(?:it|this|that)(?:'ll| will) be (?:approved|fine|sorted|no problem)", 'no doubt about it', 'no question(?: about it)?', 'without (?:a )?fail', "(?:will|'ll) be on your doorstep", "(?:it|this|that|they|you|your \\w+)(?:'ll| will| can) [^.!?]{0,60}, no (?:problem|question|worries)(?=[.!]|$)", 'you have my guarantee', "(?:i'm|i am) (?:sure|certain|confident) (?:it|they|this|that)(?:'ll| will)",
  ],
  ownAction: /^[^,.!?]{0,12}?\b(?:i|we)(?:'ll| will)? (?:call|ring|email|update|get back|follow up|look|check|do|try|keep|stay|personally|make sure|be here)/,
  concession: [
    'make an exception', 'making an exception', 'one-(?:time|off) (?:exception|courtesy|gesture)', 'just this once', 'this one time', 'as an exception', 'bend the rules', 'outside (?:of )?(?:our |the )?(?:usual )?policy',
    "(?:i|we)(?:'ll| will| can| am going to|'m going to) (?:go ahead and )?(?:waive|refund|honou?r|accept|cover|override|extend)[^.!?]{0,40}\\b(?:anyway|regardless|this time|all the same|as a courtesy)",
    "(?:normally|usually|technically|strictly speaking)[^.!?]{0,40}(?:can't|cannot|wouldn't|don't|isn't|aren't|not)[^.!?]{0,50}(?:but|however)[^.!?]{0,10}(?:i|we)(?:'ll| will| can|'m| am)",
    "(?:fine|okay|ok|alright|all right),? (?:i|we)(?:'ll| will)(?: go ahead and)? (?:waive|refund|do|cover|honou?r|take)", 'let it (?:go|slide) this time', 'waive (?:it|the fee|the charge)? ?this time', 'as a one-?off', "even though (?:\\w+ ){0,6}(?:outside|doesn't|does not|isn't|is not|rules|policy|contract|terms|not (?:covered|eligible|required))",
    "(?:i|we)(?:'ll| will)(?: go ahead and)? [^.!?]{0,40}\\b(?:anyway|regardless|all the same)", "(?:since|because|as) you(?:'ve| have) (?:never|always|been (?:such )?a (?:loyal|long-standing|valued|good))",
  ],
};
