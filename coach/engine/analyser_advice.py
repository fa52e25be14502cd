"""More wordings of advice put as a question, beyond the table in ``analyser_cues``.

Each pattern runs over lowercased text with straight apostrophes. The forms here are the
ones a listener uses to put a step forward without naming it as advice
(docs/codebook.md, "advice"):

- a presuming tag: "You're not going to let that slide, are you?", "You'll push back on
  it, won't you?", "You've told them, haven't you?";
- an option of someone else doing it: "Could Priya take the Monday clinic?", "Would the
  site lead run a session?";
- a step imagined with its outcome asked: "If you sat in on one, would that help?";
- a step taken for granted: "Isn't it time you told him?", "Wouldn't you be better off
  dropping it?", "Surely the first step is asking her?".

Text speak ("u", "ur", "youre", "whats") is read as its spelling (:func:`spelled`).

:data:`ADVICE_SAID` holds advice said straight in wordings the table of
``analyser_cues`` lacks: "Maybe you could ask the deputy", "You can always ask for an
extension", "Don't take it personally", "The trick is to...", "Worth a try", "Best to
leave it till Monday". Not when the speaker names their own step in the same breath
("worth a go, I'll send it Friday"): then it is their plan.
"""

from __future__ import annotations

import re

from coach.engine.prefilter import Gated, words_of

_YOU = r"(?:you|u|ya)"
#: Where a clause opens: the start, after a mark, or after "and", "so", "well"... (each a
#: look-behind, so that a search skips fast to the word that follows; see _opening).
_CLAUSE = (r"(?:^|(?<=[.?!,;:] )" + "".join(
    rf"|(?<=\b{word} )" for word in "and so but or ok okay well right then honestly".split())
    + ")")


def _opening(words: str) -> str:
    """A clause opening on one of ``words`` (an alternation)."""
    return r"(?=\b(?:" + words + r") )" + _CLAUSE + r"(?:" + words + r") "
#: Steps someone has taken, in the past participle ("you've told them").
_DONE = (r"(?:told|asked|tried|spoken|talked|raised|written|emailed|e-mailed|rung|called"
         r"|chased|checked|flagged|logged|reported|escalated|sent|booked|pushed|mentioned"
         r"|shared|offered|challenged|contacted|approached|put it|put that|got (?:it|that|them"
         r"|her|him) (?:in|on|to|signed))")
#: Steps someone could take, in the past tense ("what if you rang her", "if you sat in").
_DID = (r"(?:told|asked|rang|called|phoned|emailed|e-mailed|texted|sent|spoke to|talked to"
        r"|went (?:to|and|back|over|straight|in)|took|brought|invited|handed|delegated|put|raised"
        r"|flagged|wrote|let|gave|offered|said (?:no|yes)|pushed back|shared|showed|moved"
        r"|swapped|booked|tried|suggested|proposed|explained|challenged|stopped|dropped|asked for"
        r"|got (?:someone|somebody|her|him|them|the|a|an|your)|sat (?:in|down)|observed|shadowed"
        r"|paired|split|cancelled|canceled|checked with|chased|escalated|reported|involved"
        r"|looped|copied|trained|met|approached|contacted|started|set up|blocked)")
#: What another person could be asked to do for them ("could Priya take the clinic?").
_THEIR_STEP = (r"(?:take|run|cover|shadow|lead|pick up|step in|come (?:in|along|with (?:you|u))"
               r"|come and (?:talk|speak|see|meet|help|explain|present|sit)|present|share|train"
               r"|mentor|chair|sign|handle|organise|organize|write|email"
               r"|ring|call|ask|tell (?!(?:you|u)\b)|speak to (?!(?:you|u)\b)"
               r"|talk to (?!(?:you|u)\b)"
               r"|sit in|join|own|deliver|hold|pair|buddy|back (?:you|u|it|that)|support"
               r"|review|go (?:to|and|with|instead)|send|bring|swap|host|introduce|teach|show"
               r"|explain|announce|contact|meet|arrange|book|answer|deal with|do (?:a|an|some"
               r"|the|more|one|two|three|extra|nights|days|weekends|lates|earlies|half|part)\b"
               r"|help (?:out|with)|cover|look after|take over|chase|check|draft|fill in|step up)")
#: Who such a question names: someone other than the two talking ("Ruth", "the owner",
#: "one of the seniors", "Chidi or Grace").
_SOMEONE = (r"(?!(?:you|u|i|we|it|that|this|there|what|which|how|anything|something|things"
            r"|life)\b)(?:(?:the|your|her|his|their|one of (?:the|your|them|those)) )?[a-z]+"
            r"(?: (?:or|and) [a-z]+)?")
#: What follows "you'll ..." when it is a forecast, not a step: "you'll be fine".
_FORECAST = (r"be|feel|know|miss|love|hate|enjoy|like|find|see|hear|remember|get (?:there|over"
             r"|used)|manage|cope|survive|sleep|need|have|want (?!to\b)")

#: After "have you thought about": what explores rather than puts a step forward.
_NOT_A_PLAN = (r"(?:what|how|why|where|when|who|whether|if|it|that|this|them|him|her|the way"
               r"|yourself|so far|before|already|with|about|since|there|here|anything|everything"
               r"|something|nothing|at|in|for|to|on|much|more|lately|recently)\b")
#: What the person could be told to do: "you could ask her", "maybe you could chase it".
_STEP = (r"(?:ask\b(?! (?:me|us|yourself)\b)|tell (?:her|him|them|the|your|someone|somebody"
         r"|everyone|people)|speak to|talk to (?!(?:me|us)\b)|have a (?:word|chat|quick word"
         r"|conversation) with|ring|call|phone|email|e-mail|text|message|send|write to"
         r"|write (?:it|that|down|up|a|an)|raise|flag|escalate|delegate|hand|book|put|take"
         r" (?!(?:it|that) (?:personally|hard|badly)\b)|bring|invite|offer|suggest|propose|try"
         r"|get (?:someone|somebody|help|cover|her|him|them|the|a|an|it|that) |go (?:to|and"
         r"|straight|in|over|up)|set up|block|push back|say (?:no|yes)|swap|split|drop|stop"
         r"|start|check with|chase|share|record|log|document|report|apply|look (?:into|for)"
         r"|find (?:out|someone|somebody)|contact|approach|mention|arrange|sit down|step back"
         r"|let (?:her|him|them|someone|somebody|the) |give (?:her|him|them|it|someone|a|the)"
         r"|use|join|move|cancel|challenge|leave (?:it|her|him|them)|pair|meet|keep (?:a|the"
         r"|notes|track|records)|make sure|copy|loop|involve|prioriti[sz]e|focus on|pick up)")
#: The same steps as gerunds: "how would you feel about asking her?"
_STEPPING = (r"(?:asking|telling|speaking to|talking to (?!(?:me|us)\b)|ringing|calling|phoning"
             r"|emailing|texting|sending|writing|raising|flagging|escalating|delegating"
             r"|handing|booking|putting|taking|bringing|inviting|offering|suggesting|proposing"
             r"|trying|getting|going|setting up|blocking|pushing back|saying no|swapping"
             r"|splitting|dropping|stopping|starting|checking|chasing|sharing|reporting"
             r"|applying|contacting|approaching|mentioning|arranging|sitting down|stepping back"
             r"|letting|giving|using|joining|moving|cancelling|challenging|leaving|pairing"
             r"|meeting|keeping|copying|involving|prioriti[sz]ing|picking up)\b")

#: Each form on its own, behind its own gate (see coach.engine.prefilter): a text is
#: searched only for the forms whose words it holds.
_FORMS = (
    # "You're not going to let that slide, are you?", "ur not gonna sit there and take it?"
    r"\b(?:you're|youre|you are|ur) (?:surely )?not (?:really |seriously |actually |honestly"
    r" |just |surely )?(?:going to|gonna) (?!(?:like|believe|enjoy|want|need|be|have|know"
    r"|feel)\b)[a-z]+[^.?!]*\b(?:are " + _YOU + r"|r u|surely)\b[^.?!]*\?",
    # "You'll push back on that, won't you?", "You'll want to put that in, won't you?"
    r"\b(?:you'll|youll|you will) (?:(?:definitely|surely|still|also|just) )?(?!(?:" + _FORECAST
    + r")\b)[a-z]+[^.?!]*\b(?:won't|wont|will) " + _YOU + r"\b[^.?!]*\?",
    # "You've told them there'll be consequences, haven't you?", "You've asked, surely?"
    r"\b(?:you've|youve|you have) (?:already |at least |definitely )?" + _DONE
    + r"\b[^.?!]*\b(?:(?:haven't|havent|have) " + _YOU + r"|surely)\b[^.?!]*\?",
    # "Have you thought of a rota?", "have u tried the helpline?", "Haven't you considered..."
    _opening("have|haven't|havent") + _YOU + r" (?:ever )?(?:thought of|thought about"
    r"|considered|tried) (?!" + _NOT_A_PLAN + r")[a-z]+",
    # "Ever thought about going part time?", "Tried talking to her?": the same, cut short
    r"(?:^|[.?!] )(?:(?:and|so|but|ok|okay),? )?(?:ever )?(?:thought (?:about|of)|considered"
    r"|tried) (?!" + _NOT_A_PLAN + r")[a-z]+[^.?!]*\?",
    r"(?:^|[.?!] )ever (?:asked|spoken to|talked to)\b[^.?!]*\?",
    # "Would you be open to trying nights?", "Any chance you could hand it over?"
    _opening("would") + _YOU + r" be (?:open to|willing to|up for) (?!(?:(?:kind of|sort"
    r" of|maybe|just) )?(?:telling|tell|sharing|share|saying|say|talking|talk|go over|going"
    r" over|go through|going through|exploring|explore|looking|look|thinking|think|describing"
    r"|describe|hearing|hear|reading|read|discussing|discuss|learning|learn|do)\b)",
    r"\bany chance " + _YOU + r" (?:could|can|might) (?!(?:tell|say|share|explain|talk)\b)",
    r"\b(?:how would|how'd) " + _YOU + r" feel about (?:just )?" + _STEPPING,
    r"\b(?:is there )?(?:a|any) (?:good )?reason " + _YOU + r" (?:can't|couldn't|cant"
    r"|couldnt) (?:just )?" + _STEP,
    r"\bwhy wouldn't " + _YOU + r" (?:just )?" + _STEP,
    _opening("do") + _YOU + r" think " + _YOU + r" (?:could|can|might) (?:just |maybe"
    r" |perhaps )?" + _STEP,
    r"\bdo " + _YOU + r" think it (?:might|would|could|'d) (?:be worth|help to)\b",
    r"\bi wonder (?:if|whether) " + _YOU + r" (?:could|might|can) (?:just |maybe |perhaps )?"
    + _STEP,
    r"\bhave u looked at\b",
    # "Isn't it time you told him?", "Do you think maybe it's time to step back?",
    # "Wouldn't you be better off dropping it?"
    r"\b(?:isn't it|(?:do|don't) " + _YOU + r" think (?:maybe |perhaps )?it's|maybe it's)"
    r" (?:about )?time (?:you|u|to|for " + _YOU + r" to)\b(?! (?:move on|wrap|stop there"
    r"|pause|take a break|finish|end)\b)",
    r"\bwouldn't " + _YOU + r" (?:rather|be better off|prefer to)\b",
    r"\b(?:should|shouldn't) " + _YOU + r" (?:really |not )?be [a-z]+ing\b[^.?!]*\?",
    r"\bdon't " + _YOU + r" think " + _YOU + r" (?:owe|need to|might|must|'d be better"
    r"|would be better)\b",
    r"\bwhats stopping " + _YOU + r" (?:from )?(?:just |simply |really )?(?:not )?[a-z]+ing\b",
    r"\bwhat (?:keeps|is keeping|'s keeping) " + _YOU + r" from [a-z]+ing\b",
    # "If you sat in on one, would that help?"
    r"\bif " + _YOU + r" (?:just |simply |actually )?" + _DID + r"\b[^.?!]*,? (?:would|could"
    r"|might) (?:that|it|this) (?:help|work|do it|do the trick|make a difference|be enough"
    r"|sort it|fix it)\b[^.?!]*\?",
    # "Could Priya take the Monday clinic?", "And would the site lead run a session?"
    _opening("could|would|can|couldn't|might") + _SOMEONE
    + r" (?:also |maybe |perhaps |not |just )?" + _THEIR_STEP + r"[^.?!]*\?",
    # "What if Chloe presented it at the practice meeting?", "Supposing you asked her?"
    r"\bwhat if (?!(?:we|i|it|that|this|there|you|u|they|he|she)\b)(?:(?:the|your|one of"
    r" (?:the|your|them)) )?[a-z]+(?: [a-z]+)? (?:just )?" + _DID + r"\b[^.?!]*\?",
    r"\bsuppos(?:e|ing) " + _YOU + r" (?:just )?" + _DID + r"\b",
    r"\b(?:how|what) about if (?:you|u|we) (?!(?:share|tell|talk|say|walk|describe|explain"
    r"|think|go over|go through)\b)",
    # "Would bringing the data be a way in, do you think?"
    r"\bwould [a-z]+ing\b[^.?!]{0,40} be (?:a (?:way in|way forward|start|first step|good"
    r" idea|good place to start|help)|an (?:option|idea|idea worth)|worth (?:a|it|trying)"
    r"|helpful|useful)\b",
    # "What about Darren, he ran the inductions?", "What about Lewis, could he cover?"
    r"(?:^|[.!?] )(?:(?:so|and|ok|okay|well),? )?(?:what|how) about [a-z' ]{1,25}, (?:(?:he"
    r"|she|they) (?:ran|runs|used to|did|has done|knows how|is good at|'s good at)|(?:could"
    r"|would|can) (?:he|she|they))\b",
    # "Or just drop the shift?": a step offered as the other way
    r"(?:^|[.?!] )or (?:just |maybe |perhaps |even )?" + _STEP + r"[^.?!]*\?",
    # "Is there a deadline you can give her?", "Is there any way you could hand it on?"
    r"\bis there (?:a|an|any) (?!(?:version|time|way|part|bit|moment|chance|reason)\b)"
    r"[a-z0-9' ]{1,40}? " + _YOU + r" can (?:show|send|use|give|bring|share|ask|take|try|borrow"
    r"|reuse|point|hand)\b",
    r"\bis there (?:any )?way " + _YOU + r" (?:could|can|might) (?:just )?" + _STEP,
    r"\bwould it be possible (?:for " + _YOU + r" )?to (?!(?:talk|say|tell me|share|go over"
    r"|come back)\b)",
    r"\b(?:is|would) (?:it|that|there) (?:be )?an option to (?!(?:talk|say)\b)",
    r"\bcould it be worth\b",
    r"\b(?:can|could|may|might) i (?:suggest|make a suggestion|recommend|offer (?:a|an|one)"
    r" (?:suggestion|idea|thought))\b",
    # "Surely the first step is asking her?", "Surely she'd come if you asked her?"
    r"\bsurely\b[^.?!]*(?:if " + _YOU + r" (?:just )?" + _DID + r"|the (?:first|obvious|best"
    r"|next|right) (?:step|thing|place|person|move|people)|place to start|worth)[^.?!]*\?",
)
#: For each form, words one of which any match holds (as runs of a-z: "wouldn't" holds
#: "wouldn"): a text is searched only for the forms whose words it holds.
_NEEDS = (
    "gonna going",
    "won wont will",
    "haven havent have surely",
    "thought considered tried",
    "thought considered tried",
    "ever",
    "open willing up",
    "chance",
    "feel",
    "reason",
    "wouldn",
    "think",
    "think",
    "wonder",
    "u",
    "time",
    "wouldn",
    "should shouldn",
    "think",
    "whats",
    "keeps keeping",
    "help work trick difference enough sort fix do",
    "could would can couldn might",
    "if",
    "suppose supposing",
    "if",
    "would",
    "about",
    "or",
    "there",
    "way",
    "possible",
    "option",
    "worth",
    "suggest suggestion recommend offer",
    "surely",
)
#: For each form, pieces of text every match holds: a cheaper check than the search.
_HOLDS: tuple[tuple[str, ...], ...] = (
    ("?", "not "), ("?", "ll "), ("?", "ve "), (), ("?",), ("?", "ever "), ("would ", " be "),
    ("chance ",), ("feel about ",), ("reason ",), ("why ",), ("do you think ",),
    ("think it ",), ("wonder ",), ("have u ",), ("time ",), ("wouldn",), (" be",),
    ("don't you think ",), ("whats ",), (" from ",), ("?", "if "), ("?",), ("?", "what if "),
    ("suppos",), ("about if ",), ("would ", "ing"), (", ", "about "), ("?", "or "),
    ("is there ",), (" way ",), ("possible ",), (" option ",), ("could it ",), (" i ",),
    ("?", "surely"),
)
ADVICE_FORMS = tuple(re.compile(form) for form in _FORMS)
_FORMS_OF: dict[str, tuple[int, ...]] = {}
for _at, _words in enumerate(_NEEDS):
    for _word in _words.split():
        _FORMS_OF[_word] = (*_FORMS_OF.get(_word, ()), _at)


def advice_form(low: str) -> re.Match[str] | None:
    """The first of the advice forms found in ``low``."""
    held = words_of(low)
    wanted = sorted({at for word in _FORMS_OF.keys() & held for at in _FORMS_OF[word]})
    for at in wanted:
        if all(piece in low for piece in _HOLDS[at]) and (
                found := ADVICE_FORMS[at].search(low)) is not None:
            return found
    return None

#: The speaker's own step in the same breath ("worth a go, I'll send it Friday"): what
#: sounds like advice is their plan.
OWN_PLAN = Gated(re.compile(
    r"\b(?:i|we)(?:'ll| will| could| can| might|'m going to| am going to|'re going to"
    r"| are going to| shall)\b|\bill\b"
))
ADVICE_SAID = re.compile(
    # "You can always ask for an extension", "Maybe you could ask the deputy"
    r"\b(?:you|u) (?:can always|could always) (?:just )?" + _STEP
    + r"|\b(?:maybe|perhaps) (?:you|u) (?:could|might|should) (?:just |also )?" + _STEP
    # text speak: "u should tell her", "u need to get that in writing"
    + r"|\bu (?:really |probably |definitely |just )?(?:should|ought to|need to|have to|must"
    r"|gotta|got to)\b"
    r"|\bi(?:'d| would) be (?:tempted|inclined) to\b"
    r"|\b(?:you're|you are) (?:allowed|entitled|within your rights) to " + _STEP
    + r"|\b(?:you|u) (?:might|may) wish to (?!(?:talk|say|tell me|share)\b)"
    r"|\bit'd (?:help to|be (?:good|wise|best|helpful|a good idea|worth|better) (?:to|if you"
    r"|asking|checking|trying|ringing|getting))\b"
    r"|\bi'd say (?:go|just|ask|tell|speak|talk to|take|try|leave)\b"
    r"|(?:^|[.!?] )(?:(?:so|just|honestly|then),? )*go for it\b"
    r"|\b(?:don't forget to|remember to (?!breathe\b))"
    r"|\b(?:another|the other) thing (?:you|u) (?:could|can|might) (?:do|try|consider) is\b"
    r"|\bif it (?:was|were) me\b|\b(?:in|if i (?:was|were) in) your (?:shoes|position|place)\b"
    r"|\byou'd (?:do better|be wise|be well advised) to\b"
    r"|\b(?:you'll|you will) (?:probably |definitely |really )?want to (?!(?:be|feel"
    r"|know|think|talk|say|hear|have)\b)"
    r"|\bdon't take it (?:personally|to heart)\b"
    # "The trick is to get it in writing", "What you could do is send a note round"
    r"|\bthe (?:trick|key|secret|answer|thing to do|way to do it|way forward) is (?:to|just)\b"
    r"|\bwhat (?:you|u) (?:could|should|might|want to|need to|have to|ought to) do is\b"
    # "Worth a try.", "Might be worth a chat with HR", "Worth asking the chair"
    r"|(?:^|[.!?,] )(?:(?:so|and|but|honestly|maybe|probably|definitely|always),? )?(?:(?:it )?"
    r"(?:might|could|may|would|'d) be (?:well |really )?)?worth (?:a (?:try|go|shot|call"
    r"|look|chat|word|punt|conversation)|(?!(?:fighting|remembering|saying|noting|knowing"
    r"|thinking|exploring|talking|discussing|mentioning|unpacking|considering|reflecting"
    r"|having|it|that|the|every|more|less|nothing|something)\b)[a-z]+ing\b(?! for\b))"
    # "Best to leave it till Monday", "Probably better to ask now than later"
    r"|(?:^|[.!?] )(?:(?:so|and|honestly|i think|probably|definitely|always|usually),? )*"
    r"(?:it's |it is )?(?:probably |definitely |always |usually )?(?:best|better) (?:not )?to"
    r" (?!(?:be|have|know|feel|think|say|hear|talk)\b)"
)
GATED_ADVICE_SAID = Gated(ADVICE_SAID)

#: Text speak spelled out for the advice patterns: "u" is "you", "dont" is "don't".
_SPELLINGS = {"u": "you", "youre": "you're", "youve": "you've", "youll": "you'll",
              "dont": "don't", "cant": "can't", "wont": "won't", "isnt": "isn't",
              "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't",
              "havent": "haven't", "didnt": "didn't", "whats": "what's"}
_TEXT_SPEAK = Gated(re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b"))


def spelled(low: str) -> str:
    """``low`` with its text speak spelled out (most texts hold none, and are returned)."""
    return _TEXT_SPEAK.sub(lambda m: _SPELLINGS[m.group()], low)
