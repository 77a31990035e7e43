// Blame beyond naming a culprit (rules.md: "blames, argues with, corrects the customer, or shifts
// responsibility"; issue 11): telling off, condescension, dismissal, deflection, arguing, insinuating.
// English sources over folded text, wrapped in \b…\b by compileCues; Chinese ones are in lexicon-zh.

const THIRD = '(?:courier|carrier|bank|manufacturer|seller|retailer|supplier|vendor|airline|merchant|agency|travel agency|post office|delivery company|driver|installer|contractor|landlord|provider|network|warehouse|factory|shop|store|branch)';

export const BLAME_EN = {
  tellingOff: [
    'relax', 'take a (?:deep )?breath', '(?:stop|quit) (?:swearing|shouting|yelling|screaming|being (?:rude|difficult|aggressive)|raising your voice|interrupting)', 'no need to (?:write|shout|yell|use|be|swear|take)',
    "(?:i'd|i would) appreciate (?:it )?if you(?:'d| would)? (?:stop|not|calm|lower|watch|refrain)", "(?:i'm|i am) not (?:going to|gonna) (?:argue|waste|listen|tolerate|put up)", "don't (?:talk|speak|shout|yell|swear) (?:to|at) me",
    "there's no need for (?:that|this|language)", 'lower your voice', "(?:i'll|i will|i'm going to|i am going to) (?:have to )?(?:hang up|end (?:this|the) call|disconnect|terminate)", 'if you (?:keep|continue|carry on) (?:shouting|swearing|yelling|talking|being)', 'mind your (?:language|tone|manners)', "(?:i'd|i would) think twice before",
  ],
  condescension: [
    "it(?:'s| is) (?:honestly |really |actually |very |quite |pretty |so |not )*(?:easy|simple|straightforward|not (?:complicated|hard|difficult|rocket science))", 'all you (?:have|need) to do is', '(?:anyone|anybody|a child|my grandma|even a child) (?:can|could) (?:manage|do|figure|work)',
    'you could(?: easily)? have (?:sorted|done|fixed|checked|read|found|avoided|solved)', "(?:i've|i have) (?:already )?(?:apologi[sz]ed|explained (?:this|that|it)|told you|said)", "i (?:don't|do not) know what (?:else )?you want", 'what (?:else )?(?:do )?you (?:want|expect) (?:from|us|me)',
    "(?:i'm|i am) not sure what (?:else )?you expect", 'for future reference', 'for next time', 'next time,? (?:please |make sure|you|try|read|check)', "i(?:'ve| have) (?:said|told you|explained) (?:this|that|it)? ?(?:already|twice|(?:several|three|a few|many) times|before)", 'how many times',
    'it says (?:right |clearly |very clearly )?(?:here|there|on)', '(?:clearly|plainly) (?:stated|written|marked|says)', "you (?:obviously|clearly) (?:didn't|haven't|don't)",
  ],
  dismissal: [
    '(?:nobody|no one) is (?:forcing|making) you', "you(?:'re| are) (?:free|welcome) to (?:go|buy|take|shop|use|find|try)", 'take your business (?:somewhere|elsewhere)', '(?:go|shop|buy \\w+|take it) (?:somewhere else|elsewhere)',
    'why (?:would|should) (?:i|we) care', "(?:isn't|is not|not) (?:a|our|my) (?:high |top )?priority", "(?:it )?doesn't matter (?:how|what|if|whether)", "i (?:don't|do not) care", "(?:that's|that is|it's|it is) not my (?:problem|concern|job)", "you(?:'re| are) no longer welcome",
    "(?:that's|that is|it's|it is) (?:just )?(?:the way it is|how it is)", '(?:the system|it|that) (?:just )?(?:works|is) the way it (?:works|is)', 'deal with it', 'get over it', "(?:it's|it is|that's|that is) (?:only|just) (?:a few |a couple of )?(?:\\$|£|€|\\d)[\\d.]*(?: ?(?:dollars|pounds|quid|euros|bucks|cents|p))?", "(?:it's|it is|that's|that is) (?:only|just) (?:a few|a couple of) (?:dollars|pounds|quid|euros|bucks|cents|minutes|days)",
  ],
  deflection: [
    "(?:that's|that has|it's|it has|that is)(?: got)? nothing to do with (?:me|us)", 'i only (?:deal with|handle|do|work (?:on|in|with))', "(?:that's|it's|that is|it is) (?:really |actually |honestly )?(?:their|the \\w+'s) (?:responsibility|fault|problem|issue|job|call)",
    `you (?:may|might|will|'ll|would|'d)? ?(?:want|need|have) to (?:check|speak|talk|take (?:it|that|this) up|raise (?:it|that|this)) with (?:your|the) (?:\\w+ )?${THIRD}`, `(?:the |our |your )?${THIRD}s? (?:didn't|did not|never|failed to|forgot to|lost|damaged|broke|delayed|messed up|made (?:a|the) mistake|gave us|sent us|mixed up)`,
    'they (?:gave|sent|told) us (?:the )?wrong', "(?:not|isn't|is not) (?:our|my) (?:department|area|team|call)", "(?:i|we) (?:can't|cannot|don't) (?:help|do anything) (?:with|about) (?:that|what) (?:the|another|other)",
  ],
  arguing: [
    "the (?:fault|problem|issue|error) (?:isn't|is not|wasn't) (?:on|with|at) (?:our|my) (?:end|side)", "(?:it'll|it will|it must|that'll|that will|it's probably|it must be|must be) (?:be )?your (?:handset|phone|router|device|connection|wifi|computer|browser|card|settings|equipment|end|side)",
    "you(?:'ve| have)? (?:just |simply )?(?:filled|entered|typed|read|misread|misunderstood|misheard|put|ticked|selected|chose|picked|booked)(?: (?:in|out))?(?: \\w+){0,3} (?:wrong|wrongly|incorrectly|by mistake)", "you(?:'ve| have) (?:just |simply )?(?:misread|misunderstood|misheard|got it wrong|confused)",
    "(?:didn't|did not|never) actually", '(?:we|i|and) would never (?:do|say|charge|treat|lie|hang up)', "no,? you (?:didn't|did not|haven't|weren't|aren't|don't)", "(?:that's|that is|it's|this is) not (?:true|correct|right|what happened|how it works|what i said)",
    "(?:don't|doesn't|do not|does not) look like (?:fraud|an error|a mistake|a fault|our)", "(?:this|it|that) (?:isn't|is not|wasn't|was not) (?:fraud|a mistake|an error|a fault|a billing error)", 'found nothing wrong', "you did (?:use|agree|sign|order|click|receive|accept|confirm|authori[sz]e)",
    "(?:do|did) you(?: actually| even)? (?:read|check|look at)", ", (?:don't|didn't|haven't|aren't|weren't) you(?=\\?)", 'our (?:records|system|logs) (?:show|shows|say|says|indicate)',
  ],
  insinuation: [
    "you (?:didn't|did not|never|forgot to|failed to) (?:enter|apply|use|add|read|check|follow|press|click|select|tick|update|pay|call|tell|let|register|activate|save)", 'you (?:already|obviously|clearly) (?:know|knew)', '(?:we|the company) rel(?:y|ies) on (?:customers|you|our customers) to',
    "(?:it's|it is|that's|that is) (?:the customer's|your|the cardholder's|the account holder's) (?:responsibility|job) to", 'you (?:just )?have to follow', "you(?:'re| are| were) (?:supposed|expected|meant|required) to", "you(?:'d| would) have known", 'as (?:stated|explained|written|mentioned) (?:in|on) (?:the|our)',
    'you (?:should|ought to) (?:read|check|have|know|keep|look)', 'you (?:agreed|signed up|consented) to',
  ],
};

/** Every English blame cue. */
export const BLAME_EN_ALL: readonly string[] = Object.values(BLAME_EN).flat();

// Reasons and rules (the `policy` feature): a causal link or a stated rule explains what happened or why.
const TIME_AFTER_SINCE = '(?!(?:then|last|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|lunch|breakfast|morning|tonight|today|yesterday|this|early|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the (?:\\d|start|beginning|end|first|weekend|morning)|\\d|we (?:spoke|last)|you (?:called|wrote|first|last|joined|signed)|i ))';

export const POLICY_EN = [
  'because', `since ${TIME_AFTER_SINCE}`, '(?<=(?:^|[.!?;:]) ?)as (?=you|we|it|the|your|this|our|there|they|these|those)', 'which (?:is )?why', 'that(?:\'s| is) why',
  'which (?:triggered|caused|means|meant|upset|held|led|resulted|is what)', '(?:in order )?to (?:prevent|protect|avoid|keep (?:your|the|our) (?:account|accounts|money|data|line))', 'caused by', 'because of', 'the (?:cause|reason) (?:was|is)',
  "(?:there was|there were|we had|we've had|(?:our|the) (?:\\w+ ){0,2}(?:system|team|warehouse|supplier|site|network|room) had) (?:a|an|some|several) (?:\\w+ ){0,2}(?:fault|error|problem|issue|mix-up|outage|glitch|delay|shortage|bug|failure|backlog|volume|reports)",
  '(?:only|just) (?:for|applies|apply|valid|available|covers?|lasts?|runs?) ', '(?:applies|apply) (?:only )?to', 'valid (?:for|until)', '(?:has|have|need|needs|must) (?:to )?be (?:paid|made|checked|returned|approved|reported|submitted|signed|verified|received)',
  "outside (?:the|your) (?:[\\w-]+ ){0,2}(?:window|period|hours|policy|warranty|terms)", '(?:available|open|staffed) (?:from|between|until|only) ', 'for (?:safety|security|maintenance|legal|regulatory|hygiene|privacy) (?:reasons|repairs|work|checks)',
  "(?<=, )as (?=it|they|we|the|this|that|there|you(?:'re| are| have|'ve))", '(?:we|they) only (?!need|want)', '(?:problem|issue|fault|error|shortage|delay|strike|storm|weather|outage) (?:held up|caused|delayed|meant|affected|led to|stopped)',
  '(?:high|large|unusual|unusually high|huge) (?:number|volume) of', '(?:we|the company) rel(?:y|ies) on',
  'can take up to', 'normally', 'qualif(?:y|ies)', 'entitled to', "(?:doesn't|does not|don't|do not) (?:include|allow|cover|apply)", '(?:we|the system) (?:add|adds|apply|applies|charge|charges) \\w+(?: \\w+)? (?:automatically|when|if)',
  "(?:the )?(?:customer|cardholder|account holder)'s responsibility", 'within \\d+ days of', 'up to \\d+ (?:business |working )?days', 'in line with', 'under (?:our|the|your) (?:\\w+ )?(?:plan|contract|terms|policy|agreement|rules)',
];

// Chinese blame beyond a named culprit (Simplified over folded text): telling off and threats, 推诿,
// arguing and correcting, condescension, insinuating the customer's fault, minimising.
const NI = '(?:您|你)';
export const BLAME_ZH = [
  // Telling off, threats, 甩脸色.
  '别(?:啰嗦|来问我|乱说|吵了|嚷了|闹了|问那么多|问了|废话)', '(?:说话)?客气点', '(?:安静|小声)点', '(?<![请发送寄拿出进回过])出去[!。]', '请你出去', `${NI}(?:再|还|要是再|如果再|如果还是)(?:继续)?(?:这样|大声|骂|吵|闹|用这种)[^,。!?]{0,8}(?:我就|就|我会)`,
  '(?:我会|我就|就先|那我就|我只能)(?:先)?(?:结束|挂断|挂了|挂电话|不处理|不管|不帮)', '人身攻击', '(?:被这样|这样)辱骂', '不实的话', '(?:考虑|会|就)提告', '走法律(?:途径|程序)', '有本事', '(?:照|按)我说的(?:去)?做', '别问那么多',
  `${NI}(?:是不是)?(?:哪里)?有(?:问题|病)(?:啊|吧)?\\?`, `${NI}是想白拿`, `${NI}比我还懂`, `${NI}到底想(?:问|干|怎么)`, '怎么还(?:问|不明白|不懂)', `(?:刚才)?不是(?:都)?(?:跟|和|给)${NI}(?:讲|说)过`, '不是都写了', '很明显了吧', '说不过去',
  '下次再[^,。!?]{0,8}(?:我就|就不)', '还要挑', `${NI}(?:怎么|咋)这么(?:生气|激动|凶)`,
  // 推诿: not mine, ask someone else, call back some other day.
  '又不是我', '不是我(?:的问题|接的|摆的|负责的?|管的|决定的?|个人不愿意|故意|能控制)', '(?:又)?不怪我', '跟我说有什么用', '别来问我', '问别人去', `(?:${NI})?(?:去)?找别人`, '去问(?:别的|白天的|其他|其它)(?:同事|部门|人)',
  '(?:这个)?我(?:也|真|是真的|确实)?不(?:太)?(?:清楚|知道|懂)(?:耶|啊|呀)?[,，]', '我也不懂', '我不会弄', '我是上(?:晚|夜|早)班的',
  '(?:仓库|平台|卖家|总公司|厂家|业务员|餐厅|送餐员|物业|快递|上面|领导)(?:那边)?(?:管的|负责的|决定的|说了算)', '(?:平台|卖家|总公司|上面)那边下(?:过来)?的', '是(?:总公司|平台|厂家|上面|公司|领导)(?:的)?决定', '不是我(?:一个人|个人)?能(?:做|决定|控制|做主)', '做不了主', '没有这个权限', '不是我们能(?:控制|决定|处理)的', '也是被要求的',
  `(?:(?<![帮给为替和跟与])${NI}(?:得|要|需要|可以)?|请${NI}?|(?<![帮给为替和跟与])(?:得|要))(?:自己|自行|直接)?(?:去)?(?:找|问|打给|联系|洽)(?:别的|平台客服|原卖家|餐厅|送餐员|业务员|总公司|其他|问询台|别人|卖家|厂家|快递|物流|银行)`,
  '(?:请|麻烦)?您?自己(?:打|上网看|去问|去找|去查|看看|翻一下|翻翻|对照)', '(?:隔|过)(?:几|两)天再(?:打|来|问)', '再打过来问问', '得另外再', '得去别的',
  // Arguing, correcting, denying.
  `不对[,，]?${NI}错了`, `${NI}错了`, '根本(?:没有|不是|没)', `不是${NI}说的那(?:样|个)`, '完全不一样', '这点我们坚持', '(?:本身|都)(?:一点)?(?:毛病|问题)都没有', '本身没有(?:故障|问题|毛病)', '(?:都)?是准的',
  '从头到尾(?:都)?没', '(?:绝对|从来|根本)没有(?!这个意思|那个意思|这种意思)', `(?<![让令使])${NI}(?:可能|应该)?(?:是)?(?:认错|看错|记错|搞错|弄错|误会)了`, '(?:让|令)您(?:有了|产生了?)(?:这样的|这种)?误会', '一分钱都不会多收', '并没有(?:破|坏|问题)', '当时确认(?:是|过)?没问题',
  // Insinuating, condescension, minimising.
  `(?:是)?${NI}(?:下单时|当时|之前)?自己(?:选|拿|点|改|弄|定|填|要)的`, `${NI}自己拿去`, '不止您一家', '(?:都是|早就|已经)提前[^,。!?]{0,6}(?:发|通知|公告|告知)', '(?:上周|早就|之前|很早)就(?:贴|发|通知|公告)(?:出来|过)?了', '写着呢', '(?:大部分|多半|一般)都是(?:使用|人为|用户|客户)',
  '人为(?:进水|造成)', '在所难免', '(?:晚|慢|等)[^,。!?]{0,8}(?:很|挺|也算)正常', '(?:本来|本身)就(?:只有|会|可能|是这样)', '(?:多大|没多大|这么点|一点)(?:点)?(?:事|小事)', '这有什么好(?:生气|气|急|吵)', '(?:按法律|依法)您得', `${NI}要投诉(?:也可以|就去|的话)`, '请您去问', `${NI}去[^,。!?]{0,8}问吧`, '(?:我)?也不清楚', '(?<![马])(?:才|都)(?:去|来|打|说|想起)(?:医院|找|问|说)', '自然就', '没(?:破|坏|问题)呀',
];

// Chinese reasons and rules (the `policy` feature): 所以 and other causal links, the cause of what went
// wrong (是仓库打包时漏掉了, 问题出在…), and what a contract or a rule says (按协议, 属于…, 一经开通就…).
export const POLICY_ZH = [
  '所以', '因此', '因而', '以致', '问题出在', '(?:主要|就)是因为', '原因(?:是|在于|出在)',
  '(?:是|应该是|可能是|估计是|主要是)[^,。!?您你]{0,12}(?:时|的时候)(?:弄错|漏掉|漏发|掉进|掉了|失误|疏忽|搞错|出错|发错|装错)', '(?:应该|可能|估计|主要)是[^,。!?您你]{0,10}(?:积压|延误|忙不过来|漏掉|弄错|没把好关)',
  '为了(?:安全|保障|保护|避免|防止|您的(?:安全|账户|资金))', '按(?:照)?(?:合同|协议|约定|标准|规定|要求|条款|法律|规矩)', '根据(?!您)', '属于', '不在[^,。!?]{0,12}(?:范围|之列|列明)', '一经', '要看(?:合同|条款|规定)', '主要用(?:在|于)', '赶上',
  '(?<!给您|给你|对您|对你)造成的(?!麻烦|不便|困扰)', '人(?:特别|比较|太|很|非常)?多', '忙不过来', '人潮', '系统(?:现在|目前)?(?:故障|出了|有问题|异常|维护|升级)', '(?:技术|系统|机器|机械)(?:的)?(?:问题|故障|异常)', '不可抗力', '本来就', '(?:是|只是)(?:给|供)[^,。!?]{0,8}用的', '标准(?:配料|配置|做法)', '一定要', '预算', '难免', '只是参考', '可能是(?!您|你)',
  '受[^,。!?]{0,6}影响', '(?:下|遇到|碰上)(?:暴雨|大雨|台风|大雪|冰雹)', '放假', '(?:订单|单量)(?:太|特别|比较)?多', '人手(?:又)?(?:紧|不够|不足)', '(?:出餐|发货|配送|出货)(?:太|比较)?慢', '出了(?:故障|问题|状况)', '断货|缺货|涨价|涨得', '超订', '堵车', '自然(?:就|会)', '离职',
  '(?:必须|需要|要先)(?:提供|盖|附上|审批|经过)', '审批', '按[^,。!?]{0,10}(?:算|计算|计费|收费)',
  '(?:看|输入|记|写|算)错了', '作业疏忽', '不适用', '隐私', '补差价',
  '设定(?:在|为|成)', '(?:刚才|当时)(?:在|正在)(?:做|忙|检查)', '碰上了?', '遇到了?(?:一些)?(?:特殊|突发)', '(?:赶上|正值|正逢|遇上|碰上)[^,。!?]{0,6}高峰', '都会(?:让|导致|造成|影响)', '(?:只能|只可以)按', '(?:都|全)是(?:实物|真实|实拍|人工)',
];

// Broader forms of the classes above, from common service phrasing rather than any one corpus line.
export const MORE_EN = {
  refusal: [
    "(?:i'm|i am) afraid (?!so\\b|of\\b)", 'not an option', '(?:we|i) can only', 'the (?:best|most) (?:i|we) can (?:do|offer)', 'out of (?:my|our) hands', "(?:don't|do not) have the (?:authority|power|ability|option)",
    '(?:is|are) final', 'stand by (?:our|the|that) decision', 'have no choice', "(?:won't|will not) be possible", "(?:doesn't|does not|don't|do not) qualify", "can't be (?:refunded|returned|exchanged|changed|cancell?ed|reversed|done|waived|removed)",
    'non-refundable', "(?:isn't|not) in my power", '(?:beyond|out of) (?:my|our) control', 'nothing (?:can|could) be done', "that's all (?:we|i) (?:offer|have|do|can)", '(?:warranty|policy|guarantee|cover|coverage) (?:has |had )?(?:expired|run out|ran out|lapsed)', "(?:isn't|aren't|wasn't|weren't) covered", 'no coverage', "there(?:'s| is) no (?:escalation|refund|exception|way)", "we(?:'re| are) (?:all )?out of", "(?:it's|it is) unlikely", "(?:no|can't|cannot) justify(?:ing)?", 'no refunds', "we (?:don't|do not) (?:\\w+ )?(?:refunds|returns|exchanges|price matching|compensation)", 'not (?:able|allowed|permitted|authori[sz]ed) to',
  ],
  blame: [
    'tolerate', 'let me finish', "you(?:'re| are) not (?:listening|understanding|reading)", "(?:it|that) (?:was|is) (?:clearly |all )?(?:stated|written|mentioned|explained|spelled out)", 'you (?:accepted|signed|ticked|clicked|confirmed) (?:the|our|that|it)',
    "you (?:didn't|did not|never|haven't|have not) (?!have to|need to|deserve|get to)(?:\\w+)", 'i just work here', "(?:doesn't|does not) work like that", 'nowhere near the top', ', not (?:mine|ours)', '(?:the system|it) must have (?:done|made|charged|applied|taken)', "(?:that's|that is|this is) (?:the \\w+ |what )?you (?:booked|ordered|chose|selected|picked|paid for|signed up for)", 'you (?:chose|picked|selected|booked|ordered) the (?:lower|cheaper|basic|standard)',
    'you (?:might|may|must) have (?:\\w+ ){0,3}wrong', 'are you sure', '(?:problem|issue|delay|fault) (?:came|comes) from (?:the|your)', "(?:can't|cannot) be wrong", 'no record of (?:any|your)', "(?:don't|do not) shoot the messenger", "i (?:don't|do not) make the rules", "(?:that's|that is|it's|it is) (?:a|an) (?:\\w+ )?(?:issue|problem|matter) (?:for|with) (?:the|your) (?:bank|courier|carrier|manufacturer|seller|provider|retailer)",
  ],
  willingness: [
    '(?<!so |something |that |which |how )(?:i|we) can (?:definitely |certainly |absolutely )?help(?! with)', 'let me help', "(?:i'm|we're|i am|we are) (?:here )?for you", "(?:we|i)(?:'d| would) (?:like|love) to (?:make (?:this|it) (?:right|up)|put (?:this|it|things) right|help)", 'make it up to you',
    "(?:i'll|i will|we'll|we will) (?:\\w+ )?(?:sort|fix|resolve|look after|get to the bottom of) (?:this|it|that|you)", 'see (?:this|it) through', 'whatever it takes', "(?:i'll|i will) keep (?:at|on) (?:it|this)",
  ],
  empathy: [
    "sorry (?:that )?you(?:'ve| have| had)? (?:had to|been|felt|experienced|gone through|dealt with)", "(?:that's|that is|it's|it is) (?:just )?not (?:okay|ok|acceptable|fair|right)(?! to)", 'you deserve(?:d)? (?:better|more)', '(?:no one|nobody) should (?:have to|be)',
  ],
  policy: [
    "(?:that's|this is|it's) (?:just )?how (?:it|the system|our (?:system|process)|the process) works", 'the system (?:automatically|requires|flags|only)', 'for (?:security|safety|fraud|legal|data protection) (?:reasons|purposes)', 'legally', 'as per',
    'in accordance with', '(?:explains|means|meant) (?:why|that)', "(?:it's|it is) (?:standard|normal|common|usual) (?:practice|procedure|for)", '(?:all|every|any) (?:orders?|refunds?|returns?|claims?|payments?|bookings?) (?:must|need|have to|are|go|take|can)',
    '(?:refunds|returns|orders|claims|exchanges|payments|cancellations) (?:are|must be|have to be|can only be|need to be|take) ',
  ],
  solution: [
    'reach(?:ing)? out to', 'see (?:if|whether|what) (?:i|we) can', 'find (?:you|a|an|another)', 'try (?:to|and) (?:get|find|fix|sort|arrange|book|reach|contact|speed)', "(?:i've|we've|i have|we have) (?:gone ahead|taken care)",
  ],
};

export const MORE_ZH = {
  blame: [
    '找[^,。!?]{0,6}(?:去|吧)$', '那(?:您|你)(?:想|要)怎么样', '(?:您|你)(?:听|明白|看)(?:懂|清楚)?了(?:吗|没)', '说得很清楚了', '没有(?:您|你)说的(?:那么|这么)', '哪有(?:这|那)', '怎么可能', '不可能(?:是|出|有)', '找茬|找碴|故意的', '爱(?:买|信|去|用)不(?:买|信|去|用)',
    '别买|去别家|可以不买|不买就算了', '去投诉(?:吧|好了|就是了)', '随便(?:您|你)', '(?:您|你)(?:自己)?(?:看|查)清楚', '(?:您|你)(?:怎么|咋)(?:不|没)(?:早|先)',
  ],
  willingness: ['(?:非常|很)?(?:愿意|乐意)(?:帮|为|协助)', '(?:帮|为|替)(?:您|你)(?:想想|看看)办法', '不会不管', '优先(?:给您|帮您|为您)?(?:处理|办理|安排)'],
  policy: ['(?<!不)是这样的[,，]', '一般(?:来说|情况下)?(?:都|是|需要|会)', '通常', '正常(?:情况下|来说)', '(?:系统|流程)(?:自动|需要)', '(?:超过|过了)[^,。!?]{0,6}(?:就|后)', '(?:目的是|是为了)', '有(?:规定|要求)'],
  refusal: ['恐怕', '拒绝', '驳回', '(?:不|没)批|批不下来', '(?:没|没有)(?:这个|这种)(?:服务|业务|规定|政策|先例)'],
};
