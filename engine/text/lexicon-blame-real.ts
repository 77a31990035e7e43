// Blame constructions learnt from real service wording (issue 11's classes), kept apart from
// lexicon-blame.ts so the older lists stay as they were. They join the blame alternation in
// features/blame.ts, so they cost no extra pass. Cues are our own phrasing of each construction.

const YOU_EN = "(?:you|you've|you're|you'd)";
const NI = '(?:您|你)';
const AUTH_ZH = '(?:相关部门|公安(?:机关)?|警察局|派出所|法院|物价局|卫健(?:部门|委)?|主管机关|市政府|消协|工商(?:局)?|上级(?:部门|机构)?)';

/** English blame cues: threats, deflection, arguing, condescension, insinuation, minimising. */
export const BLAME_REAL_EN: readonly string[] = [
  // Threats and telling off.
  'if you (?:keep|continue|carry on) \\w+ing', "(?:i'll|i will|we'll|we will) (?:have to )?call (?:the police|security|the cops)", 'or you(?:\'ll| will| could)? (?:face|risk)',
  "you(?:'d| had) (?:best|better)", "(?:i'm|i am) asking you to leave", 'leave (?:us|me) alone', 'get a life', 'let me stop you (?:there|right there)', 'going on about',
  "(?:we're|we are|i'm|i am) not (?:going to|gonna) (?:deal with|discuss|entertain)", "you(?:'re| are) welcome to (?:hang up|try another|call (?:someone|somebody) else|complain)", "you(?:'ll| will) get the same answer",
  "your (?:\\w+ )?(?:manner|behaviou?r|attitude|tone) (?:was|is|towards|toward)",
  // Deflection: not my area, someone else decides, someone else's to pay.
  "(?:i'm|i am) not (?:even )?in (?:the )?(?:\\w+ )?(?:department|team|accounts|billing|sales|payable)", 'i (?:just|only) take the calls', "i (?:wouldn't|would not) know (?:anything )?about", '(?:is|are) (?:entirely )?up to (?:that|the|each|your) \\w+',
  ', not (?:by|from|with) us', '(?:now |still )?(?:yours|down to you|on you) to (?:pay|sort|fix|deal)', '(?:is|was) (?:still )?down to you', 'no (?:legal )?responsibility for',
  "you(?:'ll| will)? (?:need|have) to (?:ring|call|phone|contact) your (?:insurer|insurance company|insurance|bank|card issuer|provider|landlord)", 'they (?:gave|sent|told) you (?:the )?wrong',
  // Arguing and correcting.
  "(?:we|i) (?:simply |just )?(?:wouldn't|would not) (?:do|say|charge) that", "no,? (?:sir|ma'am|madam),? (?:we|i|they|it|that|you) (?:didn't|did not|never|can't|won't|wasn't|weren't|don't)", 'i object to',
  "(?:nor do i|i (?:don't|do not)) accept (?:that|your)", 'i can assure you (?:that )?(?:the|our) \\w+ (?:was|were|is|are)', "(?:that|this|it) (?:isn't|is not|wasn't|was not) (?:a|an) (?:\\w+ )?(?:mistake|error)",
  'our (?:test|tests|map|checks|data|files) (?:show|shows|say|says)', "(?:i'm|i am) not seeing any (?:error|mistake|fault|problem)",
  "the (?:fault|problem|issue) (?:is|must be|has to be|lies)(?: somewhere)? (?:inside|in|with|on|at) (?:your|the customer's)",
  `(?:treating|treat|see|regard) you as (?:\\w+ )?at fault`, `${YOU_EN}(?! not)(?: \\w+)? at fault`, "(?:that's|that is|this is|it's) (?:the|a) (?:\\w+ ){1,2}you (?:booked|ordered|chose|selected|picked|paid for|signed up for)",
  "you (?:had |have |'ve )?(?:plainly|clearly|obviously) (?:not|never)", 'call your (?:lawyer|solicitor|attorney)', 'go ahead and (?:complain|sue|report)', "(?:doesn't|does not) mean you (?:don't|didn't|can't|aren't|weren't)",
  'make your own way', '(?:nobody|no one) does (?:this|that|it) on purpose', 'never (?:reached|reach|went through|came through) (?:on )?our (?:system|end)', "(?:isn't|is not|wasn't|was not) (?:in|on) our (?:system|records|end)",
  'i could have (?:had|been|done|sorted|finished)', "(?:charges|bill|reading|meter|amount|price|invoice)(?: themselves| itself)? (?:is|are|was|were) (?:right|correct|accurate|valid)", '(?:have|has) a valid (?:reading|charge|bill|record)',
  'like i (?:said|told you|mentioned|explained)', "(?:isn't|is not|wasn't|was not) what (?:our|the|my|we|i|they|he|she|happened)", "(?:not|isn't|is not) up to me", 'above my pay grade', "(?:not|isn't|is not) my (?:decision|call)",
  "you must be (?:mistaken|wrong|thinking of)", "you(?:'re| are) (?:mistaken|wrong)", 'never (?:made|had) (?:that|this|such|any) (?:kind of |sort of )?(?:error|mistake|problem|fault)', 'so (?:the|your) \\w+ (?:must|has to) be (?:right|correct|accurate)',
  '(?:did|have|do) you (?:actually|even|really) \\w+', 'you (?:probably|likely|must have|may have|might have) (?:\\w+ )?(?:pressed|entered|typed|clicked|selected|chose|forgot|forgotten|missed|dropped|damaged|broken|broke|misplaced|lost)',
  "(?:it's|it is|that's|that is) (?:only|just) (?:a )?(?:small|minor|tiny|little|slight)", "(?:it's|it is|that's|that is) (?:not|hardly) (?:a big deal|the end of the world)(?! (?:to|for))", 'no big deal',
  'was your (?:own )?(?:choice|decision|call)', 'nothing wrong (?:on|at) our (?:side|end)', 'we did everything (?:right|correctly|by the book)', "that's what you get (?:with|for)",
  "(?:anyone|most people|everyone|any other customer) (?:else )?would(?:'ve| have)", 'listen to me', 'you need to (?:listen|understand|calm|stop)', '(?:who|whoever) told you (?:that|this)', ', not me',
  'you have to understand', 'with all due respect', 'overreact(?:ing|ed)?', "(?:it's|that's|it is|that is) (?:just )?common sense", "if you(?:'d| had) (?:read|checked|looked|followed|listened)",
  "(?:we're|we are|the company is|we were) not (?:responsible|liable)", "can(?:'t|not) be held (?:responsible|liable)", '(?:accept|take) no (?:responsibility|liability)', "(?:that's|that is|it's|it is) on you",
  "you(?:'re| are) the (?:only|first) (?:customer|person) (?:to|who)", "i (?:don't|do not) know what (?:else )?to tell you", "(?:i'm|i am) (?:just|only) (?:doing my job|the messenger)",
  'take (?:it|that|this) up with (?:them|your \\w+)',
  // Condescension.
  "(?:i'm|i am) (?:well|fully|perfectly) aware", "i (?:don't|do not) think you understand", 'what more (?:do|did|can|could) you (?:want|expect)', 'you lot', ', you know(?=[.!?])',
  "(?:it's|it is|that's|that is) (?:posted|printed|displayed|written) (?:clearly|plainly|right there)", '(?:clearly|plainly) (?:posted|printed|displayed)',
  // Insinuating the customer's fault.
  'you knew', "you (?:were|'ve been|have been) (?:told|warned|advised|informed|asked)", 'so you were', 'you missed (?:your|the)', "you(?:'re| are| were) \\w+ (?:minutes|hours|days) late",
  'we did (?:send|ring|call|phone|tell|email|write|warn|leave|post|try)', 'got no (?:answer|reply|response)', '(?:nobody|no one) (?:answered|was (?:in|home))',
  "the customer (?:did not|didn't|knew|was told|was too|failed|forgot|never)", '(?:we|the company) depends? (?:entirely )?on (?:the customer|customers|you)',
  '(?:could|might) (?:someone|somebody) else (?:in|at|have)', 'is it possible (?:that )?(?:someone|somebody|you)', 'could it be that',
  // Minimising.
  "(?:can't|cannot|doesn't|does not) (?:matter|be) (?:all )?that (?:much|important|urgent|bad)", 'could have been (?:a lot |much |far )?worse',
];

/** Chinese blame cues (Simplified; Traditional is folded to it before matching). */
export const BLAME_REAL_ZH: readonly string[] = [
  // Telling off and threats.
  '再这样[^,。!?]{0,8}(?:我|我们|就)', '不然我(?:们)?就', '(?:会|就)(?:直接)?报警', '不排除(?:提告|起诉|追究)', '(?:请)?不要(?:为难|占用|把气)', '没看见我', '急什么', '啰里啰嗦|啰嗦个没完',
  '规定就是规定', '没有为什么', '没有必要(?:向|跟|和|对)(?:您|你)解释', '不需要(?:跟|和|向)(?:您|你)(?:讲|说|解释)', '可以选择离开', '那你去啊',
  // 推诿: not ours, someone else decides, go to the authorities yourself.
  '(?:跟|和|与)(?:我们|我|本店|本公司)[^,。!?]{0,6}(?:有什么|没有?|没什么|毫无)关系', '不是我们(?:的)?(?:过错|错|责任)', '责任不在我们', '不是我们(?:[^,。!?]{0,4})?(?:定|收|造成|故意)的?', '不在我们这', '(?:我们|公司|本店)[^,。!?]{0,3}(?:没有责任|不(?:承担|负)(?:任何)?责任|不负责)', '的(?:也)?是你(?=[,，。!]|$)',
  '(?:我们|这边|我)(?:也)?(?:定不了|决定不了|确定不了|拦不住|管不了)', '(?:等|由)上(?:面|级)(?:部门|机构)?(?:来)?(?:下|决定|解决|处理|安排|通知)', '我只是(?:照|按)(?:流程|规定|规矩)',
  `(?:可以|建议|直接|自己)[^,。!?]{0,3}?(?:去)?(?:向|找|咨询|问)?${AUTH_ZH}`, `向${AUTH_ZH}(?:反映|投诉|举报|申诉)`, '(?:走|可以走)诉讼', '(?:自己|你就|您就|那你|那您)(?:去)?(?:起诉|报警|报案)', '爱找谁找谁', '问别家',
  '(?:你|您)(?:们)?自己(?:去|回去)(?:买|拿|处理|弄|查|办)', '自行(?:检查|处理|解决|查)', '(?:你|您)不会自己',
  // Arguing and correcting.
  '哪有(?:您|你)说的', '(?<!我)(?:不会|没有?)(?:算|弄|搞|出|收)错', '完全合法', '(?:就|也)不叫|算不上', '是两回事', '并不代表', '(?:已经|都)达标', '明明(?:没|是|就)',
  '(?:其他|别的)(?:客人|顾客|人|用户)[^,。!?]{0,6}都没(?:有)?(?:问题|事)', '记录为准', '这样不(?:太)?对吧', '是什么意思\\?', '不实的(?:说法|言论|评论|留言)', '抹黑', '斤斤计较',
  `${NI}(?:这个|这种|的)?(?:说法|说的|讲的|理解)(?:是)?不(?:对|准确|正确)`, '从来(?:都)?没(?:有)?(?:出|发生)过', '(?:读数|数据|账单|金额|计费|记录|系统|表)[^,。!?]{0,4}(?:不会|不可能|没)(?:有)?错',
  '不归(?:我|我们)', '管不着', '找错(?:地方|人|部门)了', `${NI}自己的(?:选择|决定)`, '爱(?:投诉|告|发|找|去|买)就',
  '关(?:我|我们)什么事|不关(?:我|我们)的?事|(?:与|和|跟)(?:我|我们)无关', '我问谁', '自己(?:想办法|看着办)', '(?:事儿?|问题)(?:真|怎么这么|怎么那么)多', '你这人', '有意见(?:就|可以)?(?:去)?(?:找|告|投诉)',
  '谁[^,。!?]{0,6}(?:你|您)?(?:就)?找谁', '一分钱一分货|便宜没好货', `(?:就|只有)${NI}(?:一个人?)?(?:这么|这样)(?:说|讲|觉得|要求|认为)`, `${NI}是第一个`, '仁至义尽', '听我说完|让我说完', '懂不懂',
  '说得(?:够|非常|很)?明白了', '(?:的时候|当时|之前)怎么不', `${NI}想多了`, '常识(?:吧|吗|啊)',
  // Condescension and rhetorical questions.
  '(?:说|讲|解释|告诉(?:您|你))(?:了|过)?(?:好几|几|两|三|四|很多|无数)(?:遍|次)', `(?:早就|已经|刚才)(?:跟|和|给)?${NI}?(?:说|讲|告诉|解释)过(?:了|${NI})`, '早就告诉过', '(?:解释|讲)得(?:很|非常|清清楚楚)?清楚了',
  `${NI}[^,。!?]{0,4}(?:当时|当初)就?(?:应该|该)`, `${NI}(?:应该|本该|该)(?:早点|提前|当场|仔细)`,
  '不是已经(?:跟|和|给)(?:您|你)(?:讲|说)过', '(?:看|听)不懂吗', '有没有听进去', '早干(?:什么|嘛|啥)去了', '怎么不先', '还(?:好意思|想(?:要|拿))', '装什么', '赔得起吗', '难道', '(?:你|您)懂什么',
  '嫌[^,。!?]{0,4}就别', '就别(?:来|买|让我)', '(?:问|看|想|弄|搞)(?:清楚|明白)了?再(?:来|过来|说)', '(?:你|您)看(?:你|看[,，](?:你|您)看看)', '就(?:已经)?(?:不错|算客气)了|已经算客气',
  '(?:如果|要是)(?:有)?(?:仔细)?(?:研究|看|读)过', '再仔细(?:阅读|看|读)', '为什么不[^,。!?]{0,12}呢\\?', '我哪知道', '(?:这个)?我(?:也)?不(?:太)?清楚(?=[。!]|$)',
  // Insinuating the customer's fault.
  '(?:当初|当时|早)[^。!?]{0,16}就不会', '(?:您|你)[^,。!?]{0,6}在先', '(?:应该|可能|估计|多半|大概)是(?:您|你)(?:们)?(?:比较|自己|太|没|在|家|的(?:设备|线路|网络|操作))', '自己(?:决定的|亲手|不想|不愿|不小心|不注意)',
  '因为(?:您|你)(?:们)?(?:在|没|自己|提供的|当时|之前|把|不)', '(?:联系|联络|找)不(?:上|到)(?:您|你)', '(?:您|你)家(?:里)?没人', '下次[^,。!?]{0,6}记得',
  // Minimising.
  '(?<!(?:您|你|担心|着急|生气|难过|不满|在意)[^,。!?]{0,12})(?:是正常(?:现象|的)|很正常)', '不影响使用', '(?:别|不要|不用)(?:太|那么)(?:在意|计较)', '个别(?:情况|现象|案例)', '概率问题',
];
