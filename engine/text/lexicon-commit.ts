// Wider cues for refusal, policy, willingness and solution (issue 11): the forms real agents use
// beyond 不能 / "can't" — sold out, excluded by the terms, "the earliest we can do", 不会退还, 只可以,
// Cantonese negations (唔得, 冇权). Chinese sources are Simplified over folded text; English ones are
// wrapped in \b…\b by compileCues. Kept apart from the blame lexicon so both can grow independently.

export const COMMIT_ZH = {
  refusal: [
    // We won't: 不会退还 / 不会把…转给 / 不再提供 / 不赔 / 不同意.
    '不会(?:退还|退款|退费|转给|转交|提供|受理|进行|赔|办理)', '不会(?:把|将)[^,。!?]{0,10}(?:给|转|交|退)', '不再(?:提供|受理|办理|退|接受)', '不赔(?!偿)', '(?:我们|公司|店里|这边)[^,。!?]{0,6}不同意',
    // Not ours to decide or disclose, no room to negotiate.
    '没(?:有)?(?:权力|权利|权限|权)(?:要求|决定|处理|叫|让|给|帮)?', '冇权', '不方便(?:给|接受|回答|公开|透露|看|让|说明|解释)', '没(?:有)?必要(?:向|跟|给)?(?:您|你)?(?:解释|说明|交代)', '不需要(?:跟|向|给)(?:您|你)(?:讲|说|解释|交代)',
    '没(?:有|得)?商量', '不获(?:受理|批准|接纳|通过)', '超出(?:了)?(?:我的|我们的)?权责', '(?:我们|公司|本店)(?:这边)?(?:是)?(?:没有|不承担|不负)(?:任何)?(?:法律)?责任',
    // The most we can give is this: 已经是能给的最高标准.
    '(?:已经是|就是)(?:我们)?(?:能给的|能做的|能提供的|可以给的)最(?:高|大|多)',
    // Only this is allowed: 只可以…, 只针对…, 只认…
    '只可以(?!按)', '只(?:针对|适用于?|认|接受|限于)', '只有[^,。!?]{1,10}(?:的时候|才)(?:可以|能|会)',
    // Gone, full, closed: 已经售出, 号挂完了, 停止售票, 暂停看诊, 没有货了.
    '已经?(?:售出|售完|卖完|挂完|约满|订满|停售)', '没有货了',
    '(?:定|走|同意)不了(?!解)', '不(?:外借|外卖|单卖|出借)',
    // Sent elsewhere to do it: 您去找经销商, 建议您去咨询物价局, 可以走诉讼程序, 您自己去拿.
    '(?:建议|请)(?:您|你)?(?:直接)?(?:去|到|向)(?!我们|本)[^,。!?]{1,10}(?:咨询|询问|反映|反应|举报|投诉|起诉|申请)', '(?:您|你)去?找(?!我们|我)[^,。!?]{1,8}(?:吧|去|[。!]|$)', '找别人', '爱找谁找谁',
    '(?:走|循|提起)(?:民事)?(?:诉讼|法律途径|司法途径)', '去起诉', '自己(?:去|回去)(?:拿|取|处理|报警)',
    // Cantonese: 唔得, 唔俾, 唔计, 冇得, 无喎.
    '唔(?:得|可以|能够|俾|畀|计|接受|退|换|做|处理|负责|借|卖)',
  ],
  policy: [
    // What went wrong and whose lapse it was: 是我们仓库的疏忽, 品控没把好关, 滤网堵了, 导致….
    '没把好关', '导致', '(?:老化|堵住)了', '超售', '尖峰', '(?:正在|还在)(?:修|维修|检修|施工|装修)', '没(?:有)?完工', '(?:是|因为)[^,。!?您你]{1,10}(?:记错|弄错|拿错|放错|算错|看错|写错|搞错)',
    // Prices, fees and what they cover: 每公斤12元, 按每天5块, 手续费, 违约金, 不包含在价格里.
    '每(?:个|一)?(?:天|日|月|年|周|人|次|道|公斤|斤|小时|晚|张|件|单|位|期|桶|度)[^,。!?]{0,4}?(?:收|扣|算|\\d+(?:元|块)|[一二两三四五六七八九十百千]+(?:元|块|[,。!]|$))', '(?:要|得|需要|须|酌)(?:收|扣|交|付|补)掉?[^,。!?]{0,10}(?:费|违约金|押金)', '保底消费', '(?:学徒|会员|总监|牌)价', '不包含', '不议价', '不退不(?:转|换)', '(?:不|不予)退换', '只管', '只负责',
    // What is written or agreed: 写着呢, 白纸黑字, 页面下方有注明, 签了字的.
    '写(?:着|得|的)(?:呢|很清楚|清清楚楚|明明白白)', '白纸黑字', '(?:有|已经)(?:注明|写明|标明|公告)', '(?:页面|详情|合同|合约|协议|牌子|公告|说明书|同意书|帐单|账单|底单|条例|指南|估价单)[^,。!?]{0,8}(?:写|注明|标明?|印|贴(?:着|出|了)|约定)', '签(?:了|过)?(?:字|名)', '第[一二三四五六七八九十\\d]+条', '(?:达标|批文|班规|店规|条例|依法)',
    // Rules that make something conditional: 核实后才能退, 之后就不退, 要在七天内申报, 以…为准.
    '(?:后|通过|过了?|以上|以下)才(?:能|可以|算|会)', '(?:之后|以后|一经)就(?:不|没|要|算|当作)', '当作|视为|算是|算(?=人为|违约|放弃)', '(?:统一|收费|服务|审核|资格)的?标准|专门的流程', '一般只', '(?:就|也|并)不算|不叫', '两回事', '(?:要|得)看[^,。!?]{0,8}(?:愿不愿意|是否|能不能|情况)',
  ],
  willingness: [
    // Will stated without 一定尽力: 想尽办法, 一起想想办法, 给…一个交代, 持续跟进, 直到您满意, 都听您的.
    '想尽(?:一切)?办法', '一起(?:来)?想想办法', '(?:一定|必定|肯定)(?:会)?给[^,。!?]{0,10}(?:交代|答复|说法)', '(?:持续|积极|继续|全力)(?:跟进|处理|协调|保障|改善|改进|配合)', '直到(?:您|你)?满意', '到满意为止', '都听(?:您|你)的',
    '帮[^,。!?]{0,6}把(?:困难|问题|事情)(?:给)?(?:解决|处理)', '不能让[^,。!?]{0,8}(?:白跑|白等|吃亏|受委屈|耽误)', '不能耽误(?:您|你)', '(?:我们|我)会协助', '下次(?:我|我们)会(?:注意|小心|改进)', '(?:会|将)(?:继续|持续)把[^,。!?]{0,12}(?:好|到位)',
  ],
};

export const COMMIT_EN = {
  refusal: [
    // Gone, full, none left.
    '(?:sold|run|ran) out', 'no (?:\\w+ ){0,2}left', "(?:nothing|none)(?:'s| is| are)? (?:free|available|left)", "there (?:are|is) no (?:\\w+ )?(?:rooms?|seats?|cars?|tables?|slots?|appointments?|vans?|minivans?|drivers?|beds?|spaces?|spots?|tickets?) ",
    // The terms exclude it, the claim is turned down.
    '(?:policy|cover|plan|contract|insurance|warranty) excludes', 'no cover(?:age)? for', "(?:doesn't|does not|don't|do not|won't|will not) (?:meet|count as|qualify)", '(?:turn|turned) down', '(?:denying|declining|rejecting) (?:this|it|your|the)', "(?:won't|will not) be (?:renewed|refunded|reinstated|accepted|honou?red|replaced|reimbursed|covered)", 'reserve the right', "(?:aren't|isn't|are not|is not|weren't|wasn't) (?:permitted|allowed|authori[sz]ed)",
    "(?:we|i) never (?:give|offer|promise|do|accept|refund|guarantee|allow|take)", "(?:we're|we are|i'm|i am) not (?:going to )?(?:rebooking|refunding|replacing|changing|accepting|taking|doing|dealing)",
    // Not mine, not qualified, only someone else can.
    "(?:not|isn't) my (?:problem|area|call|concern)", "(?:i'm|i am) not (?:qualified|trained|licensed|allowed)", 'only (?:the |a )?(?:account holder|cardholder|policyholder|owner|pharmacist|doctor|manager|customer|registered \\w+) (?:can|may|is)',
    "only (?:allowed|permitted|authori[sz]ed) to", 'only covers', 'the only way (?:to|is)', 'the earliest (?:we|i|it|they) (?:can|could)', 'before (?:a|the|any) (?:\\w+ )?can be',
  ],
  policy: [
    // A causal "so": the clause before it is the reason ("you paid late, so the fee applied").
    "so (?=(?:the|it(?!'ll| will)|it's|they|their|your|that|there(?! is no| are no|'s no)|we(?:'ve|'re| have| are| had))\\b)",
    // Rules in their usual shapes: depends on…, your responsibility, by law, automatically.
    'depends? (?:entirely )?on', "(?:is|are|it's) up to (?:the|that|each|your)", '(?:is|becomes|are) (?:still )?(?:your|the customer\'s) responsibility', 'is (?:still )?(?:down to|yours to)', 'against the law', 'by (?:federal|state|local) law', 'automatically', 'typical(?:ly)?', 'first come,? first served', 'we (?:have|had) to (?:disclose|go through|receive|charge|follow)',
    // What caused it: it turns out, we found, an outage, the busiest season.
    'turns? out', '(?:found|shows?|showed) (?:that |the |it |nothing |your )', "there(?:'s| is| was) an? (?:\\w+ )?(?:outage|fault|backlog|shortage|strike)", 'busiest (?:season|time|period|day)', "(?:we're|we are) (?:very |really |extremely )?busy", '(?:came|comes) from (?:the|a|our)',
  ],
  willingness: [
    // Will stated without "I'll make sure": happy/glad/delighted to, gladly, I can do that for you.
    "(?:i'd|i would|we'd|we would) be (?:happy|delighted|glad|more than happy|pleased) to(?! hear| know| answer)", "(?:i'll|we'll|i will|we will) (?:gladly|happily)", "(?:i|we) can (?:help|assist) with (?:that|this|it)\\b", '(?:i|we) can (?:do|sort|arrange|fix) (?:that|this)(?: for you)?(?=[,.!]|$)', "(?:i'll|i will|we'll|we will|i can|we can|let me|gladly) (?:do|finish|sort|fix) (?:that|this|it) for you",
    'glad to (?:dig|look|help|sort|go)', 'try our (?:hardest|best|utmost)', "(?:we'll|i'll|we will|i will) look into (?:it|this|that)",
  ],
};
