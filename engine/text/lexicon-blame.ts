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
const TIME_AFTER_SINCE = '(?!(?:then|last|yesterday|this|early|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the (?:\\d|start|beginning|end|first|weekend|morning)|\\d|we (?:spoke|last)|you (?:called|wrote|first|last|joined|signed)|i ))';

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
