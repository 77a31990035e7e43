// Agent actions (the `solution` feature): a remedy counts when the agent does or offers it, not when a
// remedy word merely appears ("outside the refund window", "the credit will show on your bill").
// English sources over folded text, wrapped in \b…\b by compileCues.

// What the agent does for the customer. Each entry is a verb phrase; inflections are spelled out.
// Remedies found in real replies beyond the list below (issue 11): bring, carry, pay, cut, keep, fit you in, come round.
const ACT_MORE =
  'work(?:ing|ed)? out (?:the|a|your|what)|bring(?:ing)? (?:you|it|them|some|a|an|the|over)|brought (?:you|it|them)|carry(?:ing)? (?:it|them|your)|carried (?:it|them)|pa(?:y|ying|id) (?:for|half|the|your|you|back)|' +
  'cut(?:ting)? (?:the|your|it|that)|keep(?:ing)? (?:your|every|all|it|them|the) |kept (?:your|it|them)|fit(?:ting)? you in|squeez(?:e|ing) you in|come (?:round|over|by|and)|' +
  '(?:sell|rent|lease|lend|loan)(?:ing)? you|fetch(?:ing|ed)?|dial(?:l?ing|l?ed)? |troubleshoot(?:ing)? |reship(?:ping|ped)?|class(?:ing|ed)? (?:it|this) as|open(?:ing|ed)? up (?:your|the)|pull(?:ing|ed)? (?:it|them|that|your \\w+) up|' +
  'see (?:if|whether) (?!you\\b)|ask(?:ing|ed)? (?:the \\w+|whether|if) |get(?:ting)? your \\w+ (?:cooked|sent|fixed|replaced|changed|sorted|redone|moved|swapped|back)|try (?:swapping|resetting|restarting|replacing|reinstalling|that|it) |clear(?:ing|ed)? (?:them|it|the|your|those|that)|have it ready|' +
  'go (?:through|over) (?:it|the|your|everything) (?:\\w+ )?(?:together|with you)|take care of (?:that|this|it) for you';
const ACT =
  '(?:send(?:ing)?|sent|resend(?:ing)?|re-send|ship(?:ping|ped)?|post(?:ing|ed)? (?:it|them|you|a|an|the|out)|courier(?:ing|ed)?|dispatch(?:ing|ed)?|deliver(?:ing|ed)?|' +
  'refund(?:ing|ed)?|replac(?:e|ing|ed)|credit(?:ing|ed)?|waiv(?:e|ing|ed)|cancel(?:l?ing|l?ed)?|revers(?:e|ing|ed)|void(?:ing|ed)?|reimburs(?:e|ing|ed)|compensat(?:e|ing|ed)|' +
  'refer(?:ring|red)? (?:you|it|this|your)|escalat(?:e|ing|ed)|rais(?:e|ing|ed) (?:a|an|the|this|it)|log(?:ging|ged)? (?:a|an|the|this|it|your)|flag(?:ging|ged)? (?:this|it|your|the)|' +
  'open(?:ing|ed)? (?:a|an|the) (?:\\w+ )?(?:ticket|case|claim|complaint|investigation|request|query|dispute)|fil(?:e|ing|ed) (?:a|an|the) (?:\\w+ )?(?:claim|report|complaint|dispute)|submit(?:ting|ted)? (?:a|an|the|it|this|your)|lodg(?:e|ing|ed)|' +
  'fix(?:ing|ed)? (?:it|this|that|the|your)|repair(?:ing|ed)?|reset(?:ting)?|reissu(?:e|ing|ed)|restor(?:e|ing|ed)|reconnect(?:ing|ed)?|unlock(?:ing|ed)?|unblock(?:ing|ed)?|reinstat(?:e|ing|ed)|reactivat(?:e|ing|ed)|' +
  'check(?:ing|ed)? (?!you\\b)|double-check(?:ing|ed)?|look(?:ing|ed)? (?:into|at|up|over|for|through)|pull(?:ing|ed)? up|investigat(?:e|ing|ed)|trac(?:e|ing|ed) (?:it|the|your)|track(?:ing|ed)? (?:it|the|your) down|' +
  'chas(?:e|ing|ed)|follow(?:ing|ed)? up with (?:the|our|your|my|them)|request(?:ing|ed)? (?:a|an|the)|correct(?:ing|ed)? (?:it|the|your|that|this)|(?:contact|call|ring|phon(?:e|ing|ed)|email)(?:ing|ed)? (?:the|our|your|them|him|her|my)\\b|ask(?:ing|ed)? (?:my|the|our|a) |speak(?:ing)? (?:to|with) (?:my|the|our|a)|spoke (?:to|with) (?:my|the|our|a)|' +
  'transfer(?:ring|red)? (?:you|it|the|your|this)|pass(?:ing|ed)? (?:this|it|your|that|the)|forward(?:ing|ed)? (?:this|it|your|that|the)|connect(?:ing|ed)? you|put(?:ting)? you through|' +
  'arrang(?:e|ing|ed)|book(?:ing|ed)? (?:you|a|an|the|it|in)|(?:re)?schedul(?:e|ing|ed)|rebook(?:ing|ed)?|mov(?:e|ing|ed) (?:you|your|the|it)|' +
  'add(?:ing|ed)? (?:a|an|the|some|\\$|£|€|\\d+)|adjust(?:ing|ed)?|remov(?:e|ing|ed) (?:the|that|this|it|your)|take (?:[\\w$£€%]+ ){0,3}off|took (?:[\\w$£€%]+ ){0,3}off|knock(?:ing|ed)? (?:[\\w$£€%]+ ){0,3}off|' +
  'appl(?:y|ying|ied) (?:a|the|your|that|it)|cover(?:ing|ed)? (?:the|your|it|that|this|all)|switch(?:ing|ed)? (?:\\w+ ){0,3}(?:off|on|over)|turn(?:ing|ed)? (?:\\w+ ){0,3}off|do (?:that|this|it) for you|put(?:ting)? you (?:first|on|through|in|down)|attach(?:ing|ed)? |extend(?:ing|ed)? (?:your|the)|upgrad(?:e|ing|ed)|downgrad(?:e|ing|ed)|swap(?:ping|ped)?|exchang(?:e|ing|ed)|chang(?:e|ing|ed) (?:your|the|it)|updat(?:e|ing|ed) (?:your|the) |' +
  'split(?:ting)? (?:it|the|this|your)|set(?:ting)? up|put(?:ting)? (?:a|an|in a|through|it through|you on|your|the|a note)|block(?:ing|ed)?|freez(?:e|ing)|froze|' +
  'issu(?:e|ing|ed) (?:a|an|the|you|your)|process(?:ing|ed)? (?:the|your|it|this|a)|approv(?:e|ing|ed)|authori[sz](?:e|ing|ed)|honou?r(?:ing|ed)? (?:the|that|it|your)|match(?:ing|ed)? (?:the|that) price|' +
  'email(?:ing|ed)? you (?!back)|text(?:ing|ed)? you (?:a|the)|get(?:ting)? (?:you (?:a|an|the|some|one|another|booked|sorted with|on)|someone|a|an|one|another|it (?:out|sent|to you|over|back to you|replaced|repaired|collected|fixed)|the (?:correct|right|new|replacement) )|got (?:you (?:a|an|booked|on)|someone) |have (?:someone|my|a|an|the|our) (?:\\w+ ){0,2}(?:call|ring|come|look|check|visit|contact|fix|replace|collect|sort)|' +
  'organi[sz](?:e|ing|ed)|order(?:ing|ed)? (?:you|a|another)|reorder(?:ing|ed)?|notif(?:y|ying|ied) (?:the|our)|report(?:ing|ed)? (?:it|this|the)|' +
  'point(?:ing)? you (?:to|towards)|walk(?:ing)? you through|talk(?:ing)? you through|offer(?:ing|ed)?|give you (?!a (?:call|ring|bell|shout|quick call|update)|my |our |a (?:moment|minute|second))|giving you|gave you|provid(?:e|ing|ed) (?:you|a|an)|' +
  'run(?:ning)? (?:a|an|the)|ran (?:a|an|the)|test(?:ing|ed)? (?:the|your|it)|limit(?:ing|ed)?|clean(?:ing|ed)?|make (?:an exception|the change|the adjustment|a note)|made (?:an exception|the change|the adjustment)|do (?:the|a|an) (?:adjustment|refund|exchange|swap|reset|check|test|transfer))';

// Who acts: the agent or the company, with auxiliaries, adverbs and "going to / able to / happy to".
const AGENT = "(?:i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd)";
const AUX =
  "(?: (?:will|can|could|would|shall|am|are|is|have|has|had|just|now|also|personally|then|already|immediately|quickly|gladly|happily|definitely|certainly|actually|first|still|instead|do|automatically|manually|kindly|also|gone ahead and|be|been|going to|gonna|able to|happy to|glad to|like to|love to|want to|need to|go ahead and|try to|try and|get to|also be|more than happy to|make sure to|today|right now|straight away))*";

export const ACTION_EN = {
  /** The agent (or the company) doing or offering a remedy. */
  /**
   * Lead-ins after which the agent's own action follows (I'll just / let me / what I can do is); the
   * verbs are tried at the lead's end, not inside one regex: AGENT + AUX* + ~150 verbs backtracking
   * over every auxiliary made one pattern a fifth of the analyzer's time.
   */
  leads: [`${AGENT}${AUX} `, 'let (?:me|us)(?: just| quickly| first| now| go ahead and)? ', "and (?:will|can|shall|would be happy to|i'll|we'll) ", "let's ", '(?:what|all) (?:i|we) can do is(?: to)? '],
  verbs: `${ACT}|${ACT_MORE}`,
  action: [
    // Done, without naming who: "those charges have all been removed", "your claim's sorted", "all done", "here's a voucher".
    "(?:has|have|is|are)(?: all| already| now| just)* been (?:passed|removed|rebooked|cleared|waived|refunded|credited|switched|sorted|fixed|approved)", "(?:claim|refund|fee|charge|booking|order|account|bill|problem|issue|that|it)(?:'s| is| has been) (?:now )?(?:all )?(?:sorted|fixed|approved|done|rebooked|removed|cleared|cancell?ed|refunded|credited)(?= now|[.!,]|$)",
    "here(?:'s| is) (?:a|an|your) (?:\\$?\\d+ )?(?:voucher|credit|refund|coupon|replacement|new)", "(?:what|all) (?:i|we) can do is (?:a|an|give|offer|to give|to offer)", 'how about (?:a|an|half|free|\\d)', "you(?:'ll| will) (?:see|be) (?:the |your )?(?:refund|credit|refunded|credited)",
    // A remedy done or under way without naming who: "a new one has gone out", "your refund has been approved".
    '(?:has|have) (?:already )?been (?:sent|generated|issued|refunded|credited|cancell?ed|processed|approved|booked|arranged|scheduled|escalated|raised|logged|dispatched|shipped|posted|moved|waived|removed|reversed|restored|reset|replaced|applied|added|updated|corrected|fixed|reconnected|unlocked|submitted|passed on|forwarded|expedited)',
    '(?:is|are) (?:being|now being) (?:sent|processed|shipped|dispatched|refunded|credited|replaced|repaired|fixed|investigated|escalated|reviewed|prepared|arranged)',
    '(?:went|gone|going|is going|was sent|goes) out (?:to you|today|this|tomorrow|by|first)', '(?:is|are) on (?:its|their) way', "you(?:'ll| will) (?:get|receive|have) (?:a|an|the|your) (?:full |partial |new |\\w+ )?(?:refund|replacement|credit|voucher|new one|discount|compensation|callback)",
    "(?:your|the|a) (?:full |partial )?(?:refund|replacement|credit|repair|exchange) (?:will|'ll) be (?:processed|issued|sent|made|applied|arranged|done)", 'expect (?:the|a|an|our) (?:technician|engineer|courier|driver|replacement|refund)',
    '(?:our|the|an?) (?:engineers?|technicians?|team|specialists?|crew) (?:is|are|will|can|\'ll|expect to) (?:\\w+ )?(?:look(?:ing)? into|fix|repair|visit|come|investigat|sort|be (?:sent|out|there|with you)|have a fix)',
    "here's what (?:i|we)(?:'ve| have) done", 'attached (?:is|are)|please find attached', "you(?:'re| are)? (?:qualify|entitled|eligible) (?:for|to) (?:a|an|the)",
    "(?:the|your|that|this|a) (?:full |partial )?(?:refund|replacement|credit|new one|money|technician|engineer) (?:should|will|'ll) (?:reach|land|arrive|show up|appear|be (?:with|in|back|on)|come)", "you (?:should|will|'ll) (?:receive|get|see) (?:the|your|a|an) (?:full |partial )?(?:refund|replacement|credit|money|new one)",
    '(?<=^|[.!?;:]\\s{0,3})(?:please )?(?:try )?(?:restart|reboot|reset|unplug|reinstall|power[- ]cycle|clear (?:the|your) (?:cache|cookies))',
    'would you like (?:me to|us to|a|an) ', 'do you want (?:me|us) to', 'shall (?:i|we) ', 'happy to (?:send|refund|replace|offer|arrange|book|credit|waive|swap|exchange|cancel)',
  ],
};

// The agent doing something for the customer, in Chinese (Simplified over folded text): 我这就去问问仓库,
// 我帮您把椅背调直, 已经派单了, 师傅五分钟内就到.
const ZH_VERB =
  '(?:建档|调查|调阅|请[^,。!?]{1,6}?(?:调查|确认|过来|处理|联系|联络|上门|检查)|准备|发(?:一张|给)|优先处理|补上|联络(?!您|你)|调货|给付|改用|审核|排在|送审|报警|扣回|协助|问问|问一下|去问|查(?!到了)|核实|调(?:出|一下|取|整)|记(?:下|录)|登记|催|联系(?!您|你)|反馈|转(?:给|交)|安排|派|送(?![的错])|寄(?![的错丢])|发(?![生的错])|补(?![的])|退(?![的出])|换(?![的])|修(?!改)|改(?:成|为|到|期|约|地址|一下)|申请|提交|上报|报上去|留(?:着|好)|整理|赔|免|减|升级|恢复|开通|取消|重新|预约|加急|协调|追|报修|报备|看一下|看看|翻一下|核对|核查|核一下|排查|约谈|责令|清理|清退|整改|劝阻|走访|介入|返还|拉上|搬|取(?:个|一个)号|送过去|弄清楚|找到原因|擦|抢修|调监视器|通报|标成|转去|备注|收回|现炸|提供|打(?:电话)?给)(?![错丢坏晚漏少])';
export const ACTION_ZH = {
  action: [
    `(?<!配合|让|请|跟|和|给|等|对|向|找|说的|情况|要求|问题|意见|反馈|想法)(?:我|我们|咱们|这边|我这边|我们这边)(?:这就|马上|立刻|立即|现在|今天|先|刚|刚刚|已经|已|正在|在|会|可以|能|来|去|再|也|都|就|一定|这边|帮您先|紧急|优先|开始|第一时间|继续|持续|主动|亲自|专门)*(?:(?:帮|给|为|替)(?:您|你)|(?:跟|和)(?:您|你)(?!联系|联络|说|讲|确认|核对|沟通))?(?:在[^,。!?]{0,6}?)?(?:把[^,。!?]{0,14}?)?${ZH_VERB}`,
    '(?:可以|能|会)(?:马上|今天|明天|下午|上午|现在)*(?:给|帮|为)(?:您|你)(?:装|安装|送|寄|发|补|退|换|修|改|调|办|安排|约|上门)(?![错丢坏晚漏少])', '已经?(?:派单|记下|登记|安排|催|提交|处理|发出|寄出|补发|联系|反馈|上报|受理|报修|转交|发了查件)', '(?:先|马上|立刻|这就|现在就)(?:给|帮|为)(?:您|你)(?:把[^,。!?]{0,8}?)?${ZH_VERB}', '已经?(?:跟|和|向)[^,。!?]{1,8}?(?:发了|提交|申请|反映|反馈|联系|核实)', '已经(?:[^,。!?]{0,6}?)(?:约谈|责令|清理|清退|整改|介入|返到|返还|加了)', '(?:师傅|工程师|同事|专人|抢修人员|快递员|维修人员)[^,。!?]{0,10}(?:就到|会到|上门|过去|联系您|到现场|赶过去)',
  ],
};
