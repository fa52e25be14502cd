"""Boundaries the codebook settles (docs/codebook.md) that a model over words misses.

The models learn which words go with which act; some of the codebook's conventions turn
on the shape of the whole utterance or on what was said just before it, and are put
right here, after the models and the word rules have had their say:

- a reflection followed only by a check on itself ("..., have I got that?") stays a
  reflection; a word of theirs said back with a question mark ("Gaffer tape?") is a
  rising-tone echo, a reflection that asks nothing;
- a statement that asks ("I'm curious what you did differently", "Walk me through a
  Tuesday") is an open question; a rhetorical question ("What's the point?", "Who'd want
  to be a deputy head?") asks nothing and is input;
- a short answer that carries information ("nights", "Bolton.") is input, and a bare
  agreement with a reflection ("yep, that's it") is other;
- getting started, parking a topic, apologising for being late are session talk: other;
- with no conversation before it, a whole statement about other people and things
  ("Morale's been rock bottom since the new GM arrived") has nothing to say back: input;
- advice said as an instruction ("Make sure it goes on the log tonight", "Don't reply
  tonight") or as what the listener would do ("I'd go straight to the chair") is advice,
  unless it answers a question about the person's own plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.engine import analyser_questions as qs
from coach.engine.analyser_model import LEANING
from coach.engine.phrases import FEELINGS, STOP
from coach.engine.prefilter import Gated

#: A check on a reflection: the sentence, or the last part of one after a comma.
CHECK = re.compile(
    r"(?:^|[,.;:!?-] *)(?:(?:and|so|ok|okay|right|now) )?(?:is that (?:about |roughly )?right"
    r"|is that it|is that fair|is that correct|am i right|have i got (?:that|it|this|you)"
    r"(?: right)?|did i get (?:that|it|all that)(?: right)?|have i understood(?: that| you)?"
    r"(?: right| correctly)?|did i hear (?:that|you) right|have i heard (?:that|you) right"
    r"|does that (?:sound|seem) (?:right|about right|fair)|does that capture it"
    r"|is that what you (?:mean|meant)|yeah|right|yes|no)\W*$"
)
#: Checks only a saying-back makes ("have I got that?"), unlike "right?" or "yeah?".
_ONLY_A_CHECK = re.compile(r"have i got|did i get|have i understood|did i hear|have i heard"
                           r"|does that capture")
#: How a saying-back opens when it has no "you" in it.
_SAYING_BACK = re.compile(r"^(?:(?:ok|okay|right|yeah|mm|so),? )*(?:so\b|sounds? like|it sounds"
                          r"|let me (?:check|see if)|what i'm hearing|i'm hearing|i hear"
                          r"|(?:two|three|four|five) things)")
#: Words a question opens with when it asks rather than echoes.
_ASKING_LEADS = qs.OPEN_LEADS | qs.CLOSED_LEADS | frozenset(
    "and but or so if then anything anyone anybody something".split())
#: An inference said with a rising tone: "You must be shattered?".
_RISING_INFERENCE = re.compile(r"^(?:(?:so|and|oh|wow|god|gosh|blimey|crikey|ah|aw|ugh),? )*"
                               r"(?:you must (?:be|have|feel)"
                               r"|you (?:sound|seem)|sounds like|that must (?:be|have)"
                               r"|must be|must have been)\b")
#: The listener's own evaluation of what happened ("That's fantastic news about the
#: inspection", "What a brilliant result"): input, not a backchannel or a saying back.
_APPRAISAL = re.compile(
    r"^(?:(?:oh|wow|well|gosh|god|ah),? )*(?:that's|that is|thats|what|this is|it's|it is)"
    r" (?:a |an |such a |such |really |so |absolutely |genuinely )*(?:fantastic|brilliant"
    r"|great|wonderful|amazing|excellent|lovely|terrific|superb|huge|massive) (?:news|result"
    r"|outcome|achievement|progress|win|step|turnaround|feedback)\b")
#: A request for something to come to the listener ("Can you send me the draft by
#: Friday?"), and a check on a step the person named ("Will you ask her?"): neither puts
#: a course of action forward.
REQUEST = re.compile(r"\b(?:can|could|will|would) you (?:please )?(?:send|get|forward|email"
                     r"|copy|bring|pass)\b[^?]*\b(?:me|to me)\b[^?]*\?")
_STEP_CHECK = re.compile(r"^(?:(?:ok|okay|so|and|right)[.,]? )*(?:will|would) you (?P<verb>ask"
                         r"|tell|speak to|talk to|ring|call|email) (?:her|him|them)\W*$")
#: A short question after someone the person named, asking whether they will go to them
#: ("Will you ask her?", "Would you invite him?"): the person's own option, not the
#: listener's. "Could you tell them?" puts the step forward, and stays advice.
_THEIR_OPTION = re.compile(r"^(?:(?:ok|okay|so|and|right)[.,]? )*(?:will|would) you"
                           r" (?:ask|invite|tell|speak to|talk to|ring|call|email|text|approach"
                           r"|bring (?:it|that|this) to) (?P<who>her|him|them|the [a-z]+)\b"
                           r"(?: [a-z0-9']+){0,3}\?\W*$")
#: The listener saying what may come to them, and when ("Send it over whenever", "Send
#: it Sunday night if you like"): a request or an offer, not advice.
_SEND_IT = re.compile(r"^(?:(?:ok|okay|so|and|right|yeah|great|sure)[.,!]? )*(?:just )?(?:send"
                      r"|forward|pass|email) (?:it|them|that|those|the [a-z]+)(?: [a-z']+){0,4}"
                      r" (?:whenever|if you like|any ?time|when you're ready|when you can"
                      r"|no rush)\b")
#: A tag that asks the person to agree ("..., isn't it?", "surely"): it leads.
_TAG = re.compile(r"(?:,? (?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't"
                  r"|haven't|hasn't|can't|couldn't|shouldn't) (?:it|you|they|he|she|we|that"
                  r"|there)|\bsurely)\W*$|^surely\b")
#: A statement that asks for an answer.
ASKING_STATEMENT = re.compile(
    r"^(?:(?:so|and|ok|okay|right|well),? )*(?:i'm (?:really |just )?(?:curious|wondering)"
    r"|i am (?:curious|wondering)|i wonder (?:what|how|whether|if|who|where|when|why)"
    r"|(?:walk|talk|take) me through|tell me (?:about|more|a bit|a little|what|how|why|where"
    r"|when|who)|say (?:a bit |a little )?more\b|describe\b)"
)
#: A question that does not seek an answer.
RHETORICAL = re.compile(
    r"(?:^|[.!?] )(?:(?:honestly|i mean|but|and|like|seriously),? )*(?:what'?s the point\W*$"
    r"|what'?s the point (?:of (?:even |it\b|trying|bothering)|anyway|in (?:even |trying))"
    r"|what'?s the point of [^?]*\b(?:nobody|no one|never)\b"
    r"|who'?d (?:even )?want\b|who would (?:even )?want\b|who'?d (?:run|do|choose|be) [^?]*"
    r"\b(?:for fun|these days|for a living)|who (?:listens|cares) (?:to|about) [^?]*\banyway"
    r"|how am i (?:meant|supposed|expected) to\b"
    r"|how (?:is|are) (?:anyone|anybody|we|they|people) (?:meant|supposed|expected) to\b"
    r"|why (?:would|should) (?:anyone|anybody) (?:bother|care)\b|why bother\W*$"
    r"|what (?:do|did) they (?:even )?expect\W*$|who (?:even )?cares\W*$)"
)
_RHETORICAL_WORDS = ("point", "want", "meant", "supposed", "expected", "bother", "expect",
                     "cares", "who'd", "anyway")
#: Agreement with something new after it: input, whatever words it shares.
_AGREE_AND = re.compile(r"^(?:yeah|yes|yep|yup|exactly|definitely|totally)[,.!]* (?:and|plus|but"
                        r"|also)\b")
#: An answer that only agrees.
_AGREEING = frozenset("""yes yeah yep yup yeh exactly that's it right spot on pretty much
    mm mhm correct absolutely definitely sure true totally""".split())
#: Words that carry nothing new in a short answer ("They do.", "I know.", "Mh-hmm.").
_NO_NEWS = _AGREEING | STOP | qs.FILLER | frozenset("""mh hmm mm uh huh ok okay oh wow great
    good fine cool thanks thank cheers know think guess suppose certainly course that'd hi hiya
    hello hey morning afternoon evening""".split())
#: Words that make a statement a saying-back, wherever they come in it.
_INFERRING = re.compile(r"\b(?:sounds? like|it seems|you feel|you're feeling|you're saying"
                        r"|what i'm hearing|i'm hearing)\b")
#: Talk about the session rather than the person's situation.
SESSION_TALK = re.compile(
    r"(?:^|[.!] )(?:(?:ok|okay|right|so|well|great|thanks|good|sorry),? )*(?:let's (?:park|leave|put)"
    r" (?:that|this|it)(?: (?:there|to one side|aside|for (?:now|a (?:moment|minute|second)))"
    r")*(?: and come back to (?:it|that|this)(?: later)?)?(?=[.!,]|$)"
    r"|let's (?:pause|stop) (?:there|here) for a (?:second|moment|minute|sec)(?=[.!,]|$)"
    r"|let's leave (?:the |that |this |it )?(?:[a-z]+ )?there(?: for (?:today|now))?(?: and come back"
    r" to (?:it|that|this)(?: next time| later)?)?(?=[.!,]|$)"
    r"|(?:my |the )?(?:screen|video|connection|wifi|internet|audio|sound|camera) (?:froze|dropped"
    r"|cut out|went|keeps)|(?:you're|you are|i was|i'm) on mute"
    r"|(?:good )?(?:morning|afternoon|evening|hi|hello|hiya)\b[^.?!]{0,30}\b(?:lovely|nice|good"
    r"|great) to see you"
    r"|let's (?:make a start|get (?:started|going)|begin|start|crack on)(?=[.!,]|$)"
    r"|shall we (?:start|begin|make a start|get going|get started)\W*$)"
    # "Sorry, I'm a couple of minutes late", "sorry, I'm going on a bit"
    r"|(?:^|[.!] )(?:(?:hi|hello|morning|hiya|hey),? )*(?:so )?sorry,? (?:i'm|i am|for being)"
    r" (?:(?:a (?:couple of |few )?|two |five |ten )?(?:minutes? |mins? )?late|going on"
    r"(?: a bit)?|rambling|waffling)\b"
)
_SESSION_WORDS = ("let's", "shall we", "sorry", "froze", "dropped", "cut out", "again", "mute",
                  "see you", "went", "keeps")
#: A greeting said with an excuse and nothing more ("Hi! Sorry, the car park was rammed").
_GREETING_EXCUSE = re.compile(r"^(?:hi|hello|hiya|hey|morning|afternoon)\b[!,. ]+sorry\b")
#: A greeting, thanks or pleasantry and nothing more ("Hi Dev, um, thanks for making the
#: time", "Lovely to see you again"): talk about the meeting, not about anyone's work.
_PLEASANTRY = re.compile(
    r"^(?:(?:hi|hello|hiya|hey|morning|afternoon|evening|good (?:morning|afternoon|evening)"
    r"|ok|okay|right|so|well|oh|ah)(?: there| all| everyone| [a-z]+)?[!,.]* )*(?:(?:um|uh|er|erm),? )*"
    r"(?:(?:thanks|thank you|cheers)(?: (?:so much|very much|again|both))?(?: for (?:making|finding"
    r"|giving|taking) (?:the |some |this |your )?time(?: (?:today|for this|to meet))?| for coming"
    r"(?: in)?| for joining(?: me| us)?| for this)?"
    r"|(?:it's |it is |really )?(?:nice|good|great|lovely) to (?:see|meet|catch up with) you"
    r"(?: again| too| properly)?)"
    r"(?:[!,.]+ (?:(?:thanks|thank you|cheers)(?: for (?:making|finding) (?:the )?time)?"
    r"|(?:nice|good|great|lovely) to (?:see|meet) you(?: again| too)?))*[!,.\s]*$")
_PLEASANTRY_WORDS = ("thank", "cheers", "to see you", "to meet you", "to catch up")
#: A whole sentence (a subject and more) rather than a fragment.
_REFLECTIVE_START = re.compile(r"^(?:(?:and|but|ok|okay|right|yeah|mm|hmm|mm-hmm|uh-huh|um|uh|oh"
                               r"|well)[,.!]?\s+)*(?:so|that"
                               r"|that's|this|it|it's|its|like|sounds|seems|must|there's"
                               r"|there)\b")
#: Advice given as an instruction opening a sentence, or as what the listener would do in
#: the other's place.
ADVICE_OPENING = re.compile(
    r"(?:(?:honestly|mate|so|ok|okay|right|look|and|then|but),? )*"
    r"(?:just )?(?:make sure (?!i\b)|don't (?:reply|send|answer|sign|agree|email|go|wait|let"
    r"|take|do|say|apologi[sz]e to)|do not (?:reply|send|sign|agree)|take (?:the|a) (?:day|week"
    r"|afternoon|morning|weekend) off|sleep on it|speak to (?:the|your|her|him|them)"
    r"|have a word with|go (?:straight |direct(?:ly)? )?to (?:the|your|hr|her|him)"
    r"|get (?:[a-z]+ ){0,3}to (?:chair|run|lead|cover|take|do|sign|check|ring|send|help|sort)"
    r"|log (?:it|that|the)|report (?:it|that)"
    r"|put (?:it|that) in writing|mute (?:the|it))"
    r"|(?:(?:honestly|personally|so|then),? )*i'd (?:just |probably |definitely )?"
    r"(?:go (?:straight |direct(?:ly)? )?to (?:the|your|hr|her|him|them)|mute|leave it"
    r"|sleep on it)"
)
#: Advice anywhere in the utterance, found only where one of its words is there.
ADVICE_ANYWHERE = Gated(re.compile(
    r"\bwhat (?:worked|works) for me (?:was|is)\b|\byour (?:first|next|best) (?:step|move|bet)"
    r" (?:is|would be)\b|\bhave u (?:tried|thought about|considered)\b"
    r"|\bwould you be better off\b|\bwouldn't it be (?:better|easier) (?:to|if)\b"
    r"|\byou know what i(?:'d| would) do\b"
    # "What about Kwame? He did the hospice bids for years.": someone put forward
    r"|(?:^|[.!?] )(?:(?:so|and|ok|okay|well),? )?(?:what|how) about [a-z' ]{1,25}\? (?:he|she"
    r"|they)(?:'s| has| have| had| did| does| is| was| used to| ran| runs| knows| knew)\b"
    # "It's worth ringing them today": a step put forward ("it's worth fighting for" is
    # what they value).
    r"|\bit's (?:really |definitely |always |probably |well )?worth (?:a (?:try|go|shot|call"
    r"|look|chat)|(?!fighting|remembering|saying|noting|knowing)[a-z]+ing\b(?! for\b))"
    # "When I ran a kitchen my sous had the pass every Tuesday... best thing I ever did":
    # what worked for the listener, told as the way to go.
    r"|\b(?:when (?:i|we) (?:had|ran|managed|led|merged|was (?:running|managing|leading|in"
    r" charge of|at|on)|had (?:one|a [a-z]+) like)|what (?:i|we) did was)\b.*\b(?:made"
    r" (?:a|all the) (?:\w+ )?(?:of )?difference|(?:the )?best thing (?:i|we) (?:ever )?did"
    r"|worked (?:a treat|wonders|like a charm|really well|brilliantly)|never looked back"
    r"|did the trick|in the end (?:we|i) just|it's worth|sorted (?:it|things|loads|them)"
    r"(?: right)? out|sorted it)\b"
    # "You just have to apologise and move on", "you've simply got to manage upwards"
    r"|\byou(?:'ve| have)? (?:just|simply|really) (?:got to|gotta|have to|need to) (?!be\b)"
))
#: A question about what the other person will do ("What's your plan for Monday?").
_ABOUT_THEIR_PLAN = re.compile(
    r"\b(?:your (?:plan|first step|next step|step|first move|next move)"
    r"|(?:one|a|the|what's (?:the|a|one)) (?:[a-z]+ )?step (?:towards"
    r"|to|forward|you|that)|what (?:will|are|would"
    r"|might|could|'ll) you (?:do|going to do|want to do|need to do|like to (?:have )?happen)"
    r"|what you'll do|what's the plan|what are you going to do|what do you want to do"
    r"|how will you|what's the first thing you'll do|what would (?:a version of )?(?:that|it)"
    r" look like|what would [a-z' ]{1,30} look like (?:at|on|in|for|by) )[^?]*\?\W*$")
#: A question after one fact the person already holds, or a number: closed, whatever its
#: first word ("Who signs off the budget?", "Out of ten, how confident are you?").
FACT = re.compile(
    r"^(?:(?:so|and|ok|okay|right|sorry),? )*(?:what (?:time|day|date|year|band|grade|age"
    r"|size|percentage|number)\b|which (?:site|store|shop|ward|team|school|station|office"
    r"|branch|depot|unit|shift|day|days|one|floor|hospital|trust|council|department|region"
    r"|area|service|practice|kitchen|class|year group)\b"
    r"|who(?:'s| is| was) (?:your|the) (?:line manager|manager|lead|boss|clinical lead|head"
    r"|director|supervisor|mentor|sponsor|chair|union rep|rep|deputy|owner)\b"
    r"|who (?:signs|signed|chairs|runs|manages|owns|approves|approved|sets|set|told|sent"
    r"|wrote|rang|called) |where (?:are|is|were) you (?:based|working|now)\b|where do you"
    r" work\b|when(?:'s| is| was) (?:the|your) |when did (?:it|that|this|you) (?:start|happen"
    r"|begin|join|arrive)|when (?:are|will) you (?:going to )?(?:tell|see|hear|know|start|finish"
    r"|send|meet)|what did (?:it|he|she|they|the [a-z]+) (?:actually )?say\W*$"
    r"|who (?:was|were) (?:actually |even )?(?:there|in the room))"
)
#: A scaling question asks for a number.
SCALING = re.compile(r"\b(?:out of (?:ten|10)|on a scale|scale of|from (?:one|1|0|zero) to"
                     r" (?:ten|10)|if (?:ten|10|zero|0|one|1) is|and (?:ten|10) is)\b")
#: A scale of how bad it is, not of how near what they want.
_PROBLEM_SCALE = re.compile(r"\b(?:worry|worried|worse|worst|bad|stress\w*|anxious|upset"
                            r"|angry|frustrat\w*|fed up|awful|tired|exhausted)\b")
#: A question that offers its answers: "Leeds or the Bradford one?".
OPTIONS = re.compile(r", (?:(?:is it|was it|the|a|more|or) )?[^,?]{1,30} or (?!not\b|something"
                     r"|anything|what|fewer|less|more|so\b|later|sooner|else|whatever)[^,?]{1,30}\?\W*$")
#: The listener's own judgement of the person (an affirmation) or an offer of theirs: input,
#: not a saying-back ("It takes guts to say that", "I'll introduce you to Marcus").
OWN_WORD = re.compile(
    r"^(?:(?:honestly|well|wow|gosh|oh),? )*(?:(?:it|that) (?:takes|took) (?:guts|courage|real"
    r" courage|nerve|bottle)|(?:well done|credit to you|fair play|hats off)\b|you should be"
    r" (?:really |so )?proud|you handled (?:[a-z']+ ){1,3}(?:really |so )?(?:well|brilliantly|calmly|with)"
    r"|you(?:'ve| have) (?:clearly |really |obviously )?got a (?:real )?(?:knack|gift|talent)"
    r"|i'll (?:introduce|put you in touch|send you|connect you|forward)|i can (?:introduce|put you"
    r" in touch|send you|connect you)|i'm happy to (?!listen|hear)|happy to (?:introduce|help"
    r" you|send|share|role-play|role play)|that's (?:brilliant|great|fantastic|amazing"
    r"|wonderful|excellent) news|there's (?:the|a|an) [a-z' ]{2,40}(?:foundation|line|service"
    r"|scheme|helpline|charity|network|forum|course|programme),? (?:they|who|which)\b)"
)
_SAY_AGAIN = re.compile(r"^(?:(?:sorry|oh|um|pardon),? )*(?:can|could) you (?:say|repeat) that"
                        r" (?:again|one more time)\W*$")
#: A request to say it again, with nothing else asked.
_AGAIN = re.compile(r"^(?:sorry|pardon|come again|say that again|what was that|you what)\W*$")
#: Solution talk the problem words inside it hide: progress ("sickness is down to four
#: percent"), exceptions ("nobody complained once"), strengths and changes already made.
SOLUTION_SHAPES = re.compile(
    r"\b(?:twice as (?:much|many|fast|quick)|(?:nobody|no one) (?:complained|moaned|shouted)"
    r"|without (?:a single |one )?(?:complaint|incident|a hitch|checking)"
    r"|(?:is|are|'s|'re|were|was|got|getting|been) (?:always |much |a lot |so much"
    r" |way |a bit )?(?:easier|calmer|quieter|smoother)|which nobody expected"
    r"|(?:i'm|i am) (?:really |quite |stupidly |very |pretty )?(?:organised|organized)"
    r"|brilliant when|the one thing everyone says about me"
    r"|(?:i've|we've|i have|we have) (?:just )?started (?:running|doing|taking|saying|asking"
    r"|booking|blocking|sending|putting)|not waiting for permission any ?more"
    r"|(?:i've|we've) had (?:two|three|four|a few|several) (?:weekends|weeks|nights|days)"
    r"(?: in a row)? without|getting (?:a bit of )?(?:yourself|myself|my life|your life"
    r"|my evenings|your evenings|my weekends|your weekends) back"
    # Progress told as trouble gone: "no-shows are down to three percent since the
    # deposit", "the complaints have more or less stopped since", "nobody walked out".
    # (A figure up or down says nothing by itself: income down is trouble, sickness down
    # is progress.)
    r"|(?:complaints?|sickness|absence|no-shows|falls|incidents|errors|mistakes|delays"
    r"|vacancies|detentions|exclusions|waits?|waiting (?:list|times?)|backlog|queues?"
    r"|turnover|overtime|agency (?:spend|use|costs?)|arrears|breaches|readmissions|dnas)"
    r"(?: (?!(?:is|are|has|have|not|never|no)\b)[a-z']+){0,3} (?:(?:have|has|are|is|'s|'re) )?(?:(?:more or less|pretty much|almost|nearly|all but"
    r"|virtually) )?(?:stopped|gone down|come down|dropped|fallen|halved|down|disappeared"
    r"|dried up)\b(?! again\b)"
    r"|(?:nobody|no one|not one|not a single (?:one|person|complaint))"
    r" (?:walked out|left|quit|was late|is late|'s late|came back|complained|went off sick)"
    r"|(?:haven't|hasn't|have not|has not) (?:missed|lost|had) a single"
    r"|(?:not a single|not one) (?:complaint|incident|fall|error|mistake|no-show|exclusion"
    r"|breach)\b"
    r"|(?:zero|no) (?:falls|complaints|incidents|riddors|exclusions|no-shows|breaches|errors)"
    r" (?:since|this|in|for|all))"
)
#: Pieces one of which any of those wordings holds: a text with none is passed over.
_SOLUTION_CUES = ("twice as", "complained", "moaned", "shouted", "without", "easier", "calmer",
                  "quieter", "smoother", "nobody expected", "organi", "brilliant when",
                  "everyone says", "started", "permission", "back", "stopped", "down",
                  "dropped", "fallen", "halved", "disappeared", "dried up", "walked out",
                  "left", "quit", "late", "off sick", "a single", "zero", "no falls",
                  "no complaints", "no incidents")
#: Questions that suggest no answer of their own: an invitation to talk ("Can you tell me
#: a bit about how the rota gets made?"), a scale, and a tag that checks a neutral fact
#: about the person ("You're with the housing team, aren't you?").
_INVITES = re.compile(r"^(?:(?:so|and|ok|okay|right|well|sorry),? )*(?:(?:can|could|would)"
                      r" you (?:tell me|say|talk me through|walk me through|describe)"
                      r"|why don't you (?:tell me|talk me through|walk me through|say more)"
                      r"|(?:tell|talk|walk) me)\b")
_FACT_TAG = re.compile(r"^(?:(?:so|and|ok|okay|right),? )*(?:you're|youre|you are|you were"
                       r"|you've been|you work|you worked|you started|you joined|you report)"
                       r" (?:[a-z0-9'\-]+ ){0,6}?(?:with|in|on|at|from|for|into|as|to)"
                       r" (?:[a-z0-9'\-]+ ?){1,6},? (?:aren't|weren't|haven't|don't|didn't)"
                       r" you\?\W*$")
#: Words that make a check on a fact push ("..., though, aren't you?") or take for granted
#: what they will do ("You're going to tell him, aren't you?").
_PUSHING = re.compile(r"\b(?:still|just|really|not|surely|though|only|even|again|going to"
                      r"|gonna|need to|have to|got to|should|ought)\b")


def _suggests_nothing(low: str, last: str, said: Sequence[str]) -> bool:
    """Whether the question ``last`` asks without suggesting an answer of its own."""
    if _INVITES.match(last) or SCALING.search(last):
        return True
    return (_FACT_TAG.match(last) is not None and _PUSHING.search(last) is None
            and LEANING.keys().isdisjoint(said))


#: Who someone is and where they work, said flatly ("Response sergeant at Bramcote, eight
#: PCs on my team", "We're a food bank network, twelve sites"): neutral, though the
#: training corpus's writers mostly went straight on to the problem in the same turn.
_SETTING = re.compile(
    r"^(?:(?:so|well|ok|okay|right|yeah|hi|hello),? )*(?:(?:i'm|im|i am|i've been|ive been"
    r"|i work as) (?:a |an |the )?[a-z0-9 \-&']{0,40}(?:manager|lead|leader|officer|nurse"
    r"|sergeant|head|director|coordinator|chair|lecturer|teacher|worker|partner|ceo|cto|cfo"
    r"|founder|sister|matron|inspector|supervisor|governor|vicar|curate|engineer|dispatcher"
    r"|rep|steward|deputy|principal|associate|solicitor|clerk|analyst|consultant|owner"
    r"|trustee|pharmacist|gp|doctor|paramedic|constable|tutor|dean|coach|administrator"
    r"|secretary|volunteer)s?\b|(?:we're|we are|it's|its|it is) (?:a|an) [a-z0-9 \-&',]{0,60}"
    r"\b(?:charity|school|college|trust|practice|firm|company|start-up|startup|club|farm|ward"
    r"|unit|home|team|council|network|service|surgery|hotel|bistro|restaurant|depot|station"
    r"|prison|parish|benefice)\b|[a-z0-9 \-&',]{0,40}\b(?:manager|lead|sergeant|officer"
    r"|director|leader) (?:at|of|for|on|in)\b)")
#: Words that bring trouble, a want or a feeling into a statement of the setting.
_NOT_FLAT = re.compile(r"\b(?:cut|cuts|short|should|supposed|meant to|lot of them|but|though"
                       r"|however|problem|issue|stuck|struggl\w*|can't|cannot|never|nobody"
                       r"|no one|not|n't|too|only|just|again|every single|all on|falls on"
                       r"|lands on|to sort|the one who|dreading|i'd|i'll|still|through me"
                       r"|every)\b")


def _says_the_setting(low: str, said: Sequence[str]) -> bool:
    """Whether ``low`` (``said``: its words) only says who the speaker is and where."""
    return (len(said) <= 30 and _SETTING.match(low) is not None
            and LEANING.keys().isdisjoint(said) and FEELINGS.isdisjoint(said)
            and _NOT_FLAT.search(low) is None)


#: Role-trap wordings the trap rules do not hold: the top carrying it all, the middle torn
#: between others, the bottom done to.
MORE_TRAPS = {
    "top": re.compile(
        r"\b(?:it all (?:stops|ends) with me|(?:hit|knocked over) by a bus|i hold all the"
        r"|(?:i'm|im|i am) (?:meant|supposed|expected) to be the one with (?:all )?the answers"
        r"|(?:can't|cant|cannot) ask for help|(?:ring|call|message|text) me about everything"
        r"|rather than (?:make|making|take|taking) (?:a|the) (?:call|decision)s? themselves"
        r"|(?:it's|its|it is) all (?:landing|falling) on (?:you|me)|only (?:runs|works|happens)"
        r" when (?:i'm|you're) there)"),
    "middle": re.compile(
        r"\b(?:happy at the same time|they want opposite things"
        r"|refereeing|(?:pulled|torn) (?:two|three|four|five|both|all) ways|send me (?:to|back to)"
        r" [a-z]+,? [a-z]+ send me back|it all comes through me|(?:holding|holds) (?:you|me) up,?"
        r" (?:while|and) the (?:team|staff)|stuck in the middle of)"),
    "bottom": re.compile(
        r"\b(?:(?:we|i) (?:don't|dont|do not) get a (?:voice|say)|(?:we|i) (?:weren't|wasn't"
        r"|were not|was not) (?:even )?(?:told|asked|consulted)|(?:we're|were|we are) invisible"
        r"|nobody'?s going to listen to me|without (?:talking|speaking) to (?:a single person"
        r"|anyone|any of us|us)|(?:i've|ive) given up asking|(?:i'm|im|i am) (?:only|just) a"
        r" (?:ta|junior|temp|volunteer|hca|trainee|band \d)|ignored in practice)"),
}
#: Pieces one of which any of those wordings holds: a text with none is passed over.
_TRAP_CUES = ("with me", "bus", "hold all", "answers", "for help", "about everything",
              "themselves", "all landing", "all falling", "there", "same time", "opposite",
              "refereeing", "ways", "send me", "through me", "holding", "holds", "middle of",
              "get a", "n't told", "n't asked", "consulted", "not told", "not asked", "even told",
              "even asked", "invisible", "listen to me", "without talking", "without speaking",
              "given up", "only a ", "just a ", "ignored")
#: Questions that ask about the problem, and ones that ask about what works.
PROBLEM_QUESTION = re.compile(
    r"^(?:(?:and|so|ok|okay|right|mm|hmm),? )*(?:what gets in the way|what's getting in the way"
    r"|what does it cost you|what's (?:going |gone )wrong|what worries you most"
    r"|(?:what's|whats|what is|what was|what's been|which is|which bit is|which part is) (?:the"
    r" )?(?:hardest|worst|toughest|trickiest|most difficult|most frustrating|most stressful"
    r"|biggest (?:worry|headache|problem))"
    # A question after causes ("Why do you think it keeps happening?", "How come the bids
    # land on you?") asks about the problem, unless it asks why something went well.
    r"|(?:why|how come)\b(?! don't| not\b| wouldn't| won't| didn't you| haven't you)"
    r"(?![^?]*\b(?:work|worked|works|working|went (?:well|right)|go(?:es)? (?:well|right)"
    r"|better|helped|helps|easier|good|proud|success\w*|right)\b))")
SOLUTION_QUESTION = re.compile(
    r"^(?:(?:and|so|ok|okay),? )*(?:what's made the difference|what made the difference"
    r"|where does (?:that|this|your) [a-z]+ come from|what will you notice)\b")
#: "Why don't you talk me through it?": an invitation to talk, open.
_TALK_ME_THROUGH = re.compile(r"^(?:(?:so|and|ok|okay),? )*(?:why don't you|would you|could you"
                              r"|can you) (?:talk|walk|take) me through\b")
_FIRST = frozenset("i i'm i've i'd i'll me my myself we we're we've our us".split())
_SECOND = frozenset("you your you're you'll you'd yourself".split())
#: A wh-question typed without its question mark ("whats the hardest part for u").
_WH_TYPED = re.compile(r"^(?:(?:(?:so|and|ok|okay|right),? )+(?:what|whats|what's|how|hows|how's"
                       r"|why)|what|whats|what's|how|hows|how's|why|where|when|who)\b"
                       r"(?! i\b| we\b| it is\b| it was\b| the point\b)")
_SECOND_TYPED = frozenset("you u your ur you're youre".split())
#: A typed wh-question that needs no "you" to ask: "hows the week been", "what made the
#: other two leave", "what was diff about tues" ("where do i start" asks nobody).
_WH_ASKING = re.compile(r"^(?:(?:so|and|ok|okay|right),? )*(?:hows|whats|whos|wheres|whens|whys"
                        r"|(?:what|how|why|where|when|who) (?:was|were|is|are|did|does|made"
                        r"|makes|happened|went|kept|keeps|got|has|have)\b(?! (?:i|we)\b))"
                        # "what happened was the board said no": a statement, cleft
                        r"(?![^?]*\b(?:was|is) (?:the|that|a|an|we|i|they|he|she|it|just|when|how"
                        r"|like|my|our)\b)")
#: A statement that opens like a question: "What happened was the board said no", "What
#: was weird was how calm she was".
_CLEFT = re.compile(r"^(?:(?:so|and|well|basically|honestly),? )*(?:what|how) (?:happened|was"
                    r" [a-z]+|(?:really )?(?:gets|got|worries|worried|annoys|annoyed|bothers"
                    r"|bothered|struck|strikes|surprised|matters|helped|helps|hurts|hurt|kills"
                    r"|killed)(?: me| us)?|(?:i|we|they|he|she) [a-z' ]{1,30}?) (?:was|is)"
                    r" (?:the|that|a|an|we|i|they|he|she|it|just|when|how|like|my|our|his|her"
                    r"|their|nobody|no one|everyone)\b")
#: Typed questions that invite talk, not a fact: "hows the week been".
_WH_OPEN = re.compile(r"^(?:(?:so|and|ok|okay|right),? )*(?:hows|whats|whys|how|what|why)\b")
_TEXT_QUESTION = re.compile(r"^(?:r|are|do|did|have|can|could|will|would|is) (?:u|you) ")


def more_trap(low: str) -> str | None:
    """The role trap named by a wording of :data:`MORE_TRAPS`, or None."""
    for cue in _TRAP_CUES:
        if cue in low:
            break
    else:
        return None
    for role, pattern in MORE_TRAPS.items():
        if pattern.search(low):
            return role
    return None


@dataclass(frozen=True, slots=True)
class Settled:
    act: str
    asks: bool  # False where it asks nothing despite its shape (an echo, a rhetorical
    # question, session talk)
    shape: str | None  # "open" or "closed" where the boundary fixes it, else None
    advice: bool
    leading: bool = True  # False where the boundary rules leading out
    focus: str | None = None  # the focus where the boundary settles it, else None


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) > 2 and w not in _ASKING_LEADS and w not in _AGREEING}


def settle(low: str, sents: list[str], asked: list[str], act: str, advice: bool,
           leading: bool, person: str, context: Sequence[str], trapped: bool = False
           ) -> Settled:
    """The act (and whether it asks, its shape, advice) once the codebook's boundaries
    are applied to what the rules and models decided for ``low``. ``trapped``: a trap is
    heard."""
    before = qs.normalise(context[-1]) if context else ""
    words = qs.WORD.findall  # counted only where a rule needs it: most utterances pass
    last = sents[-1] if sents else low
    asked_before = before.rstrip().endswith("?")
    if advice and asked and not _TAG.search(low) and (
            "me" in low and REQUEST.search(low) or _checks_their_step(low, before)):
        return Settled(act, True, _shape(asked), False, False,
                       focus=_focus(low, asked, trapped, context))
    if len(sents) == 1 and _RISING_INFERENCE.match(low) and not _TAG.search(low):
        # "You must be shattered(?)": an inference about them, not an instruction; with a
        # check on itself ("Sounds like you're proud of them, yeah?") it asks, closed
        checked = bool(asked) and CHECK.search(last) is not None
        return Settled("reflection", checked, "closed" if checked else None, False, False)
    if not asked and len(sents) == 1 and _APPRAISAL.match(low):
        # "That's a brilliant result": the listener's own evaluation (docs/codebook.md)
        return Settled("input", False, None, advice)
    # Advice first: it can turn a reflection into input. An instruction that answers a
    # question about the person's own plan is that plan ("Ring the practice manager first
    # thing" after "What's your plan for Monday?"), not advice to someone else.
    own_plan = asked_before and (
        "you" in before or "look like" in before or "step" in before) and \
        "?" not in low and _ABOUT_THEIR_PLAN.search(before) is not None and \
        _SECOND.isdisjoint(words(low))
    if own_plan or advice and (_SEND_IT.match(low) or asked and _INVITES.match(asked[-1])):
        advice = False  # "Why don't you talk me through it?" invites, it does not advise
    elif not advice and not asked_before and _advises(low, sents):
        advice = True
        if act == "reflection":
            act = "input"
    if act == "reflection" and OWN_WORD.match(low):
        return Settled("input", True, None, advice)
    if "?" in low and len(low) <= 20 and _AGAIN.match(low):
        return Settled("other", False, None, advice)
    if not asked and "?" in last and len(sents) > 1 and 0 < len(
            tag := words(last)) <= 2 and tag[-1] in qs.TAGS and not leading and \
            not advice and _says_back(low[: len(low) - len(last)], person, before):
        return Settled("reflection", True, "closed", advice)  # "... the bad. Yeah?"
    if asked and len(asked) <= 1 and not leading and act != "other" and any(
            w in low for w in _RHETORICAL_WORDS) and RHETORICAL.search(low):
        return Settled("input", False, None, advice)
    if asked and not leading and not advice and asked[-1] == last:
        first = qs.lead_words(last, 1)
        if (len(sents) == 1 and first and first[0] not in _ASKING_LEADS
                and len(said := words(low)) <= 6 and _echoes(said, before, last)):
            return Settled("reflection", False, None, advice)
        check = CHECK.search(last)
        body = low[: len(low) - len(last) + check.start()] if check else ""
        if check and (_says_back(body, person, before) or _ONLY_A_CHECK.search(check.group())
                      and "?" not in body and _FIRST.isdisjoint(qs.WORD.findall(body))):
            return Settled("reflection", True, "closed", advice)
        if before and len(sents) == 1 and first and first[0] not in _ASKING_LEADS and \
                first[0] in _SECOND and _echoes_at_length(low, before):
            return Settled("reflection", False, None, advice)  # "..., and that surprised you?"
    if (not asked and act != "question" and ASKING_STATEMENT.match(last)
            and (act != "reflection" or len(sents) == 1) and not _INFERRING.search(low)):
        return Settled("question", True, "open", advice)
    if not asked and "?" not in low and len(sents) == 1:  # "r u on nights", "whats up w u"
        if act == "question" and _CLEFT.match(last):
            return Settled("input", False, None, advice)  # "what happened was the board..."
        closed = _TEXT_QUESTION.match(last) is not None
        if (closed or _WH_TYPED.match(last)) and len(said := words(low)) <= 14 and (
                closed or not _SECOND_TYPED.isdisjoint(said) or _WH_ASKING.match(last)
                and not RHETORICAL.search(low)):
            shape = "closed" if closed or FACT.match(last) else (
                "open" if _WH_OPEN.match(last) else None)
            return Settled("question", True, shape, advice,
                           focus=_focus(low, [last], trapped, context))
    if len(low) <= 120 and not advice and any(w in low for w in _PLEASANTRY_WORDS) and \
            _PLEASANTRY.match(low):
        return Settled("other", False, None, advice)
    if asked and len(low) <= 60 and _SAY_AGAIN.search(asked[-1]):
        return Settled("other", False, None, advice)  # "Sorry, can you say that again?"
    if not asked and len(low) <= 160 and any(w in low for w in _SESSION_WORDS) and (
            SESSION_TALK.search(low) or (
            _GREETING_EXCUSE.match(low) and len(words(low)) <= 12)):
        return Settled("other", False, None, advice)
    if before and not asked and act in ("other", "input") and len(low) <= 60 and len(
            said := words(low)) <= 4:
        if act == "other" and asked_before and not CHECK.search(before) \
                and any(w not in _NO_NEWS for w in said):
            return Settled("input", False, None, advice)  # "nights", "Bolton."
        if act == "input" and CHECK.search(before) and all(w in _AGREEING for w in said):
            return Settled("other", False, None, advice)  # "yep that's it"
    if before and act == "reflection" and not asked and _AGREE_AND.match(low) and (
            CHECK.search(before) or _SAYING_BACK.match(before)) and not _INFERRING.search(low):
        return Settled("input", False, None, advice,  # "Yeah, and the juniors would love it"
                       focus=_focus(low, asked, trapped, context))
    if (not context and act == "reflection" and person == "0" and not asked
            and len(low) >= 30 and len(words(low)) >= 8 and not _REFLECTIVE_START.match(low)):
        return Settled("input", False, None, advice, focus=_focus(low, asked, trapped, context))
    shape = _shape(asked) if asked else None
    if act == "input" and not asked and not trapped and "?" not in low and _says_the_setting(
            low, words(low)):
        return Settled(act, True, None, advice, focus="neutral")
    leads = not (asked and not advice and _suggests_nothing(low, asked[-1], words(low)))
    return Settled(act, True, shape, advice, leads, focus=_focus(low, asked, trapped, context))


def _focus(low: str, asked: list[str], trapped: bool, context: Sequence[str]) -> str | None:
    """Problem or solution talk the words alone mislead about: "Sickness is down to four
    percent since the shorter shifts" is progress, "What gets in the way?" asks about the
    problem, "Who signs off the budget?" asks for a fact."""
    if asked:
        last = asked[-1]
        if PROBLEM_QUESTION.match(last):
            return "problem"
        if SOLUTION_QUESTION.match(last):
            return "solution"
        if SCALING.search(last) and not _PROBLEM_SCALE.search(last):
            return "solution"  # a scale up to where they want to be
        if not context and FACT.match(last):
            return "neutral"  # with nothing before it, a question for a fact goes nowhere
        return None
    if not trapped and any(cue in low for cue in _SOLUTION_CUES) and SOLUTION_SHAPES.search(low):
        return "solution"
    return None


def _shape(asked: list[str]) -> str | None:
    """The shape the codebook gives the last question asked, where its first word would
    mislead: one fact or a number is closed; "And the governors?" after "How did the
    parents take it?" asks the same again."""
    last = asked[-1]
    if len(asked) > 1 and len(lead := qs.WORD.findall(last)) <= 4 and lead[:1] in (
            ["and"], ["or"]) and not qs.CLOSED_LEADS.intersection(lead[1:2]):
        return _shape(asked[:-1]) or qs.lead_kind(asked[-2])
    if _TALK_ME_THROUGH.match(last):
        return "open"
    if FACT.match(last) or "?" in last and (SCALING.search(last) or OPTIONS.search(last)):
        return "closed"
    return None


def _checks_their_step(low: str, before: str) -> bool:
    """ "Will you ask her?" after the person said they could ask her."""
    check = _STEP_CHECK.match(low)
    if check is not None and re.search(rf"\bi (?:could|might|can|should|will|'ll|would"
                                       rf"|'d) (?:\w+ )?{check['verb']}\b", before) is not None:
        return True
    # "Will you ask her?" after the person told of her; "Would you bring that to the
    # board?" after they spoke of the board. Not after a question: then the name is the
    # listener's.
    option = _THEIR_OPTION.match(low)
    if option is None or not before or "?" in before:
        return False
    who = option["who"]
    return not who.startswith("the ") or who[4:] in before


def infers(low: str, sents: list[str]) -> bool:
    """Whether ``low`` is one sentence guessing how the person is or feels ("You must be
    fed up with the lot of them, surely?"): it may presume, but it puts no step forward."""
    return len(sents) == 1 and _RISING_INFERENCE.match(low) is not None


def _advises(low: str, sents: list[str]) -> bool:
    """Whether ``low`` gives advice in one of the wordings the word rules do not know."""
    opening = ADVICE_OPENING.match
    for sentence in sents:
        if opening(sentence):
            return True
    return ADVICE_ANYWHERE.search(low) is not None  # gated: most texts are not searched


def _echoes(words: Sequence[str], before: str, last: str) -> bool:
    """Whether a short question says back the other person's words with a rising tone."""
    if _RISING_INFERENCE.match(last):
        return True
    if "you" in words or "your" in words or "i" in words:
        return False
    mine = _content(words)
    if not mine:
        return False
    # with nothing said before, "Barbara Roberts?" may as well ask who she is
    return len(mine & set(qs.WORD.findall(before))) * 2 >= len(mine)


def _echoes_at_length(low: str, before: str) -> bool:
    """Whether a "you ..." statement said as a question mostly says back ``before``."""
    mine = _content(qs.WORD.findall(low)) - _SECOND
    return len(mine) >= 3 and len(mine & set(qs.WORD.findall(before))) * 5 >= len(mine) * 3


def _says_back(body: str, person: str, before: str) -> bool:
    """Whether ``body``, the statement before a check, says back the other person's
    words."""
    if "?" in body:
        return False
    body = body.strip(" ,.!-")
    if not body:
        return False
    if _SAYING_BACK.match(body) or not _SECOND.isdisjoint(qs.WORD.findall(body)):
        return True
    if person == "f":
        return False
    if before:
        mine = _content(qs.WORD.findall(body))
        return bool(mine) and len(mine & set(qs.WORD.findall(before))) * 2 >= len(mine)
    return False
