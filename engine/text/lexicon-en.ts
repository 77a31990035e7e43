// English cue patterns (regex sources) over lower-cased, apostrophe-folded text; wrapped in \b…\b.

const NUMW = "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|forty|forty-eight|twenty-four|seventy-two)";
const RANGE = `${NUMW}(?:\\s*(?:-|–|to)\\s*${NUMW})?`;
const UNIT = '(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const CLOCK_EN = "(?:\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock)|noon|midday|midnight)";
const FEEL_EN = '(?:a nightmare|an ordeal|a headache|a mess|rough|frustrat\\w*|stressful|stressed|upsetting|upset|annoy\\w*|difficult|hard|awful|disappointing|disappointed|inconvenient|worrying|worried|terrible|maddening|infuriating|exhausting|a hassle|a pain|angry|exhausted|tired|worn out|mad|furious|concerning|confusing|miserable|horrible|scary|frightening|unsettling|exasperating|draining|tough|gutting|gutted|panick\\w*|fuming|livid|fed up|a worry|a shock)';

const THIRD_EN = '(?:courier|carrier|bank|manufacturer|seller|retailer|landlord|post office|delivery company|installer|supplier|vendor|airline|merchant|building|council|isp|network provider|card issuer|marketplace)';

export const EN = {
  contrast: ['but', 'however', 'although', 'though', 'yet', 'nevertheless', 'nonetheless', 'that said', 'having said that', 'even so', 'on the other hand', 'whereas'],
  apology: ['sorry', "(?<!(?:i've|i have|we've|we have|already) )apologi[sz]e[sd]?", 'apologi[sz]ing', 'apologies', 'apology', '(?:we|i) regret', 'my bad', 'forgive (?:me|us)'],
  apologyFiller: /[\s,.!?;:—–-]|\b(?:i'm|i am|we're|we are|i|we|so|very|really|truly|deeply|terribly|sincerely|again|oh|no|ma'am|sir|madam|am|are|extremely|awfully|first|want to|would like to|i'd like to|please|accept|our|my|the|okay|ok|well|look|hi|hello)\b/g,
  obligation: /\b(?:must|have to|has to|need to|needs to|required to|are required)\b[^,.;!?]*$/,
  conditional: /\b(?:if|in case|should you|as long as|so long as|provided(?: that)?)\b/,
  // Failures any call can have (waiting on hold): specific only when the call is about them.
  failureGeneric: ['wait(?:ing|ed)?', 'hold', 'keep(?:ing)? you', 'kept you'],
  failure: [
    'delay(?:s|ed)?', 'late', 'lost', 'missing', 'damaged?', 'broken', 'cracked', 'faulty', 'defective', '(?<!in the )wrong', 'twice', 'double[- ]charg\\w*',
    'duplicate charges?', 'overcharg\\w*', 'charged', 'mix-?up', "didn't (?:show up|arrive|turn up|call|work|reach|get to|come|live up|go through|happen)", "(?:can't|couldn't|cannot|unable to) (?:get|log|access|sign|use|connect|reach)", 'instead of', "(?:wasn't|weren't|isn't|aren't|not) (?:what|as) (?:you )?(?:expected|described|ordered|promised|advertised)", '(?:has|have|had) been cancell?ed', 'cancell?ation', 'no[- ]show', 'never (?:arrived|came|showed(?: up)?|turned up|received|got|called)',
    "hasn't arrived", "haven't received", 'not arrived', '(?:was|were|went|been|is) down', 'outage', 'crash\\w*', 'rude\\w*', 'treated', 'cut off', 'hung up', 'dropped',
    'failed to', 'miss(?:ed)?', 'expired', 'stuck', 'disconnected', 'leak\\w*', 'incorrect', 'not working', 'stopped working', 'no one (?:called|answered)', 'fault', 'spoke to you', 'the way (?:our|the|my) \\w+ (?:spoke|treated|talked|behaved|handled)', 'bounced', 'transferred (?:around|multiple|several)', 'disruption', 'interruption', 'arrived with', 'in a mess', '(?:mistake|error) (?:on|in|with) (?:your|the)', 'billing error',
  ],
  empathy: [
    "(?:i|we) (?:completely |totally |really |fully |absolutely |do |can |definitely |truly )*(?:understand|get it|get why|get that|get how|hear you(?! properly| clearly| now| better| okay| ok| fine| loud)|see why|see how|can imagine|appreciate how|know how)(?! correctly| you correctly)",
    'i can (?:hear|see|tell|imagine|understand) (?:how|why)', `i can (?:hear|see|tell) (?:that )?(?:you(?:'re| are| must| have|'ve)|this (?:is|has)|it(?:'s| is| has)) (?:\\w+ ){0,3}${FEEL_EN}`, `you must (?:be|have been|feel|be feeling) (?:\\w+ ){0,2}${FEEL_EN}`,
    "(?:i realise|i realize|i know|i understand|i appreciate) (?:this|that|it) (?:isn't|is not|wasn't|was not) (?:the answer|what) you", "(?:see|get|understand) where you(?:'re| are) coming from", "i know (?:you(?:'re| are|'ve| have| need| must)|how (?:much|important|frustrating|hard|annoying|stressful|upsetting|worrying|inconvenient)|it(?:'s| is| has) (?:not|been|a)|this (?:is|has)|that (?:is|has))",
    "(?:i'm sure|i bet|i imagine) (?:it|that|this) (?:wasn't|was not|isn't|hasn't been) (?:pleasant|fun|easy|nice|what you)", 'you (?:took|spent|wasted|lost|gave up) [^.!?]{0,30} for nothing', '(?:wasted|lost) (?:your|a whole|an entire) (?:time|day|morning|afternoon|evening|trip)',
    '(?:how|what an?) (?:\\w+ )?(?:awful|horrible|terrible|frustrating|annoying|stressful|nightmare|pain|shame|rotten|miserable|ordeal|hassle)', '(?:worst|terrible|awful|bad|unlucky) (?:possible )?timing',
    `(?:that|this|it)(?: must| must've| would| could| sounds| seems| is| has been| was|'s)(?: be| have been| been| like)? (?:a |an )?(?:really |so |very |incredibly |extremely |super |truly |quite |pretty |such )?${FEEL_EN}`,
    `(?:i'd|i would|anyone would) (?:be|feel) (?:\\w+ ){0,2}${FEEL_EN}`, "i'd feel the same",
    // "I'd be panicking too", "anyone would…", "nobody wants…": the agent puts themself in the customer's place.
    "(?:i'd|i would)(?: have)? (?:be|been|feel|felt|get|go) (?!happy|glad|pleased|delighted)(?:\\w+ ){0,2}(?:too|as well)", '(?:anyone|anybody|everyone|any of us) (?:would|will|in your (?:shoes|position|situation))', '(?:drive|make) (?:anyone|anybody)', '(?:nobody|no one) (?:wants|likes|needs|expects) (?:to|that|this)', 'in your (?:shoes|position)',
    "(?:it's|that's|it is|that is|this is) (?:not|never) (?:what|how) you (?:want|need|expect|should)", `(?:sounds|seems|must be|must have been|must've been) (?:\\w+ ){0,9}${FEEL_EN}`, '(?:completely |totally |perfectly |absolutely )?(?:fair|normal|natural|reasonable)(?: thing| reaction)? (?:to (?:be|feel)|that you(?:\'re| are| feel))',
    `can't imagine how`, 'i can only imagine', '(?:hear|understand|get|see) (?:your|the) (?:frustration|concern|anger|disappointment|worry|worries|point)', 'the last thing you (?:want|need)', "you(?:'re| are) right to be", 'you have every right to be', 'understandabl[ye]', "sorry (?:that )?you(?:'re| are|'ve been| have been| had to) (?:going through|dealing with|go through|deal with|put up with|experiencing|facing)", '(?:frustration|anger|concern|reaction|feelings?|upset) (?:is|are|makes?) (?:completely |totally |perfectly |absolutely |complete |total |perfect )?(?:understandable|valid|fair|justified|sense)', "i know (?:this|that|it) (?:isn't|is not|must|has been|'s been|can be)", 'i hear how', 'i feel for you', "i (?:really |fully |completely )?appreciate (?:this|that|how|it)(?:'s| has| is| must| was)", "(?:not|isn't) the experience (?:we|i)",
  ],
  solution: [
    'refund(?:ed|ing|s)?', 'replac(?:e|ed|ement|ing)', 'resend', 're-send', 'reship', 'send (?:you )?(?:a|an|the|another|out|over|it|one)', 'ship (?:you )?(?:a|another|it|the|out)',
    'exchange', 'repair', 'technician', 'engineers?', 'arrange', 'schedule', 'reschedule', 'pick-?up', 'escalat\\w*', 'look into', 'looking into', 'look up', 'double-check',
    'check (?:on|the|your|that|it|for|with|if|whether|into|this)', 'pull up', 'credit', 'voucher', 'discount', 'coupon', 'waiv(?:e|ed|ing)', 'cancel (?:the|your|it|this)', 'expedite',
    'upgrade', '(?:log|logged|open|opened|raise|raised|file|filed|create|created|submit|submitted) (?:a |an |the )?(?:\\w+ )?(?:ticket|claim|case|complaint|report)', "(?:i've|we've|i have|we have) logged", 'add(?:ed|ing)? (?:an? |some )?(?:\\d+|extra|free|bonus|complimentary)\\b', 'add(?:ed|ing)? (?:[\\w£$%]+ ){0,4}(?:to|onto) your (?:account|plan|bill|balance|line|order|booking)', 'knock (?:[\\w£$%]+ ){0,3}off', 'take (?:[\\w£$%]+ ){0,3}off (?:your|the)', 'check (?:where|what|when|why|how|whether)', 'book(?:ed|ing)? (?:you |a |an |the )(?:\\w+ )?(?:plumber|visit|appointment|slot|callback|courier|collection|repair|fitter)', 'reverse (?:the|that|this) (?:charge|fee|payment)', 'top (?:it |you )?up', 'restor(?:e|ed|ing)', 'reinstat(?:e|ed|ing)', 'reconnect\\w*', 'unblock\\w*', 'extend (?:your|the) (?:warranty|deadline|return|trial|plan)', 'downgrade', 'swap (?:it|the|your|them)', 'pass (?:it|this) on', 'forward', 'transfer you', 'waitlist', 'suggest',
    'walk you through', 'reset', 'split (?:it|the)', 'put a note', 'follow up with', 'compensat\\w*', 'reimburs\\w*', 'return label', 'prepaid', 'drop it off',
    'get (?:it|one|a \\w+|the \\w+) (?:out )?to you', 'investigat\\w*', 'sent out', 'have someone', 'shipped (?:out|to you)', '(?:a|another) new one', 'request (?:a|an) (?:refund|replacement|interception|exchange|callback|return)', 'intercept\\w*', "(?:i've|we've|i have|we have) (?:fixed|corrected|updated|reissued|refunded|cancelled|sent|credited|arranged|booked)", 'correct(?:ed)? (?:it|the|your)', '(?:your|the) money back', 'restart', 'reboot', 'unplug', 'reinstall', 'flag (?:this|it)', 'raise (?:this|it) with', 'move (?:your|the) (?:installation|appointment|delivery|booking|visit)', 'make an exception', 'a free month', 'free of charge', 'reissue', 'pick (?:it|them) up', 'collect (?:it|them)', 'courier (?:it|them)', 'unlock\\w*',
  ],
  solutionNoun: /(?:\b(?:use|used|using|apply|applied|redeem|redeemed) (?:the |your |a |my )?$|\b(?:delay|wait\w*|problem|issue|trouble)s? (?:\w+ ){0,3}(?:in|with|for|on) (?:\w+ )?(?:your|the|a) |\b(?:didn't|did|don't|do|should|must|have) you |\byou (?:should|must|didn't|did not) (?:have )?|\bwait\w* (?:\w+ ){0,3}for (?:a |the |your )?)$/,
  solutionNounAfter: /^\s*(?:\w+ed\b|left|made|spoke|said|came|went|broke|told|arrived|stopped|never|didn't|did not|wasn't|hasn't|failed|missed|no-showed|was late|came late|you (?:received|got|were sent|ordered)|(?:was|were|is|has) )/,
  negation: /\b(?:not authori[sz]ed|not allowed|not permitted|can't|cannot|unable|not able|won't|don't|doesn't|isn't|aren't|not eligible|no longer|not possible|never)\b/,
  alternativeLinks: ['(?<=\\bbetween\\b.{1,60})and', "or(?:,? if you(?:'d)? (?:prefer|rather|like|want|wish)(?: that| it)?)?", 'either', 'alternatively', 'another option', 'otherwise'],
  optionMarks: ['option (?:one|two|three|a|b|c|1|2|3)', '(?:the )?(?:first|second|third|other) option', 'another option'],
  choiceCue: /\b(?:which(?: one| would| do| is)?|whichever|prefer|up to you|your call|choose|pick|options?|either|would it be easier|what suits|what works better|(?:would|does) (?:that|it|either) (?:be better|suit|work))\b/,
  offerCue: /\b(?:whichever|would it be easier|what suits you|what works better for you|(?:would|do|if) you (?:prefer|rather)|you'd rather|up to you|your call|you (?:can|could) (?:choose|pick)|options?)\b/,
  refusal: [
    "can't(?! have been| imagine| apologi[sz]e| thank| tell you how| wait| believe| let| stress| emphasi[sz]e| help but| find| locate| see| trace| seem)", 'cannot(?! imagine| apologi[sz]e| thank| let)', 'can not', 'unable to',
    'not able to', "won't be able", "isn't possible", 'not possible', 'impossible', 'no way',
    "(?:we|i) (?:simply |just |really )?(?:don't|do not) (?:offer|ship|accept|do|provide|allow|give|have|cover|refund|issue|support|deliver|exchange)", "(?:doesn't|does not|won't|will not) cover",
    'not eligible', 'ineligible', "isn't eligible", 'not covered', 'outside (?:the|of the|your) (?:warranty|return window|policy)', 'out of warranty', 'not allowed', 'not permitted',
    "isn't available", 'not available', "nothing (?:more |else )?(?:i|we) can do", 'not much (?:i|we) can do', "there's nothing (?:more |else )?(?:i|we) can",
    'all (?:i|we) can do', 'the only thing (?:i|we) can', 'only able to', "(?:isn't|is not|not) something (?:i|we)", 'above my pay grade', 'not in a position to', 'not authori[sz]ed to', '(?:have|must) to decline',
    '(?:is|was|has been|were) (?:declined|denied|rejected)', "(?:that's|that is|it's|it is) (?:just |simply |unfortunately |still )?(?:our|the|company) (?:policy|rule)", 'rules are rules', "(?:that's|it's|that is) (?:just )?how (?:the system|our system|it|things|the policy) works?", '(?:our|my) hands are tied', 'against (?:our|the|company) (?:policy|rules)', '(?:those|these) are the rules', 'out of stock', 'no longer (?:available|offer)', "(?:we|i) (?:don't|do not|won't|will not|can't|cannot|aren't able to|are not able to) (?:\\w+ )?(?:refund|replace|honou?r|match|waive|accept|reimburse|compensate|extend|reverse|exchange|process|override|reopen|reinstate)", "(?:that's|that is|it's|it is|the answer is|the answer's) (?:still )?a no\\b", "(?:i'm|i am) afraid not", 'not going to be (?:able|possible)', 'no can do',
  ],
  refusalMore: [
    "no,? (?:i|we|he|she|they) (?:won't|will not|can't|cannot)", "(?:i|we) (?:won't|will not) (?:do|be able|give|refund|accept|change|make|offer|waive|cover|replace|transfer|put you|be \\w+ing)", "(?:he|she|they|the manager|my manager|the supervisor|a manager) (?:won't|will not) (?:ring|call|speak|see|be able|come|talk|approve|agree)",
    '(?:are|is) only (?:for|available|offered|possible)', "there(?:'s| is) no (?:manager|one|supervisor|way|option|possibility)", '(?:system|computer|tool) (?:won\'t|doesn\'t|will not|does not) (?:let|allow)', "(?:i'm|i am) not (?:going to|gonna) (?!argue)", "nothing to do with (?:me|us)", 'i only (?:deal with|handle|do)',
    "you(?:'ll| will)? (?:just )?(?:have|need) to wait", "(?:doesn't|does not|don't|do not) (?:include|allow|apply)", 'rather than (?:a |an )?(?:full )?(?:refund|replacement|exchange|credit|new one)',
  ],
  refusalNonAgent: /\b(?:shouting|yelling|screaming|getting angry|arguing)\s+$/,
  refusalSubject: /\b(?:you|it|phone|device|app|laptop|parcel|package|order|item|computer|tv|printer|card|router|modem|screen|website|site)\s+(?:still\s+|just\s+)?$/,
  refusalExpiry: ['(?:past|outside|beyond|out of) (?:the|your) (?:[\\w-]+ ){0,2}(?:window|period|deadline|warranty|guarantee)'],
  concessive: /\b(?:although|though|even though)\b/,
  refusalMalfunction: /^\s*(?:be\s+)?(?:get (?:in|into|on|through)|connect|log|sign|turn|charge|open|start|load|find|access|print|sync|boot|read|see|hear|delivered|reach|work|pair|download|install|update|get through)/,
  disown: [
    "(?:not|isn't|is not) our (?:department|responsibility)", "not my (?:department|job)", "(?:we're|we are|i'm|i am) not responsible",
    "you'll (?:have|need) to (?:contact|call|ask|take it up with)", 'you (?:have|need) to (?:contact|call|ask) (?:the )?(?:courier|manufacturer|seller|bank|carrier|vendor|retailer)',
    'take (?:it|that|this) up with(?! (?:my|our) )', "(?:that's|it's|that is) a matter for", "you'd (?:have|need) to (?:speak to|contact|call|ask|talk to)", 'contact the (?:courier|manufacturer|seller|bank|carrier) yourself',
  ],
  blame: [
    "you (?:really |honestly |probably |definitely |just |obviously )?should(?:'ve| have)", "you shouldn't have", "you must(?:'ve| have)", 'calm down', "you (?:probably|may have|might have) (?:\\w+ )?(?:entered|clicked|typed|used|installed|dropped|broke|misread|forgot|done|put|made)",
    'it (?:may|might|could) be that you', '(?:maybe|perhaps|probably) you (?:\\w+ )?(?:entered|clicked|typed|used|installed|dropped|broke|forgot|didn\'t|did not|misunderstood)',
    'on your end', 'on your side', 'your fault', 'your (?:own )?(?:mistake|error|responsibility)', 'user error', "the customer's responsibility",
    "(?:not|isn't|is not|wasn't|was not)(?: really| exactly| actually| strictly)? (?:our|my) (?:fault|problem|issue|responsibility|doing|mistake)", 'your own (?:fault|mistake|error|doing|responsibility|problem)', "(?:that's|that is|it's|it is) your (?:problem|lookout|call to make)",
    `${THIRD_EN}'s (?:fault|problem|issue|responsibility|mistake|error)`, `(?:fault|problem|issue) (?:is|lies|sits) (?:with|on) (?:your|the ${THIRD_EN})`, `between you and (?:the|your) `,
    "if you(?:'d| had)(?: just| only| simply)? (?:\\w+ed|read|told|kept|sent|made|put|paid|chosen|done|taken|given|brought|bought|rung)\\b", 'you (?:forgot|neglected|failed|chose not) to', "you (?:didn't|did not|never) (?:bother|read|check|follow|keep|save|attach|include|update|tell|inform|register|activate|confirm|return)", 'as i (?:already |just )?(?:said|told you|explained|mentioned)', 'i (?:already|just) told you',
    "i've already (?:told|explained)", "you're (?:wrong|mistaken)", 'you are (?:wrong|mistaken)', "that's not how it works", "why didn't you", 'why did you', 'why would you',
    'you agreed to', 'the error must be', "(?:doesn't|don't|never) make mistakes", 'with all due respect',
    "(?:shouting|yelling)(?: at me)? (?:won't|doesn't|will not)", 'the courier (?:lost|damaged|broke)', "that's the (?:courier|manufacturer|seller)'s", "there's nothing wrong with",
    'read the (?:instructions|manual|terms)', 'not on us', ', not us', 'raise your voice', '(?:take|use) that tone', 'watch your (?:tone|language)', "you (?:clearly |obviously |simply )?didn't (?:read|check|follow)", 'no need to (?:shout|yell|be rude|get angry|raise)', "if you(?:'d| had) (?:read|checked|called|told|followed|looked|listened)", "(?:is|'s) (?:really |all |entirely )?on (?:the )?(?:courier|carrier|manufacturer|bank|seller|post office|delivery company)", 'you were supposed to', 'our records show',
  ],
  timeframe: [
    `within (?:the next |the |a |an )?(?:${RANGE}\\s*)?${UNIT}`, 'within the (?:hour|day|week)',
    `in ${RANGE}\\s*${UNIT}`, `${RANGE}\\s*(?:business|working) days?`,
    `by (?:${CLOCK_EN}|tonight|tomorrow|today|${WEEKDAY}|end of (?:the )?(?:day|week|month|business)|close of business|eod|cob|this (?:afternoon|evening|week|weekend|${WEEKDAY})|the weekend|next ${WEEKDAY}|the end of (?:the )?(?:day|week|month))`,
    `before (?:${CLOCK_EN}|end of (?:the )?(?:day|week)|tomorrow|${WEEKDAY}|the weekend|the end of)`,
    `(?:tomorrow|today|tonight|this (?:afternoon|evening|morning)|later today|(?:on )?${WEEKDAY}|next (?:${WEEKDAY}|week))(?!'s)(?: (?:morning|afternoon|evening|night))?`,
    // Dates, durations of a wait or an outage, "N days after", and script templates (within XX hours, by [date]).
    `(?:by|before|on|until|no later than) (?:${WEEKDAY},? )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?)`, `(?:hold|holding|wait|waiting|bear with me) (?:on )?(?:for )?(?:just |about |around )?${RANGE}\\s*${UNIT}`,
    `${RANGE}\\s*${UNIT} (?:after|from|of) (?:the|your|today|now|when)`, `for (?:about|around|roughly|approximately|up to|no more than|less than|under) ${RANGE}\\s*${UNIT}`,
  ],
  /** Script templates (within XX hours, by [date]): compiled without the trailing word boundary. */
  timeframeTemplates: [`\\b(?:within|in|by|before) (?:the next )?(?:xx|\\[[^\\]]{1,20}\\]|\\{[^}]{1,20}\\}|_{2,}|<[^>]{1,20}>)(?: ${UNIT}\\b)?`],
  timeframeNarrated: /\b(?:was|were|had|did|sent|came|went|took|got|made|paid|placed|ordered|arrived|called|spoke|said|told|bought|(?<!\b(?:are|is|be|been|being|gets?|get) )[a-z]{3,}ed)\b/,
  timeframeBare: /^(?:tomorrow|today|tonight|this |later today|on |next |monday|tuesday|wednesday|thursday|friday|saturday|sunday)/,
  timeframePast: /\b(?:since|last|ago|until|(?:applies|apply|valid|available|eligible) (?:only )?(?:to|for|on) (?:\w+ ){0,4}|(?:could|should|would|might|must)(?:'ve| have)\b.*|(?:can|may|could|might) take(?: up to)?|was supposed to (?:\w+ )*|were supposed to (?:\w+ )*|was due (?:\w+ )*)\s*$/,
  timeframeFuture: /\b(?:can|ask|move|moved|rebook|could|will|'ll|going to|shall|expect|expected|scheduled?|reschedule|arrange\w*|book(?:ed|ing)?|coming|be there|should (?:arrive|reach|get|be)|get (?:this|it) (?:sorted|fixed|resolved|done)|sorted|deliver\w*|ship\w*|send|sent out)\b/,
  paraphraseStrong: [
    "so you're saying", 'so what you(?:\'re| are) saying', "what you're saying is", "so what you're telling me", "what you're telling me is", "you're telling me",
    "if i(?:'ve|'m| have| am)? (?:\\w+ ){1,3}(?:right|correctly)", "if i've understood", "if i(?:'m| am) (?:following|hearing|reading) (?:you|this|that)", '(?:get|got|have) (?:this|that|it) straight', 'just to (?:make sure|confirm|clarify|recap)', 'let me make sure i', '(?:so )?to recap',
    'in other words', 'so basically', 'so the (?:issue|problem) is', 'let me (?:repeat|recap|summari[sz]e)', "make sure i(?:'m| am|'ve| have)? (?:understand|understood|follow|following|got|get|have|heard)", "(?:just )?so i(?:'m| am) (?:clear|sure)", "so i(?:'m| am) sure i (?:understood|understand|heard|got)", "i understand (?:that )?you(?:'ve| have| were|'re| are| had)? (?:been )?(?!correctly|frustrated|worried|concerned|annoyed|upset|disappointed|stressed|exhausted|tired|inconvenienced|angered|irritated|confused|troubled|alarmed|shocked|distressed)[a-z]+ed\\b", "(?<=^|[.!?] )so you(?:'ve| have| were| had)? (?:\\w+ly )?[a-z]+ed\\b", "if i've got (?:this|that|it) right", '(?:just )?confirming', 'to be clear', 'repeat (?:that|this|it) back', 'to confirm(?=[,:])',
  ],
  paraphraseWeak: ['you mentioned', 'you said', 'so you', 'you were', 'you ordered', 'you received', "so(?=,? (?:the|your|it|this|that|basically|what|if|he|she|they|there|my|every|each|whenever|when)\\b)", 'you(?:\'re| are) (?:saying|telling me)'],
  paraphraseTag: /(?:is that (?:the (?:situation|case|problem|issue)|what (?:you mean|you meant|happened))|does that sound right|have i understood (?:that |you |this |it )?(?:correctly|right|properly)|did i (?:get|hear) (?:that|you|this) right|is that right|is that correct|correct|right|did i get that right|have i got that right|am i right|is that it|did i understand (?:that |you )?correctly|is that what happened)\s*[?.!]*\s*$/,
  infoNoun: /\b(?:order number|account number|email|address|phone|name|zip|postcode|date of birth)\b/,
  questionOpen: /\b(?:what(?! about)|how(?! about)|why(?! didn't you| did you| would you)|tell me (?:a (?:little|bit) )?(?:more|about|what)|give me (?:some|a few|more) details|walk me through|talk me through|describe|explain)\b/,
  questionAsk: /\?\s*$|\b(?:tell me (?:a (?:little|bit) )?(?:more|about|what)|walk me through|talk me through|describe)\b/,
  questionNot: /\bwhy (?:didn't|did|would|couldn't|haven't|don't) you\b|\bwhy (?:would|should) (?:i|we)\b|\bsorry\W+what\b|\bwhat(?:'s| is) (?:your|the) (?:\w+ ){0,3}(?:number|reference|id|date|postcode|code)\b|\bhow could you\b|\bwhich\b|\banything else\b|\bwhat(?:'s| is) your (?:order|account|name|email|address|phone)/,
  willingness: [
    "(?:i'll|i will|we'll|we will) make sure", "(?:i'm|i am|we're|we are) going to (?:personally )?make sure", '(?<!to )make sure (?:this|it|that|someone|we|i(?! understand| have| got| heard| follow| get)|you) ',
    'do (?:everything|all|whatever|my best|our best)(?: (?:i|we) can)?', 'i promise', 'rest assured', 'i want to (?:help|make (?:this|it) right|sort|fix|get this|resolve)',
    "(?:i'm|i am|we're|we are) here to help", '(?:let me |let us |we\'ll |i\'ll |and )?see what (?:i|we) can do', "here's what (?:i|we) can do", "(?:we'll|i'll|we will|i will|let's|let us) (?:work (?:it|this|something) out|figure (?:it|this|something) out|sort (?:it|this|something) out)",
    "(?:i'll|i will|we'll|we will|i'd be (?:happy|glad|more than happy|delighted)|happy|glad|(?:it would be|it's|it is) my pleasure) (?:to )?(?:definitely |certainly |gladly )?(?:help|support|assist)(?! you with your (?:order number|account number))", "(?:i'll|we'll|i will|we will) (?:\\w+ )?(?:handle|take care of|deal with) (?:it|this|that)", "(?:we'll|we will|i'll|i will) get (?:this|it) (?:fixed|sorted|resolved)", 'get (?:this|it) sorted',
    'sort (?:it|this) out', 'definitely (?:find|fix|resolve|get|sort)', 'find a solution', 'stay on the line', 'personally', 'take care of (?:it|this|that)',
    "until (?:this|it|that|everything)(?:'s| is| has been| gets) (?:fixed|resolved|sorted|done|back)", '(?:you have|i give you) my word', "(?:i'll|i will|we'll|we will|let's|let me) get (?:this|it|that|things|everything) (?:fixed|sorted|resolved|sorted out|taken care of|put right)", "(?:i'll|i will) stay on (?:this|it|top of)", "(?:i'm|i am) on it", 'leave it with me', "(?:i'll|i will) own this", 'make (?:this|it|things) right', 'get to the bottom of', 'committed to',
  ],
  policy: [
    'polic(?:y|ies)', 'terms(?: and conditions| of service)?', 'conditions', 'guidelines', 'regulations', 'rules?', 'warranty', 'eligible', 'eligibility', 'return window',
    'without a receipt', '(?:because|since) (?:the|your) (?:trial|warranty|return period|offer)', 'according to', 'per our', "we're required", 'by law', 'procedure', 'protocol',
    'after \\d+ days', 'the reason (?:is|being|for (?:this|that|the)|why|it)', "(?:that's|that is|it's|it is|this is|that was|it was) (?:because|due to)", 'due to', 'owing to', 'because (?:of )?(?:our|the|we|it|there|this|that|they|your (?:account|order|card|payment|plan|contract))', "so (?:i|we) (?:can't|cannot|couldn't|won't|had to|have to|need to|'re unable|are unable)", '\\d+-day (?:window|period|guarantee|return)', "(?:don't|doesn't|does not|do not) cover", 'sale items',
  ],
};
