"""Word cues the corpus lacks: advice, solutions focus and role traps.

Every pattern runs over lowercased text with straight apostrophes (see
``analyser_questions.normalise``). Patterns are kept as tables so that a cue can be
named back to the person in an explanation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from coach.engine.analyser_advice import (
    advice_form,
    GATED_ADVICE_SAID,
    OWN_PLAN,
    spelled,
)
from coach.engine.analyser_questions import is_invitation, lead_words
from coach.engine.prefilter import Gated

_LEAD = r"(?:^|[.?!,;:]\s*|\b(?:so|and|but|or|okay|ok|well|um|then|maybe|perhaps|right)\s+)"

#: Words after "why not" that make it a question about reasons ("why not at all?"),
#: not a suggestion ("why not ask her?").
_NOT_A_VERB = (
    "a|an|the|one|two|three|yet|at|in|on|to|for|with|this|that|these|those|me|you|him|her"
    "|them|us|it|so|any|anymore|anything|now|then|here|there|if|when|because|both|either"
    "|more|much|really|all|always|never|today|tomorrow|yourself|myself"
)

#: What someone could be told to go and do: the verbs of a suggestion asked as a question
#: ("could you ask for help?", "would you ring her?").
_ACTION = (
    r"ask|asking|talk to|talk with|speak to|speak with"
    r"|get (?:it|that|this) (?:to|done|over|in|signed|sent|out|back)|tell (?:him|her|them|your|the|that|it|"
    r"everyone|someone)|get (?:someone|somebody|a|an|the|her|him|them|some|help|cover)|go (?:to|and"
    r"|back|over|round|in|up|part)|try|delegate|hand|book|email|e-mail|ring|phone|call|raise|escalate"
    r"|put|set up|take|let (?:her|him|them|someone|somebody|the)|bring|invite|send|write to"
    r"|write (?:it|that|down|up)|check with|chase|push back|say no|share (?:it|that|this|the|your)"
    r"|arrange|swap|block|drop|stop|start|offer|use|suggest|propose|request|apply|pass|flag"
    r"|mention (?:it|that|this) to|loop|involve|meet|sit down|step back|leave (?:it|her|him|them)"
    r"|move|cancel|cut|give (?:her|him|them|it|the|that|this|someone|somebody|some|a|an)|turn"
    r"|switch|split|join|contact|approach|text|message|train|coach|mentor|record|log"
    r"|document|challenge|confront|report|complain|refuse|decline|accept|agree to|look for"
    r"|find (?:someone|somebody|a|an|out)|ask for"
)
#: Advice hidden in a question: a suggestion of what to do, asked as a question.
#: What follows "have you thought about" when the question explores rather than puts a
#: step forward: "what you want", "how it felt", "it", "why".
_OPEN_OBJECT = (r"(?:what|what's|how|why|where|when|who|whether|if|it|that|this|them|him|her"
                r"|the way|yourself)\b")
#: "Maybe talk to Sue about it?": a step put forward, asked.
_MAYBE_DO = re.compile(
    # "Maybe talk to Sue?", "..., maybe try an open one?", "observer here - maybe ask more?"
    r"(?:(?:^|[.!?,] | - )(?:so |and |or )?(?:maybe|perhaps) (?:just |try )?"
    r"|\bif you (?:just|simply)"
    r" )(?:" + _ACTION + r")(?:ed|d|s)?\b[^.?!]*\?"
)
ADVICE_QUESTION = re.compile(
    # "Have you asked her?" / "Have you spoken to finance?" on their own ask after a fact
    # (docs/codebook.md); they carry advice with a step named ("...about raising your
    # limit?") or in a run of the asker's own fixes (fix_in_a_run).
    _LEAD + r"(?P<cue>have you (?:tried|(?:thought about|considered) (?!" + _OPEN_OBJECT
    + r")\w+|looked at|(?:asked|spoken to|talked to)\b[^.?!]{0,40}? about (?!how\b|what\b"
    r"|why\b|it\b|this\b|that\b|the\b|her\b|him\b|them\b)[a-z]+ing)"
    r"|why don't you|why not (?:just )?(?!(?:" + _NOT_A_VERB + r")\b|\d)[a-z]+|what if you"
    # "How about a cancellation fee?", "What about a call with him?", "What if we agreed
    # a standing 24%?", "Should we take a sprint?": an option of the asker's put forward
    # (not "what about a time it went well?", which asks about one of theirs)
    r"|how about (?:a|an|some|one|we|before|after|starting|she|he|they)"
    r"|what about (?:a|an|some) (?!(?:time|day|moment|week|month|point|bit|version|way|part"
    r"|couple of (?:times|days|weeks))\b)"
    r"|what if we (?!(?:can't|cant|cannot|don't|dont|didn't|couldn't|fail|lose|get|got|are"
    r"|were|had to|have to|never|still|just don't)\b)[a-z]+"
    r"|should we (?!(?:stop there|leave it|pause|wrap|move on|come back|carry on|look|talk|meet"
    r"|go back|start with what|book (?:in|the next|another)|take a (?:break|minute|moment|pause))\b)"
    r"(?:" + _ACTION + r")"
    r"|is there (?:a|an) (?!(?:version|time|way|part|bit|moment|chance|reason)\b)[a-z0-9' ]{1,40}?"
    r" you could (?:show|send|use|give|bring|share|ask|take|try|borrow|reuse|point|hand)"
    r"|what about (?:trying|asking|talking|doing|getting|"
    r"telling|giving|just|\w+ing\b)|how about (?:you\b(?! *[,?.!]| *$)|\w+ing)"
    r"|could you (?:maybe|just|perhaps|not"
    r"|try|simply)"
    r"|can you (?:maybe|just|not|try|simply)|would you (?:maybe|perhaps|just)"
    r"|(?:could|can|would|will|couldn't|can't|wouldn't|won't|should|shouldn't|might) you"
    r" (?:not |also |at least |possibly |ever |still |just |simply )?(?:" + _ACTION + r")"
    r"|(?:isn't|wouldn't) it (?:be )?worth|(?:can't|couldn't) you (?:just|simply)"
    r"|wouldn't it be (?:better|easier|best|wiser|good)"
    r"|would it (?:be worth|make sense to|be (?:an idea|a good idea|better|easier|best) to"
    r"|not be (?:better|easier|best))|might it help"
    r"|shouldn't you|don't you think you (?:should|could|ought)|would it help (?:if you|to)"
    r"|is it worth|might it be worth|do you think you should|did you try|did you think of"
    r"|would you consider|have you got round to"
    r"|what(?:'s| is) stopping you (?:from )?(?:just |simply |really )?(?:not )?[a-z]+ing"
    r"|what stops you (?:from )?(?:just |simply |really )?(?:not )?[a-z]+ing"
    r"|why (?:didn't|haven't|hadn't) you (?:just )?(?!feel|think|want|like|know|mind)[a-z]+)\b"
)
#: Verbs of doing something about a situation, after "I'd" said to someone else.
_ADVISED = (r"write (?:to|it|down|a|an|the)|ring (?:her|him|them|the)|call (?:her|him|them|the)"
            r"|email (?:her|him|them|the)|send (?:it|that|them|her|him|the|a|an)|push back"
            r"|drop (?:it|the|a|them)|pull (?:the|them|it)|start with|start by"
            r"|put (?:it|that|them|a|an|the|her|him)"
            r"|tell (?:her|him|them|the)|ask (?:her|him|them|the|for)|speak to|talk to|book"
            r"|hand (?:it|that|them|over)|escalate|raise (?:it|that|this)|flag (?:it|that|this)"
            r"|chase|block out|share (?:it|that|the)|invite|set up|sit down with|offer (?:her|him|them)"
            r"|delegate|split|swap|let (?:them|her|him|it)|focus on|prioriti[sz]e|say no|say yes"
            # "I'd get her to do one", "I'd go and see her", "I'd take Femi with you"
            r"|get (?:her|him|them|someone|somebody|the|a|an|your) [a-z ]{0,30}?to (?!be\b)"
            r"|go (?:and (?:see|talk to|speak to|ask|tell)|straight)"
            r"|take (?:it|that|this) (?:to|up)|take [a-z]+ with (?:you|u)"
            r"|stop (?:saying|agreeing|covering|answering|replying|picking|offering|taking on)")
#: Instructions that open a sentence; none of them invites talk ("tell me", "say more").
_INSTRUCTED = (r"book|try (?:a|an|the|it|that|this|(?!thinking|imagining|picturing|remembering"
               r"|describing|saying|telling|talking)\w+ing)|write (?:it|that|them|to|down|up|a|an|the)"
               r"|send (?:it|that|them|her|him|the|a|an)|copy (?:me|him|her|them|in)"
               r"|put (?:it|that|them|in|a|an|the)|ring (?:her|him|them|the|back)|email (?:her|him|them|the)"
               r"|chase|escalate|delegate|block out"
               r"|block (?:it|time|a|an|the)|push back|raise it|flag it|do it|start with|keep (?:your"
               r"|a|the|it)|get (?:it|them|her|him) to|say (?:you|no|yes)|drop (?:it|the|a|them)"
               r"|pull (?:the|them|it|together)|hand (?:it|that|them) over")
#: After "you must": an inference about how the person is or feels ("You must be
#: shattered", "you must still feel kept in the dark", "you must know"), not an instruction.
_INFERRED = (r" (?:still |surely |really )?(?:be\b(?! (?:careful|firm|clear|honest|strict"
             r"|prepared|ready|sure|assertive)\b)|feel|know|think|wonder|hate|love|miss|have"
             r" (?:been|felt|known|thought|wondered|seen|had|some|a lot|loads)\b)")
#: Advice given straight: "you should...", "I'd suggest...".
ADVICE_STATEMENT = re.compile(
    r"\b(?:you (?:really |probably |definitely |just )?(?:should|ought to|need to"
    r"|must(?!" + _INFERRED + r")|have to"
    r" make sure|might want to|may want to|could try|could always|might try|'d better|had better)"
    r"|you'd (?:better|be better off)|i (?:would |'d )?(?:suggest|recommend|advise|urge)"
    r"|i'd (?:suggest|recommend|advise)|my (?:advice|suggestion|recommendation)"
    r"|i (?:would |'d )?(?:strongly )?encourage you|i hope you(?:'ll| will| consider| think about)"
    r"|it would be (?:good|wise|best|helpful) if you|(?:might|may) not be a bad idea"
    r"|you could (?:maybe|perhaps) |one thing you (?:could|can|might) (?:do|try|consider)"
    r"|(?:recommend|suggest|advise)(?:ing)? (?:that )?you|what i (?:recommend|suggest)"
    r"|i'd (?:like|love) (?:to see )?you to|i'd like to see you"
    r"|if i were you|it might be (?:worth|a good idea|good to)|it would be (?:a good idea|good to|"
    r"wise|best)|the best thing (?:to do |you can do )?is|make sure (?:you|to)|(?:^|[.!] |you "
    r"|just )try"
    r" (?:to|not to)"
    r"|(?:(?:^|[.!?,;:]) ?|you |then |so |and |can |could )just (?:tell(?! me\b| us\b)"
    r"|delegate|ask(?! you\b)|say(?! more\b| a bit\b)|let(?! me\b| us\b)|do|stop|go)"
    r"|you (?:shouldn't|should not|mustn't|must not|need to stop)|you need (?:a|an|someone"
    r"|somebody|some|more)|my (?:tip|top tip|advice would be)|top tip|what i(?:'d| would) do is"
    r"|(?:^|[.!?] )i(?:'d| would) (?:go for|copy|also)"
    # "Honestly, I'd write to every landlord", "Then I'd start with January": what the
    # listener would do in the other's place.
    r"|(?:^|[.!?,;:] |honestly,? |then |but |so |personally,? |you know what )i(?:'d| would)"
    r" (?:probably |just |definitely |personally |still |also )?(?:" + _ADVISED + r")"
    # "Book it.", "So write it down.", "And copy me.": an instruction opening a sentence.
    r"|(?:^|[.!?] )(?:and |so |then |just |ok,? |right,? |now |honestly,? )?(?:"
    + _INSTRUCTED + r")"
    r"|don't (?:worry|be afraid)|stop (?:worrying|"
    r"trying|doing)|delegate (?:it|more|that)|(?:i )?think you should|the answer is to"
    r"|what you need to do|you're going to have to|you've got to|you gotta"
    # "One idea is to pair them up", "It might help to ask": a step put forward
    r"|(?:one|an|another|other) (?:idea|option|thing to try|approach|possibility) (?:is|would be"
    r"|could be|might be) to|it (?:might|may|could|would) help to (?!say|talk|tell|share|think"
    r"|hear|explore|go back|look at what|know)|it (?:could|may) be worth)\b"
)

#: Problem talk, by the solutions-focus category that answers it.
PROBLEM = {
    "wrong": r"wrong|bad|terrible|awful|disaster|mess|problem|problems|issue|issues|failing|failed"
    r"|failure|doesn't work|don't work|isn't working|not working|never works|worse|worst"
    r"|nothing (?:is |'s |seems to be |ever )?work(?:s|ing)|nothing(?: has|'s| ever)? worked"
    r"|(?:hasn't|haven't|never|didn't|did not|has not|have not) (?:really |ever )?work(?:ed)?"
    r"|exhausted|knackered|shattered|stressed|stressful|worn out|burn(?:t|ed) out|burnout"
    r"|fed up|sick of|tired of|frustrat\w+|upset|angry|furious|gutted|dread\w*|worried|anxious"
    r"|struggl\w+|can't cope|not coping|complain\w*|chaos|carnage|nightmare"
    r"|tried everything|tried it all|nothing (?:ever |really |actually )?changes"
    r"|(?:nothing|nowt)(?: ever)? shifts|(?:not|isn't|never) (?:that|as|so) (?:simple|easy)"
    r"|(?:no one|nobody|no-one) (?:asked|consulted)|shouldn't (?:be|fall|land) on"
    r"|no point|pointless|waste of time|through the roof|rock bottom|low morale"
    r"|morale(?:'s| is)? (?:low|shot|on the floor|rock bottom)",
    "fixing": r"fix|fixing|broken|broke|repair|sort out what's|needs sorting|can't be fixed"
    r"|won't be fixed|not fixed|never fixed",
    "blame": r"blame|blaming|blamed|fault|their fault|his fault|her fault|should have"
    r"|shouldn't have"
    r"|guilty|who did|responsible for the mess",
    "control": r"can't control|cannot control|(?:don't|doesn't|do not) (?:really )?control"
    r"|out of control|control everything|no control"
    r"|make them|force them|control it",
    "past": r"why did this happen|why did it happen|what went wrong|went wrong|root cause|caused"
    r"|because of what|how did we get here|always been like|why does this keep",
    "expert": r"the expert|experts|consultant|someone who knows|tell me what to do|the right answer"
    r"|the answer|best practice says",
    "deficit": r"lack of|lacking|not enough|shortage|weakness|weaknesses|can't do|no resources"
    r"|short of|too few|missing|incompetent|useless|hopeless|no time|never enough"
    r"|(?:don't|doesn't|didn't|haven't|hasn't|won't) (?:have|get|got) enough|enough \w+ or enough"
    r"|short-staffed|short staffed|understaffed|under-staffed|no money|no staff|no budget"
    r"|can't afford|cuts|been cut|cut our|too much|too little|overloaded|swamped|drowning"
    r"|nothing (?:i|we|you|anyone|anybody|they) (?:can|could) do|can do nothing|skint"
    r"|(?:don't|do not|dunno|not sure) (?:know )?what (?:else )?(?:i|we) (?:can|could) do",
    "complication": r"too complicated|complicated|complex|complexity|messy|tangled|overwhelming"
    r"|overwhelmed|too many|impossible|so hard|too hard|convoluted",
}
PROBLEM_RE = {
    key: re.compile(r"\b(?:" + words + r")\b") for key, words in PROBLEM.items()
}
# A look-behind instead of a leading \b lets the regex engine skip ahead faster.
PROBLEM_ANY = re.compile(r"(?<![\w'])(?:" + "|".join(PROBLEM.values()) + r")\b")
#: A trouble made smaller: "it's cut the delays", "took the pressure off", "fewer
#: complaints since". Solution talk, and its trouble words are not problem talk.
_MADE_SMALLER = (
    r"(?:cut|cuts|cutting|halved|halving|reduced|reduces|reducing|brought down|bringing down"
    r"|come down|coming down|came down|dropped|fewer|less) (?:\w+ ){0,3}(?:delays?|waits?"
    r"|waiting(?: lists?| times?)?|backlogs?|queues?|pressure|stress|sickness|complaints?"
    r"|errors?|incidents?|overtime|firefighting|fire-fighting|agency(?: spend| costs?)?"
    r"|costs?|no-shows|dnas|call-backs|callbacks|escalations)"
    r"|(?:take|takes|taking|took|taken) (?:a lot of |some of |loads of |the )*pressure off"
    r"|saved (?:us|me|them|the team|everyone)"
)
SOLUTION = re.compile(
    # a want of the speaker's or the listener's own ("I want it back under three", "what
    # would you want?"), or a question after someone's want ("what does the owner
    # want?"): not someone else's said as a fact ("the ward want him out today", "they
    # want impact data") nor one turned down ("I don't want to be that manager")
    r"(?<![\w'])(?:(?:i|we|you|i'd|we'd|you'd)(?: (?:would|do|did|really|just|still|actually"
    r"|only|also|all|both|probably|definitely|genuinely|might|may|will|kind of|sort of))*"
    r" (?:want|wanted)|what (?:do|does|did|would|will|might) (?:\w+ ){1,3}want"
    r"|wish|hope|hoping|working well|works well"
    r"|(?<!nothing )is working"
    r"|are working|already working|still working|(?:is|are|it's|that's|was|been|what's)"
    r" (?:really )?helping"
    # "worked", but not turned over ("nothing has worked", "it hasn't worked")
    r"|what's working|(?<!nothing )(?<!nothing's )(?<!nothing has )(?<!nothing ever )"
    r"(?<!never )(?<!n't )(?<!not )(?<!n't really )(?<!not really )(?<!n't ever )worked"
    r"|progress|improv\w*|influence|strength|strengths|resources?"
    r"|what would help|what helps|helped|help us|(?<!that )(?<!as )(?<!so )simple|simpler|simplest"
    r"|next step|next steps"
    r"|step forward|goal|goals|achieve\w*|success\w*|better|best hopes?|opportunit\w+|possible"
    r"|options?|ideas?|together|collaborat\w*|counters?|when it went well|good at|proud"
    r"|already doing|small step|first step|action|actions|plan|planning (?:to|on)|would like"
    r"|would love|(?:i|we)'d (?:really |just |quite |so )?(?:love|like)"
    r"|(?:^|[.,;!?] )rather than|" + _MADE_SMALLER + r"|instead"
    r"|moving forward|look like|what else could|can do|could do"
    r"|went (?:well|ok|okay|right|smoothly)|going well|gone well|goes well|a time when"
    r"|the last time (?:it|that|you|they|we) (?:went|worked|got)|managed to|managed it"
    r"|already (?:fixed|sorted|solved|sorting|doing|happening|started|done|in place|helping)"
    r"|(?:she's|he's|they've|we've|i've|it's|has|have|finally) (?:now )?(?:fixed|sorted"
    r"|solved|resolved)|(?:fixed|sorted|solved|resolved) (?:it|that|this|the)"
    r"|what difference|be different|how would you know|even a little|a bit easier|easier now"
    r"|calmer|glad|pleased|relieved|on a scale|exception|(?:i'll|we'll|i will|we will|going to)"
    r" (?:try|ask|start|talk|book|speak|give|hand|put|set up|email|ring|call|raise|have a word)"
    r"|(?:i|we) could (?:try|ask|start|talk|book|speak|give|hand|put|set up|email|ring|call"
    r"|raise|take|use|get)|within (?:your|my|our) (?:power|control|gift)|in (?:your|my|our)"
    r" (?:power|control|hands to)|(?:can|could) (?:you|i|we) (?:change|influence|control))\b"
)
#: Words that look like solution talk but are housekeeping or the lack of a way forward:
#: "is there anything else you want to add?", "before we can do anything".
NOT_SOLUTION = re.compile(
    r"\b(?:(?:want|wanted|like) to (?:add|say|mention|bring up|bring|talk about|cover|share"
    r"|tell me|start|begin|ask|check|raise|go over|look at|focus on|discuss|think about|work on"
    r"|come back to|pick up|leave it)"
    r"|want(?:ed)? to (?:know|understand|find out) why"
    r"|before (?:we|i|they|anyone) can (?:do|start|move|act|change)|can do anything"
    r"|can do nothing|can't do|nothing (?:i|we|you) can do|no (?:help|better)"
    r"|(?:don't|do not|dunno|not sure) (?:know )?what (?:else )?(?:i|we) (?:can|could) do)\b"
)

#: The last call for more that closes a conversation or a topic: "is there anything else
#: you want to add?", "was there something you wanted to mention?".
SESSION_CALL = re.compile(
    r"\b(?:anything|something)(?: else| more)? (?:you|you'd|you'll|i|we)(?: \w+)?"
    r" (?:want|wanted|like) to (?:add|say|mention|share|cover|bring up|raise|note)\b"
)

#: Tops, Middles and Bottoms: the language of each role's trap.
TRAPS = {
    "top": re.compile(
        r"(?<![\w'])(?:(?:do|doing|carry|carrying|handle|handling) (?:it all|everything)(?: myself"
        r"| alone)?"
        r"|(?:have|got) to do (?:it all|everything)"
        r"|carry(?:ing)? (?:the whole|everyone|everybody|the team|it all|everything)"
        r"|all on (?:me|my shoulders)|on my shoulders"
        r"|can't let go|cannot let go|won't let go|hold(?:ing)? on to (?:everything|control|it all)"
        r"|hold(?:ing|s)? (?:it all|everything|it|things|the (?:whole )?\w+|this \w+) together"
        r"|no (?:support|one to (?:help|turn to|support))|nobody (?:supports|helps) me|unsupported"
        r"|responsible for (?:everyone|everybody|everything)|can't delegate|don't delegate"
        r"|(?<!people )(?<!those )(?<!ones )(?<!families )(?<!places )"
        r"(?:nobody|no one|no-one) else (?:can|will|does|is going to|knows|would)(?! reach)"
        r"|if i don't do it|falls on me"
        r"|(?:there's|there is|i've got|i have|there's literally) (?:nobody|no one|no-one) else"
        r"|depends on me"
        r"|lonely at the top|don't ask for help|can't ask for help|can't trust (?:anyone|them|my)"
        r"|it's quicker to do it myself|easier to do it myself|do it myself"
        r"|(?:rather|prefer to|sooner|quicker to|easier to|faster to|simpler to|just|end up)"
        r" (?:do|doing|write|writing|run|running|sort|sorting|handle|handling|fix|fixing)"
        r" (?:it|this|that|them|the \w+|\w+)(?: \w+)? myself|myself rather than"
        r"|(?:do|doing|did|does) (?:it|everything|all of it|the lot|most of it) myself"
        r"|(?:keep|keeps|always|all|everyone|everybody) (?:keep |still )?(?:coming|come|comes)"
        r" (?:back )?to me|(?:come|comes|coming) to me (?:to|with|for) (?:sort|fix|deal|decide"
        r"|every|all|their|it|everything|anything)"
        r"|(?:bring|brings|bringing) (?:their|everything|every|all|it)\b[^.?!]{0,20} to me"
        r"|(?:it|everything|it all) (?:falls|lands|comes back|ends up) (?:on|with|to) me"
        r"|i'm the one (?:who|that) (?:has to|ends up|always|sorts|picks up|holds|carries|covers"
        r"|does)|(?:if|when) i (?:let go|step back|take my eye off)"
        r"|(?:all|falls|depends|rests|lands) on you|(?:rests|resting) on (?:me|my)"
        r"|(?:everything|the whole thing|it all) (?:rests|depends|hangs) on"
        r"|(?:do|doing|did|handle|handling) (?:it all|everything|it) yourself|on your shoulders"
        r"|(?:you're|you are) (?:doing|carrying|holding) (?:it all|everything|the whole)"
        r"|(?:come|comes|coming) to you (?:to|with|for)|(?:i'm|you're) on every"
        r"|(?:i'm|you're) (?:the )?lead for (?:nearly |almost |pretty much )?everything"
        r"|(?:someone's|somebody's|someone has|somebody has) got to|it's (?:me|always me)"
        r" (?:sorting|doing|picking|fixing|covering|who)|the way i would"
        r"|(?:falls?|falling|fell|go(?:es)?|goes) (?:apart|over|to (?:bits|pieces)|wrong) without me"
        r"|(?:can't|cannot|couldn't|won't|wouldn't) (?:\w+ ){0,3}without me|nothing \w+ without me"
        r"|never (?:told|let) (?:her|him|them) (?:she|he|they) can|trained them to (?:come|ring"
        r"|call|bring)|(?:my|the) door's always open|can't switch off|nobody else's"
        r"|(?:everything|it all|all of it|every (?:\w+ )?(?:decision|request|query|problem))"
        r" (?:has to |must |needs to |have to )?(?:go|goes|comes|come) through me)\b"
    ),
    "middle": re.compile(
        r"(?<![\w'])(?:stuck (?:in the middle|between)|caught (?:in the middle|between)"
        r"|in the middle of"
        r" (?:them|everyone|it all|the two)|pulled (?:in )?(?:both|two|all|every|different) "
        r"(?:ways|directions)|torn between|stretched (?:too |so |really )?thin|mediat\w+"
        r"|go-between|piggy in the middle|sandwiched|squeezed (?:from|between)"
        r"|pass(?:ing)? (?:on )?messages|between (?:my boss|management|"
        r"the board|senior|above) and (?:my team|the team|below|staff)|keep everyone happy"
        r"|please everyone|i'm in the middle|(?:it all|everything) (?:comes|goes) through me"
        r"|(?:carry|carrying|carries|relay|relaying|pass|passing) (?:the |their |his |her )?"
        r"messages?|translat\w+ between|keep both sides|both sides (?:happy|on)"
        r"|(?:not allowed|can't|cannot|unable) to (?:\w+ ){0,7}without (?:sign-off|sign off"
        r"|approval|permission|a signature|head office|the board|their say-so)"
        r"|(?:need|needs|waiting (?:on|for)) (?:sign-off|sign off|approval)[^.?!]{0,60}"
        r"(?:on at me|waiting (?:on|for) me|chasing me|asking me)"
        r"|(?:from|at) both ends|in both directions|(?:between|from) both sides|can't win"
        r"|(?:the|a) (?:messenger|buffer|go-between|middleman|middle man|punchbag|switchboard)"
        r"|(?:between|running between) (?:all |the )?(?:three|two|both)"
        r"|(?<!first )(?<!a )(?<!quick )(?:relay|relaying|translate|translating|pass|passing)"
        r" (?:it |that |things |everything )?"
        r"(?:up|down|back|on)(?: and (?:up|down|back))?\b(?= to| the|\.|,|$)"
        r"|(?:you're|you are) (?:stuck|caught|in the middle|torn|pulled)"
        # "passing the board's decisions down and the team's anger back up"
        r"|(?:pass|passes|passing|relay|relays|relaying)"
        r" [^.?!,]{1,40} (?:down|up)(?: to [^.?!,]{1,30})? and [^.?!,]{0,40}(?:back )?(?:up|down)"
        # held up above while those below wait: "waiting on procurement before I can
        # give the team an answer"
        r"|(?:waiting|wait) (?:on|for) (?:[\w']+ ){1,5}(?:before|until|till|til) i can"
        r" (?:[\w']+ ){1,4}(?:the team|my team|them|the staff|my staff|staff|everyone"
        r"|the families|families|parents|the crew|the ward|the lads|the girls)"
        r"|(?:i'm|i am|i'm stuck|stuck|caught) (?:right )?in between)\b"
    ),
    "bottom": re.compile(
        r"(?<![\w'])(?:powerless|helpless|no (?:say|power|voice)|(?:don't|never) get a say"
        r"|not (?:my|our) (?:job|problem|responsibility|call|decision|fault)"
        r"|nobody tells (?:us|me)|no one tells (?:us|me)|nobody listens|no one listens"
        r"|they never (?:listen|tell|ask)|(?:waiting|wait) (?:for|on) (?:permission|approval"
        r"|sign-off|sign off|management|them|the top|someone|somebody|head office|the bosses)"
        r"|need (?:their |his |her )?permission|(?:it's|its) (?:their|management's|his|her) fault"
        r"|blame (?:management|them|the bosses|head office)|nothing (?:i|we) can do"
        r"|out of (?:my|our) hands|above my pay grade|(?:i|we) just do what (?:i'm|we're) told"
        r"|(?:they|management) (?:won't|never) let (?:us|me)|what's the point|resent\w*"
        r"|(?:i|we) can't change anything"
        r"|nothing (?:i|we) (?:do|say|try)(?: \w+)? (?:makes|will make|seems to make|changes"
        r"|matters)|(?:makes|made|make) (?:no|zero) difference|doesn't make (?:any|a) \w*"
        r" ?difference|(?:it's|its|it is|all|this is) (?:completely |totally |just |so )?"
        r"(?:hopeless|pointless)|no point|why bother"
        r"|(?:decided|decision made|done|sorted) (?:above|over) (?:my|our) heads?"
        r"|above (?:my|our) heads|(?:without|with no|no) (?:consultation|consulting|asking)"
        r"|(?:nobody|no one|no-one) (?:asked|asks|consulted|consults) (?:us|me)"
        r"|(?:we|i) (?:just )?(?:get|got|were|are|was) (?:just )?told"
        r"|(?:never|don't|doesn't|won't|didn't) (?:listen|listens|listened) to (?:us|me)"
        r"|(?:they|management|he|she) (?:never|don't|won't|didn't) (?:tell|ask|consult) (?:us|me)"
        r"|(?:it's|that's) (?:all )?(?:their|management's|head office's) (?:fault|doing|call)"
        r"|(?:i|we) (?:have|had|get|got) no (?:choice|say|control)|(?:i|we) can't do anything"
        r"|what can (?:i|we) do|(?:and|then) nothing (?:changes|happens)|(?:heard|hear|get) nothing"
        r"|nothing ever changes|never hear back|got nowhere|overruled|knocked back|shot down"
        r"|vetoed|(?:nobody|no one) (?:asked|asks"
        r"|tells|told|listens to|listened to) you|(?:decided|done) (?:above|over) (?:you|your heads?)"
        r"|(?:none of us|nobody|no one) (?:was|were|got) (?:involved|asked|consulted|told)"
        r"|nobody (?:actually )?says|(?:find|found|hear|heard) out (?:from|by|via|in|on) (?:an? |the )?"
        r"(?:email|paper|bulletin|news|grapevine|rumour|local paper|radio)|(?:won't|wouldn't|didn't)"
        r" change (?:anything|owt|a thing)|(?:nobody|no one|they don't|the \w+ don't) (?:notice|hear)"
        r"|(?:doesn't|don't) (?:listen|care)\b"
        # held up by someone above: "waiting on the board before we can move"
        r"|(?:waiting|wait) (?:on|for) (?:[\w']+ ){1,5}(?:before|until|till|til) (?:we|i)"
        r" can\b"
        r"|(?:can't|cant|cannot|can not|couldn't) (?:do|move|start|change|act|decide)(?: on)?"
        r" (?:anything|any of it|a thing)(?: [\w']+){0,3} (?:until|till|til|without)\b)\b"
    ),
}

#: "you feel you need to", "part of you knows you should": the person's own words
#: played back, not advice.
_PLAYED_BACK = re.compile(
    r"\b(?:you|you're|they|he|she|part of you)(?: (?:really|just|still|also|kind of|sort of))?"
    r" (?:feel|feel like|feeling|think|thinking|know|knows|knew|believe|sense|saying|said|mean"
    r"|wonder|wondering)(?: that| like)? $"
)
#: "I could just ...", "we can just ...": the speaker's own step, not advice.
_OWN_STEP = re.compile(r"\b(?:i|we) ?$")
#: "... what you need to do?": a question about it, when the sentence asks.
_ASKING_ABOUT = re.compile(r"\b(?:what|whether|if|where|how) $")
_QUESTION_LEAD = frozenset("what how where when who which whose whom".split())


def _sentence_at(low: str, index: int) -> str:
    start = max(low.rfind(".", 0, index), low.rfind("?", 0, index), low.rfind("!", 0, index))
    ends = [i for i in (low.find(c, index) for c in ".?!") if i != -1]
    return low[start + 1 : (min(ends) + 1) if ends else len(low)]


#: The advice patterns behind gates (see coach.engine.prefilter): most texts hold none of
#: the words they need and are passed over unsearched.
_GATED_ADVICE_QUESTION = Gated(ADVICE_QUESTION)
_GATED_MAYBE_DO = Gated(_MAYBE_DO)
_GATED_ADVICE_STATEMENT = Gated(ADVICE_STATEMENT)


def advice_in_question(low: str) -> re.Match[str] | None:
    for match in _GATED_ADVICE_QUESTION.finditer(low):
        if not is_invitation(low, match.start("cue")):
            return match
    return _GATED_MAYBE_DO.search(low) if "?" in low else None


def advice_in_statement(low: str, more: bool = False) -> re.Match[str] | None:
    """Advice said straight; with ``more``, in the wordings of ``analyser_advice`` alone."""
    if more:
        found = GATED_ADVICE_SAID.finditer(low)
        if not GATED_ADVICE_SAID.admits(low) or OWN_PLAN.search(low) is not None:
            return None  # their own step in the same breath makes it their plan
    else:
        found = _GATED_ADVICE_STATEMENT.finditer(low)
    for match in found:
        before = low[max(0, match.start() - 40) : match.start()]
        if _PLAYED_BACK.search(before):
            continue  # "you feel you need to": played back, not advised
        if _OWN_STEP.search(before) and match.group().lstrip(" ,;:.!?").startswith(
                ("can ", "could ")):
            continue  # "I could just go and ask her": their own step
        sentence = _sentence_at(low, match.start()).strip(" ,-")
        if sentence.endswith("?"):
            if _ASKING_ABOUT.search(before) or match.group().startswith("what "):
                continue  # "...on what you need to do?" asks about it
            first = lead_words(sentence, 1)
            if first and first[0] in _QUESTION_LEAD:
                continue  # "what do you think you need to do?" asks, it does not tell
        return match
    return None


def more_advice(low: str) -> tuple[str, re.Match[str]] | None:
    """("question" or "statement", the match) for advice in the wordings the table above
    lacks (``analyser_advice``), or in its own wordings spelled in text speak ("u should",
    "whats stopping you"). Kept apart from the table's verdicts, which the models read
    as they read them in training."""
    match = advice_form(low)
    if match is not None:
        return "question", match
    match = advice_in_statement(low, more=True)
    if match is not None:
        return "statement", match
    spelt = spelled(low)
    if spelt != low:
        if (match := advice_in_question(spelt) or advice_form(spelt)) is not None:
            return "question", match
        if (match := advice_in_statement(spelt) or advice_in_statement(spelt, True)) is not None:
            return "statement", match
    return None


def advice_kind(low: str) -> tuple[str, str] | None:
    """("question" or "statement", the cue's words) when ``low`` carries advice."""
    match = advice_in_question(low)
    if match is not None:
        return "question", match.group().strip(" .?!,;:")
    match = advice_in_statement(low)
    if match is not None:
        return "statement", match.group().strip(" .?!,;:")
    if (more := more_advice(low)) is not None:
        return more[0], more[1].group().strip(" .?!,;:")
    return None


#: Words after "have you", "are you", "did you" that ask how someone is, thinks or
#: feels, or what they have, not whether they took a step.
_NOT_A_STEP = (
    "feel|feeling|felt|think|thinking|thought|know|knew|known|mean|meant|want|wanted|like"
    "|liked|need|needed|find|found|sleep|sleeping|slept|been|be|being|had|have|having|get on"
    "|getting on|got on|manage|managing|managed|cope|coping|coped|agree|agreed|see|seen|saw"
    "|hear|heard|worry|worried|worrying|enjoy|enjoyed|mind|remember|notice|noticed|realise"
    "|realised|realize|expect|believe|wonder|sure|ok|okay|alright|all right|happy|able"
    "|going|gonna|still|not|any|a|an|the|some|got|get|getting|say|said|ever|always|often"
    "|usually|really|just|also|too|there|here|in|on|at|with|for|to|from|well|better|worse"
    "|tired|ready|free|around|about|off|back|done|finished|over|right|left|happened"
    "|understand|understood|recognise|miss|missed|love|loved|hate|hated|prefer|care|cared"
    "|trust|trusted|hope|hoped|plan|planned|planning|intend|your|you|it|that|this|something"
    "|anything|anyone|someone|anybody|somebody|everyone|nothing|time|enough|much|many|more"
)
#: "Have you put it in writing?", "Are you logging it?", "Did you write it on the
#: sheet?": whether the person has done something. A fact-finding question on its own,
#: but a fix put forward when it follows the asker's own advice (docs/codebook.md: "a
#: run of the listener's fixes").
_DONE_YET = re.compile(
    r"(?:^|[.?!,] )(?:and |so |ok,? |okay,? |right,? |but )?(?:are|have|did|were|had) you"
    r" (?:been |already |ever |actually |even |at least )?(?:got (?:them|it|him|her|that|this)"
    r" (?:on|in|onto|into)\b|(?!(?:" + _NOT_A_STEP + r")\b)[a-z]+(?:ing|ed|en)?\b)[^?]*\?"
)
_GATED_DONE_YET = Gated(_DONE_YET)


def fix_in_a_run(low: str, before: Sequence[str], normalise: Callable[[str], str]) -> bool:
    """Whether ``low`` asks if a step was taken, in a run of the asker's own fixes: the
    asker's turn before it (``before[-2]``, the turns alternating) gave advice, or asked
    the same way after advice."""
    if _GATED_DONE_YET.search(low) is None:
        return False
    for at in range(len(before) - 2, -1, -2):
        earlier = normalise(before[at])
        if advice_kind(earlier) is not None:
            return True
        if _GATED_DONE_YET.search(earlier) is None:
            return False
    return False


def advice_cue(low: str) -> str | None:
    found = advice_kind(low)
    return found[1] if found else None


#: A trouble word turned over: "these families did nothing wrong", "not bad at all",
#: "no problem".
_NEGATED_PROBLEM = re.compile(
    r"\b(?:nothing|not|isn't|wasn't|aren't|weren't|no|never) (?:a |an |too |that |so |very "
    r"|really |at all )?(?:wrong|bad|problem|problems|issue|issues|terrible|awful|worse)\b"
)


# The patterns focus_of reads, each behind the gate of the words it needs (see
# coach.engine.prefilter): most texts hold none of them and are passed over unsearched.
_TURNED_OVER, _PROBLEM_TALK, _HOUSEKEEPING, _SOLUTION_TALK = (
    Gated(p) for p in (_NEGATED_PROBLEM, PROBLEM_ANY, NOT_SOLUTION, SOLUTION))


#: The trouble left behind ("rather than me fixing every bug, ...", "instead of chasing
#: everyone") and the trouble inside one's own want ("I want a team that tells me when
#: I've got it wrong"): what is wanted instead, so its trouble words are not problem talk.
#: A want to know why is the past, and stays.
_LEFT_BEHIND = re.compile(
    r"\b(?:rather than|instead of)\b[^.;!?,]{0,60}|\b(?:" + _MADE_SMALLER + r")\b"
    r"|(?<![\w'])(?:i|we)(?:'d| would)?(?: really| just| still| also| genuinely)*"
    r" (?:want|wanted|like|love|hope|wish)(?! to (?:know|understand|find out) why)\b"
    r"(?:(?! but | though )[^.;!?])*"
)
_LEAVES_BEHIND = Gated(_LEFT_BEHIND)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def focus_of(low: str) -> tuple[str, str | None]:
    """(focus, problem category or None); the category is "housekeeping" for neutral
    talk about the conversation itself ("anything else you want to add?")."""
    if _TURNED_OVER.search(low):
        low = _NEGATED_PROBLEM.sub(" ", low)
    housekeeping = False
    spoken = low  # without the wordings that only look like solution talk
    if _HOUSEKEEPING.search(low):
        # only a last call for more is talk about the conversation itself; "what would
        # you like to focus on?" or "do you want to ask him?" is for the model to weigh
        housekeeping = SESSION_CALL.search(low) is not None
        # blanked, not cut, so that places in ``spoken`` are places in ``low``
        spoken = NOT_SOLUTION.sub(_blank, low)
    problems = [m.start() for m in _PROBLEM_TALK.finditer(low)]
    if problems and _LEAVES_BEHIND.admits(spoken):
        behind = [m.span() for m in _LEFT_BEHIND.finditer(spoken)]
        problems = [at for at in problems if not any(a <= at < b for a, b in behind)]
    found = [m.start() for m in _SOLUTION_TALK.finditer(spoken)]
    solutions = len(found)
    if problems and solutions == len(problems):
        # as much of each, turned with a "but": the talk is where it ends (docs/codebook.md,
        # "Mixed utterances")
        turn = low.rfind(" but ")
        if min(problems) > turn > max(found):
            solutions -= 1
        elif min(found) > turn > max(problems):
            solutions += 1
    if problems and len(problems) > solutions:
        for key, pattern in PROBLEM_RE.items():
            if pattern.search(spoken):
                return "problem", key
        return "problem", "wrong"
    if solutions > len(problems):
        return "solution", None
    return "neutral", "housekeeping" if housekeeping and not problems else None


#: Each trap's words behind a gate (see coach.engine.prefilter): most texts hold none of
#: the words a trap's pattern needs, and are passed over without a search. The gates
#: share one look-up of a text's words, so asking all three costs about as much as one.
GATED_TRAPS = {role: Gated(pattern) for role, pattern in TRAPS.items()}


#: Words just before a trap's words that step out of it: "I could stop being the
#: messenger", "instead of doing it all myself".
_LEAVING = re.compile(
    r"(?:stop|stopped|stopping|quit|no longer|instead of|rather than|without)"
    r" (?:being |doing |carrying |playing |having to )?(?:the |a |an )?$"
)


def _trap_match(pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """The first match of a trap's words that the speaker is not stepping out of."""
    for match in pattern.finditer(low):
        if not _LEAVING.search(low, max(0, match.start() - 30), match.start()):
            return match
    return None


def trap_of(low: str) -> str | None:
    for role, gated in GATED_TRAPS.items():
        if gated.admits(low) and _trap_match(gated.compiled, low):
            return role
    return None


def trap_cue(low: str) -> str | None:
    for gated in GATED_TRAPS.values():
        match = _trap_match(gated.compiled, low) if gated.admits(low) else None
        if match:
            return match.group()
    return None
