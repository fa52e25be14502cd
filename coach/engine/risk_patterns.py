"""The word rules behind ``coach.engine.risk``: families of patterns, and the idioms they skip.

Every pattern here runs over one sentence of text already put through
``risk.normalise`` (see ``SPELLINGS`` at the end): lower case, straight apostrophes,
text speak written out ("dont" is "don't", "wanna" is "want to", "w/o" is "without"),
the names of common medicines written "tablets" and every spelling of self-harm written
"selfharm". A sentence has lost its closing full stop, so ``$`` is its end.

The rules are built from parts rather than phrases, so that a wording nobody wrote
down is still heard: a wish or a thought ("I'd give anything to", "I keep picturing")
joined to a death word ("not wake up", "cease to exist"); a means or a place joined
to an urge to use it ("stepping off the edge", "the tree on the bend and putting my
foot down"); a person joined to something done to the speaker ("he pins me against").

Each ``Rule`` names the words it needs (``needs``, and for some ``and_needs`` as
well), so a sentence without them costs nothing; patterns it ``also`` needs in the
sentence, or that rule it out (``unless``); and the checks the detector makes before
it believes a match (see ``risk._believed``):

- ``deny``: an outright denial just before it ("I'd never hurt myself") cancels it.
- ``self``: the words must be about the speaker, not a pupil, a patient or "she".
- ``scope``: the words can mean a job as well as a life ("I don't want to be here
  anymore"); a clause that says it means the job ("in this organisation I mean")
  cancels it, and so does a limit straight after ("not exist in the group chat").
- ``vague``: the words mean nothing much alone ("I can't do this anymore"); they count
  only when a nearby clause says it is life, not work ("I mean life, not work").
- ``joke``: jokey hyperbole about a boring thing ("I'll top myself if I have to watch
  that video again") is not heard.
- ``ctx``: what the rule ``also`` needs may be in the sentence before ("I have the
  tablets. I haven't taken them yet.").

Patterns are compiled on first use (``Pattern``), not at import.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from coach.engine.prefilter import Gate, gate

RiskKind = Literal["suicide", "self-harm", "danger"]

# --------------------------------------------------------------------------- rule type


class Pattern:
    """A regex compiled the first time it is searched.

    There are a few hundred of them and compiling them all costs about a tenth of a
    second, which would otherwise be paid by every ``import coach`` that reaches the
    engine, including start-ups that never read a word for risk.

    A pattern that starts on a word edge and is first looked for as a whole (a rule's
    own, see ``_bounded``) can say whether it occurs more cheaply, from the text with a
    space before it (``found_in``): searched as "a character that is not part of a
    word, then the rest", its search skips from one such character to the next, where
    a pattern that starts with a look-behind is tried at every character of the text.
    """

    __slots__ = ("source", "_compiled", "spaced_source", "_spaced", "_gate")
    made: list[Pattern] = []

    def __init__(self, source: str, spaced_source: str | None = None) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None
        #: The same pattern for the text after an added space, where there is one.
        self.spaced_source = spaced_source
        self._spaced: re.Pattern[str] | None = None
        self._gate: Gate | None = None
        Pattern.made.append(self)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def found_in(self, spaced_text: str, letters: AbstractSet[str] | None = None) -> bool:
        """Whether the pattern occurs in ``spaced_text[1:]`` (the first character being
        a space added before the text).

        ``letters``: a set holding every run of the letters a-z in the text (more will
        do). With it, the search, and the compiling before the first, are skipped where
        the pattern's gate (``gate_of``) says there can be no match: for most texts.
        """
        if self.spaced_source is None:
            return self.search(spaced_text[1:]) is not None
        if letters is not None and not (self._gate or self._read_gate()).admits(
                spaced_text, letters):
            return False
        if self._spaced is None:
            self._spaced = re.compile(self.spaced_source)
        return self._spaced.search(spaced_text) is not None

    def _read_gate(self) -> Gate:
        self._gate = gate_of(self.spaced_source or self.source)
        return self._gate

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return (self._compiled or self.compiled()).search(string, pos)

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled().match(string, pos)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string)

    def sub(self, repl: str, string: str) -> str:
        return self.compiled().sub(repl, string)


def compile_all() -> None:
    """Compile every pattern now, so that no later search pays for it."""
    for pattern in Pattern.made:
        pattern.compiled()
        pattern.found_in(" ")


#: The gates of the quicker searches (``Pattern.found_in``), read from the patterns by
#: ``write_gates``: reading them costs about as much as compiling, which most patterns
#: are then spared.
GATES_FILE = Path(__file__).with_name("data") / "risk_gates.json"


def _gate_key(source: str) -> str:
    """What a pattern's gate is filed under: a digest of the pattern, so that a gate
    read from an older wording is never taken for the pattern's own."""
    return hashlib.blake2b(source.encode(), digest_size=12).hexdigest()


@cache
def _stored_gates() -> dict[str, Any]:
    try:
        stored = json.loads(GATES_FILE.read_text(encoding="utf-8"))["gates"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def gate_of(source: str) -> Gate:
    """The gate (``coach.engine.prefilter``) of the regex ``source``: the one filed for
    it in ``GATES_FILE``, or else read from the pattern now."""
    stored = _stored_gates().get(_gate_key(source))
    if stored is not None:
        try:
            return Gate.from_data(stored)
        except (TypeError, ValueError):
            pass  # not the shape written: read it from the pattern
    return gate(re.compile(source))


def gates_data() -> dict[str, Any]:
    """The gate of every quicker search, filed by its key: what ``GATES_FILE`` holds."""
    return {_gate_key(p.spaced_source): gate(re.compile(p.spaced_source)).to_data()
            for p in Pattern.made if p.spaced_source is not None}


def write_gates(path: Path = GATES_FILE) -> None:
    """Write ``GATES_FILE`` anew, as after a rule's wording changes (a test says when)."""
    data = {"about": "gates of coach.engine.risk_patterns' searches; see write_gates",
            "gates": gates_data()}
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")


@dataclass(frozen=True)
class Rule:
    """One pattern of a family: what it means, what it needs, and what must be checked."""

    kind: RiskKind
    family: str
    needs: frozenset[str]
    pattern: Pattern
    also: tuple[Pattern, ...] = ()
    unless: tuple[Pattern, ...] = ()
    checks: frozenset[str] = frozenset()
    #: A second set of words, one of which the sentence must also hold.
    and_needs: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _gaps(body: str) -> str:
    # A word skipped over in a gap ("(?:\w+ )") may be "i'm" or "ex-wife" too.
    return body.replace(r"(?:\w+ )", r"(?:[\w'-]+ )").replace(r"(?: \w+)", r"(?: [\w'-]+)")


def _compile(body: str) -> Pattern:
    return Pattern(_gaps(body))


def _bounded(body: str, *, skimmed: bool = False) -> Pattern:
    """A pattern that starts and ends on a word edge, so "die" is not heard in "studied";
    ``skimmed``: one first looked for as a whole (see ``Pattern.found_in``)."""
    body = _gaps(body)
    # Found in " " + text as "not a word's character, then the body" exactly where the
    # body follows a word edge in the text, as long as the body cannot see the space.
    spaced = None
    if skimmed and _blind_to_a_space(body):
        spaced = r"[^a-z0-9'](?:" + body + r")(?![a-z0-9])"
    return Pattern(r"(?<![a-z0-9'])(?:" + body + r")(?![a-z0-9])", spaced)


#: Look-behinds that cannot match a space added before the text: a class without one, or
#: words that start with a letter.
_BLIND_BEHIND = re.compile(r"\(\?<!(?:\[a-z0-9'\]|\[a-z'\]|[a-z][a-z' ]*)\)")


def _blind_to_a_space(body: str) -> bool:
    """Whether ``body`` reads a text the same with a space before it: it has no anchor
    to the start, and no look-behind that could take in the space."""
    if "^" in body.replace("[^", "") or "\\A" in body:
        return False
    return "(?<" not in _BLIND_BEHIND.sub("", body)


def rule(
    kind: RiskKind,
    family: str,
    needs: str,
    pattern: str,
    *,
    also: tuple[str, ...] = (),
    unless: tuple[str, ...] = (),
    checks: str = "",
    and_needs: str = "",
) -> Rule:
    """A rule from plain strings: ``needs`` and ``and_needs`` are space-separated words."""
    return Rule(
        kind,
        family,
        _words(needs),
        _bounded(pattern, skimmed=True),
        tuple(_bounded(p) for p in also),
        tuple(_bounded(p) for p in unless),
        _words(checks),
        _words(and_needs),
    )


def trie(words: Iterable[str]) -> str:
    """One regex for a list of literal words, sharing their prefixes ("dont|didnt" is
    "d(?:ont|idnt)"): much faster to search than a flat alternation of hundreds."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


# --------------------------------------------------------------------------- parts

#: Words that soften or pad a phrase without changing who or what it is about.
FILL = (
    r"(?:(?:just|really|so|sometimes|honestly|genuinely|seriously|truly|quite|simply|actually"
    r"|literally|kind of|sort of|maybe|probably|almost|even|still|secretly|quietly|often"
    r"|always|all|so much|badly|so badly|desperately|then|now|finally|properly|completely"
    r"|totally|fully|mostly|occasionally|definitely|like|also|too|more and more|increasingly"
    r"|lately|recently|constantly|a lot|every day|every night|some days|at times) ){0,3}"
)
#: What may stand between a wish or a thought and the death word it leads to.
LINK = (
    r"(?:(?:to|of|about|on|that|if|how|i|i'd|i'll|i'm|me|myself|could|would|might|can|should"
    r"|be able to|just|really|simply|quietly|peacefully|finally|it would be|it'd be|a relief"
    r"|kinder|easier|better|nice|peaceful|simpler|the idea of|the thought of|a|an|was|were"
    r"|had|been|be|go and|and|for|with|sometimes|honestly|maybe|kind of|sort of|actually"
    r"|so|all|rather|sooner|ever|never again|then|now|ways to|a way to|how to|the best way to"
    r"|ways of|methods of|the easiest way to|the quickest way to) ){0,5}"
)

#: A wish, a longing, a relief: "want", "I'd give anything", "wouldn't mind".
WISH = (
    r"(?:want|wanted|wants|wanting|wish|wished|wishes|wishing|hope|hoped|hopes|hoping|pray"
    r"|prayed|praying|prays|long|longed|longing|yearn|yearning|need|needed|needing|craving"
    r"|(?:i|we|you|they|he|she)'d (?:\w+ )?(?:like|love|prefer|rather|sooner)"
    r"|would (?:\w+ )?(?:like|love|prefer"
    r"|rather|sooner)|(?:i'd|i would|would) (?:give|do) anything|(?:i'd|i would|would|i could)"
    r" (?:quite )?(?:happily|gladly|willingly)|ready|tempted|tempting|urge|urges|feel like"
    r"|felt like|feeling like|feels like|wouldn't mind|won't mind|wouldn't care|don't care"
    r"|relief|kinder|easier|better|simpler|best|fairer|only option|only way out|only answer"
    r"|only exit|only choice|only solution|the answer|way out|except|other than|apart from"
    r"|involves?|involving|can't wait|want out)"
)
#: A thought, a picture, a plan or an attempt: "I keep picturing", "I've made my mind up".
THINK = (
    r"(?:think|thinking|thinks|thought|thoughts|picture|picturing|pictured|imagine|imagining"
    r"|imagined|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|fantasies|dream|dreaming|dreamt"
    r"|dreamed|dreams|consider|considering|considered|obsess|obsessing|obsessed|preoccupied"
    r"|plan|planning|planned|plans|intend|intending|intended|decided|deciding|made my mind up"
    r"|made up my mind|my mind's made up"
    r"|mind is made up|going|try|trying|tried|attempt|attempted|attempting|close|closer"
    r"|nearly|almost|urge|urges|keep seeing|wonder|wondering|wondered|research|researching"
    r"|googling|googled|looking up|looked up|reading about|read about|idea|ideas)"
)
#: What turns a means or a place into a thought of using it: "I keep picturing", "tempted".
URGE = (
    r"(?:think|thinking|thinks|thought|thoughts|picture|picturing|pictured|imagine|imagining"
    r"|imagined|fantasi[sz]\w*|dream|dreaming|dreamt|dreamed|consider|considering|considered"
    r"|tempted|tempting|urge|urges|want|wanted|wanting|wants|wish|wished|wishing|hope|hoping"
    r"|wonder|wondering|wondered|plan|planning|planned|nearly|almost|close to|obsess\w*"
    r"|keep seeing|can't stop|could just|on purpose|deliberately|feel like|felt like|i'd like"
    r"|would like|i'd rather|longing|long to|itching to|the idea of|made my mind up"
    r"|made up my mind|decided)"
)
#: A death, named or implied, in the shapes that follow a wish or a thought.
DEATH = (
    r"(?:die(?! (?:my|your|her|his|the|it|them) (?:hair|beard|roots|clothes|jeans|shirt|top"
    r"|eyebrows|fabric|wool))|dying|be dead|being dead|dead|my (?:own )?death|end up dead"
    r"|(?:kill|killing|top|topping|off|offing|end|ending|hang|hanging|drown|drowning|shoot"
    r"|shooting|gas|gassing|poison|poisoning|electrocute|suffocate|suffocating|overdose"
    r"|overdosing) myself|do(?:ing)? myself in|(?:take|taking) my (?:own )?life"
    r"|(?:end|ending) (?:it all|everything|my (?:own )?life|my days|the pain)"
    r"|(?:end|ending) (?:it|things)(?! (?:with|between|for (?:the|our|my)|early|on (?:a|the)"
    r"|off|there|here|now and|at (?:the|that)|on good terms|amicably))|(?:end|ending) this"
    r"(?=$|[,.])"
    r"|suicide|overdos(?:e|ing)|an overdose"
    r"|(?:not|never) (?:to )?(?:be|being|been) (?:here|around|alive|anywhere|in this world"
    r"|on this earth|born)|(?:not|never) (?:to )?(?:exist|existing|existed|live|living"
    r"|wak(?:e|ing) up|woken up|come back|coming back|have been born|have existed"
    r"|have been here|see (?:tomorrow|another day|the morning))"
    r"|(?:i|me) (?:won't|don't|wouldn't|never|didn't|just don't|just won't) (?:wake up|wake"
    r"|come back|make it through the night|survive the night|see (?:the morning|tomorrow"
    r"|another day))(?! (?:until|till|before|in time))"
    r"|(?:stop|stopped|cease|ceased|ceasing|stopping) (?:to exist|existing|living|breathing"
    r"|being alive|being here)|cease to be"
    r"|(?:disappear|disappearing|vanish|vanishing)(?! (?:for (?:a|an|the|one|two|three|half"
    r"|some|\d+|ages)|into|to|from|off to|off|on|under|somewhere|abroad|for lunch|for now))"
    r"|fade away|fading away|fade out|be erased|being erased|be wiped out"
    r"|(?:be|being) gone(?! (?:by|before|for|from|when|until|till|at|in|on|after|so|and back"
    r"|early|by then|a while|ages))"
    r"|(?:take|taking) myself out of (?:the picture|the equation|everyone's lives|the world"
    r"|it all)|remove myself (?:from (?:the picture|the world|everyone's lives|existence)"
    r"|permanently)"
    r"|(?:go|going|fall|falling|drift|drifting) (?:off |to sleep |asleep )(?:and )?(?:just )?"
    r"(?:not|never|forever|for good|permanently)(?: (?:wake|wake up|come back|return|again))?"
    r"|(?:disappear|vanish|go away|fade away|slip away|drift away) (?:and )?(?:just )?(?:never"
    r"|not) (?:come back|return|be found|be seen again)"
    r"|sleep forever|(?:go|going) through with it"
    r"|(?:go|going|slip|slipping|sink|sinking) under (?:the water )?(?:and )?(?:stay(?:ing)?"
    r" (?:there|under|down)|not (?:come|coming) (?:back )?up|never (?:come|coming) (?:back )?up)"
    r"|(?:my heart|my heart to) (?:just )?stop(?:s|ping)?|out of (?:life|this life|this world"
    r"|existence)|my (?:own )?funeral|stop being (?:a person|human|alive|a human being)"
    r"|(?:check|checking|checked|bow|bowing|tap|tapping|clock|clocking) out (?:for good"
    r"|permanently|early|of life|of it all|for real|of this world)"
    r"|(?:i|me) (?:won't|don't|wouldn't|never|didn't) make it (?:home|through (?:the|another)"
    r" (?:night|day|week)|to (?:the morning|tomorrow|christmas|my birthday))"
    r"|be nothing(?=$|[,.])|nothingness|(?:it's|it is|this is|today is|tonight is|tonight's"
    r"|today's) my last(?: day| night| week)?(?=$|[,.]| on earth| alive| here))"
)
#: The words of ``DEATH``: a sentence holding none of them cannot match it.
_DEATH_WORDS = (
    "die dying dead death myself life end ending suicide overdose overdosing an here around "
    "alive anywhere world earth born exist existing existed live living wake waking woken back "
    "tomorrow day morning survive night stop stopped stopping cease ceased ceasing breathing "
    "disappear disappearing vanish vanishing fade fading erased wiped gone picture equation "
    "lives remove sleep asleep forever through heart out funeral things it this pain last "
    "nothing nothingness person human being check checking checked bow bowing tap tapping "
    "clock clocking make under"
)
#: The words that start ``WISH`` and ``THINK``: a second gate on the rules built on them.
_WISH_WORDS = (
    "want wanted wants wanting wish wished wishes wishing hope hoped hopes "
    "hoping pray prayed praying prays long longed longing yearn yearning "
    "need needed needing craving i'd we'd you'd they'd he'd she'd would "
    "ready tempted tempting urge urges feel felt feeling feels wouldn't "
    "won't don't relief kinder easier better simpler best fairer only "
    "answer way except other apart involves involve involving can't"
)
_THINK_WORDS = (
    "think thinking thinks thought thoughts picture picturing pictured "
    "imagine imagining imagined fantasise fantasising fantasised fantasize "
    "fantasizing fantasized fantasies dream dreaming dreamt dreamed dreams "
    "consider considering considered obsess obsessing obsessed preoccupied "
    "plan planning planned plans intend intending intended decided deciding "
    "made mind going try trying tried attempt attempted attempting close "
    "closer nearly almost urge urges keep seeing wonder wondering wondered "
    "research researching googling googled looking looked reading read idea "
    "ideas"
)
#: The death words that are also ordinary work talk, so they need the scope check.
SCOPED_DEATH = _compile(
    r"(?:not|never) (?:to )?(?:be|being|been) (?:here|around)|be gone|being gone"
    r"|disappear|vanish|(?:end|ending) (?:it|things|this)$|(?:not|never) (?:to )?liv"
)

#: Somebody other than the speaker, as a subject: he, my ex, a man from the depot.
PERSON_NOUNS = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|ex-husband|ex-wife"
    r"|ex-partner|ex-boyfriend|ex-girlfriend|dad|father|mum|mother|stepdad|stepfather|stepmum"
    r"|stepmother|stepson|stepdaughter|brother|sister|son|daughter|uncle|aunt|cousin|grandad"
    r"|grandfather|nan|gran|neighbour|flatmate|housemate|landlord|landlady|lodger|manager"
    r"|boss|colleague|supervisor|director|directors|coworker|co-worker|leader|deputy|in-laws"
    r"|brother-in-law|sister-in-law|father-in-law|mother-in-law|other half|man|woman|guy"
    r"|bloke|lad|stranger|customer|client|patient|resident|member of the public|person|men"
    r"|lads|gang|family|carer|teacher|coach|parent|spouse|fella|date)"
)
AGENT = (
    r"(?:(?:he|she|they)(?:'s|'d|'ll|'ve|'re)?|someone|somebody|(?:my|the|his|her|our|this|that|a"
    r"|an|one of the"
    r"|one of my|one of our)(?: [a-z'-]+){0,2}? " + PERSON_NOUNS + r"(?:'s)?)"
)
#: Somebody close enough to control a home: "he", "my partner", "someone at home".
HOME_AGENT = (
    r"(?:(?:he|she)(?:'s|'d|'ll)?|someone at home|somebody at home|(?:my|the"
    r"|our) (?:[a-z'-]+ )?(?:partner"
    r"|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|ex-husband|ex-wife|ex-partner|dad"
    r"|father|mum|mother|stepdad|stepfather|stepmum|stepmother|brother|son|stepson|family"
    r"|in-laws|other half|flatmate|housemate|landlord|spouse))"
)
#: Someone at home, as any word of a sentence: "he'll", "her", "my partner".
_HE_OR_PARTNER = (
    r"(?:(?:he|she)(?:'s|'d|'ll)?|him|her|partner|husband|wife|boyfriend|girlfriend|ex|dad"
    r"|stepdad|fiance|fiancee)"
)
#: A word between two others that is not a denial: "he has hit me", not "he's never hit me".
_NOT_NEG = (
    r"(?:(?!(?:not|never|no|hasn't|hadn't|doesn't|didn't|wouldn't|won't|isn't|wasn't|no longer)"
    r"(?![a-z']))[a-z']+ )"
)
#: A body part someone might hurt on purpose.
BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|forearms?|hands?|fingers?"
    r"|belly|chest|ankles?|feet|foot|face|scalp|flesh|knuckles|shoulders?|neck|body)"
)
#: Saying that something was done on purpose, or to feel or stop feeling.
INTENT = (
    r"(?:deliberately|on purpose|intentionally|so (?:that )?i(?:'d| would| could| can)? (?:feel"
    r"|stop|not)|to feel (?:something|anything|pain|real|better|in control)|to cope|to punish"
    r"|as (?:a )?punishment|to calm (?:myself )?down|to come down|to get through"
    r"|(?:until|till) (?:it|they|my \w+|the skin|i|there (?:was|is)) (?:\w+ )?(?:bleed|bleeds"
    r"|bled|bleeding|bruise|bruises|bruised|blister|blisters|blistered|broke|breaks|scar"
    r"|scarred|went raw|was raw|is raw|are raw|hurts|hurt|burns|burned|burnt|marked|cracked"
    r"|split|went numb|couldn't feel))"
)
#: Saying that a hurt was an accident: "on the oven tray", "while cooking".
ACCIDENT = (
    r"(?:by accident|accidentally|(?:fall|fell|falling|trip|tripped|slip|slipped) (?:over )?and"
    r"|while (?:cooking|shaving|chopping|gardening|ironing"
    r"|cleaning|opening|working|lifting|moving|playing|running|training|climbing|cycling"
    r"|doing)|when i (?:fell|tripped|slipped|was (?:cooking|shaving|chopping|gardening))"
    r"|at the gym|in a fall|playing \w+|on (?:a|the|an|some) (?:\w+ )?(?:knife|box|door"
    r"|cupboard|corner|shelf|table|desk|edge|glass|tin|can|oven|tray|kettle|iron|pan"
    r"|radiator|nail|stapler|paper|bramble|fence|gate|step|stairs|cutter|blade|machine|saw"
    r"|barbecue|bbq|stove|cooker|grill)|shaving|cooking|chopping)"
)

# --------------------------------------------------------------------------- false friends

#: Phrases that sound like risk and are not, grouped by a word each phrase holds. A
#: sentence that matched a rule has the phrases of its groups blanked out before the
#: rules are checked again, so "the project is dead in the water" cannot be heard as
#: "dead"; a group is tried only if its words are in the sentence.
_IDIOM_GROUPS: tuple[tuple[str, str], ...] = (
    # suicide as a figure of speech, or as the subject of someone's work or loss
    ("suicide suicides suicidal selfharm selfharming selfharms",
     r"(?:career|political|commercial|social|financial|professional|electoral|reputational"
     r"|brand|corporate|business|economic) suicide|suicide (?:mission|run|squad|doors?|bid"
     r"|jockey)"
     r"|suicid\w*[- ](?:prevention|awareness|training|risk assessments?|risk (?:tool|form"
     r"|screen|register)|polic(?:y|ies)|strateg(?:y|ies)|rates?|statistics|figures|first aid"
     r"|pathways?|protocols?|audits?|reviews?|cluster|bereavement|crisis team|champions?|lead"
     r"|course|module|helplines?|posters?|week|day|charity|charities|research|services?"
     r"|support (?:group|line|service)|safe(?:ty)? plan(?:ning)?s?|intervention|toolkit"
     r"|workshops?|conference|forum|network|guidance|work|team|nurse|hotline|line)"
     r"|(?:died|dies|death|deaths|lost (?:\w+ ){1,3}?to|bereaved by|bereavement|losing \w+ to"
     r"|loss to|after (?:his|her|their)|(?:his|her|their)|a|the|another|[a-z]+'s) (?:by |to "
     r"|through"
     r"|from |after )?suicides?(?! (?:note|notes|letter|letters|attempt|attempts|plan|pact"
     r"|method|thoughts?|risk))"
     r"|(?<!i'm a )(?<!i am a )suicide risk|(?:documentary|documentaries|film|article|book"
     r"|podcast|programme|show|talk|lecture|research|news|story|stories|episode|report|series"
     r"|play|session|campaign|statistics|data|awareness|stigma|conversations?|taboo)"
     r" (?:about|on|around|into|of|discussing) (?:\w+ )?suicides?"
     r"|(?:that|this|it|which|that \w+|this \w+)(?:'s|'d be| (?:\w+ )?(?:was|is|would be"
     r"|will be|sounds like|feels like|looks like|seems like)) (?:absolute |pure |total |just )?"
     r"suicide(?=$|[,.]| to | for | in | with | and | but | so | because | we | i )"
     r"|(?:would be|'d be|will be|is|was|sounds like|feels like|be) (?:\w+ )?suicide (?:for|to)"
     r" (?:the|our|my|a|your|any|their|his|her) (?:\w+ )?(?:brand|business|company|career|team"
     r"|project|department|reputation|budget|product|firm|organisation|campaign|sales|share"
     r" price|profits?|bottom line|launch|deal|bid|chances|credibility|relationship)"
     r"|\w+ing (?:\w+ ){0,4}?(?:would be|'d be|will be|is|was) (?:\w+ )?suicide(?=$|[,.]| for| to)"
     r"|(?:disclosures?|cases?|incidents?|reports?|rates?|signs?|spotting|awareness of|training"
     r" on|policy on|referrals? for|concerns? about) (?:of |about )?(?:selfharm\w*|suicid\w*)"
     r"|selfharm\w*[- ](?:training|polic(?:y|ies)|awareness|support (?:group|service)|services?"
     r"|team|lead|risk assessments?|pathways?|protocols?|guidance|workshops?|module|course"
     r"|reduction|prevention|project|clinic|nurse|specialist|research|strateg(?:y|ies)|group"
     r"|charity|leaflets?|posters?|screening|audits?|data|figures|rates?|statistics|cluster"
     r"|reviews?|incidents? (?:on|at|in) (?:the|our))"
     r"|(?:patients?|clients?|residents?|pupils?|students?|young people|service users?"
     r"|callers?|people|children|teenagers?|adolescents?) (?:who are |who were |at risk of"
     r" |with |who )?(?:suicidal|selfharm\w*)"
     r"|(?:suicidal|selfharm\w*) (?:patients?|clients?|residents?|pupils?|students?|young"
     r" people|service users?|callers?|people|children|teenagers?|adolescents?|men|women"
     r"|individuals|inmates|prisoners|veterans|farmers|colleagues|staff)"),
    # killing as a figure of speech
    ("kill killing killed kills killer overkill shoot",
     r"(?:is|are|'s|'re|was|were|it's|that's|this is|keeps?|will be|would be|going to be"
     r"|gonna be|been|be) (?:\w+ ){0,2}?killing me|kill(?:s|ed)? me (?:with|off)|kill me now"
     r"|(?:just |someone |somebody )?shoot me now|kill (?:two birds|time|the mood|it|the idea"
     r"|the project|the plan|the vibe|the zombie|morale|the deal|the momentum|the buzz"
     r"|the meeting|for (?:a|an|some))|killed it|killing it|make a killing|overkill|killer"
     r" (?:app|feature|opening|slide|idea|line|question|deal|combo|pitch)|(?:would|could|i'd"
     r"|'d) (?:\w+ )?kill for"
     r"|(?:'ll|will|would|'d|going to|gonna|is going to|'s going to) (?:literally |actually"
     r" )?kill me (?:if|when) (?:he|she|they|i|my \w+|the \w+)(?:'m| am)? (?:ever )?(?:finds?"
     r" out|sees?|hears?|notices?|realises?|discovers?|late|forget|forgets|miss|misses|mess"
     r" up|break|lose|spill)"
     r"|killing myself (?:trying to|to get|to meet|to finish|to hit|to deliver|to keep up"
     r"|to make|for this job|for this company|over (?:this|the) (?:project|report|bid))"
     r"|shoot(?:ing)? (?:myself|ourselves|yourself|ourself|themselves) in the foot"),
    # dying and death as figures of speech
    ("die died dies dying dead death deadline deadlines deadlock deadpan deadly rather sooner",
     r"(?:rather|sooner) (?:die|be dead|kill myself|top myself|shoot myself|jump(?: off| out of"
     r"| in front of| under)?(?: [a-z]+){0,3}?|stick pins in my eyes|eat glass) than"
     r"(?! (?:live|go on|carry on|keep going|keep living|face|wake up|be alive|spend another"
     r" day|exist|continue|be here|feel like this|stay|go back home|go home))"
     r"|(?:nearly|almost|could have|could've|could|will|would|'d|'ll) (?:just |literally )?"
     r"(?:die|died) (?:of|from|with) (?:embarrassment|shame|boredom|laughing|laughter"
     r"|happiness|cringe|heat|hunger|thirst|curiosity|envy|jealousy|fright)"
     r"|(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|shame|boredom|laughing"
     r"|laughter|cringe)|die laughing|died laughing|(?<!wish i )(?<!only i )could (?:just )?die"
     r"|(?:dying|die|died) (?:to|for) (?:a|an|some|the|know|see|get|go|try|hear|tell|have|meet"
     r"|start|finish|read|watch|find|do|make|leave|join|say|show|share|talk|work|hug)"
     r"|to die for(?=$|[,.!]| and| but| though)|die on (?:this|that|a|the|any) hill|bored to death"
     r"|(?:scared|worried|sick"
     r"|tired|frightened|bored|done) to death|dead (?:in the water|end|ends|cert|easy|on|tired"
     r"|serious|set|loss|weight|wood|heat|line|lines|duck|horse|ringer|good|right|keen|quiet"
     r"|busy|simple|link|links|and buried|air|zone|slow|beat|centre|last|funny|lucky|boring"
     r"|jealous|proud|chuffed|nervous)|drop[- ]dead|deadlines?|deadlock|deadpan|deadly serious"
     r"|flog(?:ging)? a dead horse|over my dead body|dead to the world|knock (?:'em|them|him"
     r"|her|it) dead|(?:is|was|'s|will be|be|would be) the death of (?:me|us)|death by"
     r" (?:powerpoint|meetings?|a thousand cuts|committee|email|spreadsheet)|dying a (?:slow )?"
     r"death|died a death"),
    ("life support bleeding end ends",
     r"life support|stop (?:the|this) bleeding|bleeding (?:money|cash|staff|us dry|talent"
     r"|customers|red)|end of (?:the )?(?:day|week|month|year|line|road|meeting|shift|term"
     r"|quarter|project|pilot|contract|the world|an era|my tether|tether)|end[- ]of[- ]life"
     r"|world's end|ends? meet"),
    ("cut cuts cutting",
     r"(?:budget|staff|service|funding|pay|spending|job|price) cuts?"
     r"|cut(?:s|ting)? (?:corners|back|costs|the budget|funding|ties|it fine|it short|a deal"
     r"|the cord|my losses|our losses|through|down|out|in|off|both ways|to the chase|(?:me )?"
     r"some slack|me off|him off|her off|them off|the mustard|it close|the meeting|hours"
     r"|staff|jobs|posts|the noise|loose)|short cut|clear cut|cutting edge|cutting remarks"),
    ("myself",
     r"beat(?:ing)? myself up|kick(?:ing)? myself"),
    ("hit",
     r"(?:it|that|this|the news|reality|the reality|the penny) (?:really |suddenly |finally )?"
     r"hit me|hit (?:the ground running|my targets?|the targets?|a wall|the wall|a brick wall"
     r"|the roof|the ceiling|the deadline|the road|the nail|the spot|the sack|it off|send"
     r"|reply|the jackpot|the headlines|the news|the gym|the shops|the pub|the hay|snooze"
     r"|refresh|rock bottom)|hit (?:me|us) up"),
    ("threat threaten threatened threatens threatening",
     r"threat(?:en)?(?:ed|s|ing)? (?:to )?(?:resign|quit|strike|leave|walk out|pull|cut"
     r"|withdraw|close|report|sue|escalate|complain|sack|fire|put me on|take it to|go to)"),
    ("jump jumped jumping jumps bridge bridging rails",
     r"jump(?:ed|ing|s)? (?:on|in|into|onto) (?:a |the )?(?:call|calls|train|bus|bandwagon|zoom"
     r"|teams|meeting|chance|opportunity|idea|offer|problem|issue|project|conversation|board)"
     r"|jump(?:ed|ing|s)? (?:in|on board)(?=$|[,.]| and| to| with)|jump(?:ed|ing)? at the"
     r" (?:chance|opportunity|offer)|jump(?:ed|ing)? ship|jump(?:ed|ing)? the (?:gun|queue)"
     r"|jump(?:ed|ing)? through hoops|bridge (?:the|that|a) gap|bridging|off the rails"),
    ("drives driving drove overdose danger bus crash crashed tether nail plug",
     r"(?:drives|driving|drove) me (?:mad|crazy|up the wall|round the bend|nuts|insane)"
     r"|overdose of (?:\w+ )?(?:meetings|emails|caffeine|coffee|sugar|admin|information"
     r"|jargon|zoom)|in danger of (?:missing|losing|burning|overrunning|slipping|being late"
     r"|falling|becoming|repeating|forgetting|running|going over|overspending|breaching"
     r"|failing|collapsing)|(?:throw|threw|thrown|throwing) (?:you|him|her|them|us|me|someone"
     r"|people|colleagues|the team|each other) under the bus|crash(?:ed)? and burn(?:ed|t)?"
     r"|car crash of|crash course|end of my tether|final nail|pull the plug"),
)
IDIOMS: tuple[tuple[frozenset[str], Pattern], ...] = tuple(
    (_words(words), _compile(r"(?:" + body + r")(?![a-z0-9'])"))
    for words, body in _IDIOM_GROUPS
)


def blank_idioms(sentence: str, words: set[str]) -> str:
    """``sentence`` with every idiom whose group's words it holds replaced by "~"."""
    for needs, pattern in IDIOMS:
        if not needs.isdisjoint(words):
            sentence = pattern.sub(" ~ ", sentence)
    return sentence


# --------------------------------------------------------------------------- suicide

_NEG_WISH = (
    r"(?:(?:don't|didn't|no longer|never|not|wouldn't|won't|barely) (?:really |even |actually "
    r"|particularly |honestly |much |always )?(?:want|wanna|wish|feel like|care|see the point"
    r"|see any point)|(?:don't|do not) (?:think|know if|know whether|believe) i (?:really |even )?"
    r"(?:want|wanna)|(?:can't|couldn't|don't) see myself)"
)
_NEGATIONS = "don't didn't no longer never not wouldn't won't barely can't couldn't do"
#: Life words that count as "I don't want to ..." with no more said.
_LIFE_FULL = (
    r"(?:to )?(?:be alive|being alive|alive|live|exist|wake up|keep living|go on living|carry on"
    r" living|stay alive|do (?:this )?life|do this life|be a person"
    r"|living (?:to|until|past) (?:\d+|forty|fifty|sixty|old age)|getting old|growing old"
    r"|be in this world|be on this earth|be on this planet|be in this life|see (?:tomorrow"
    r"|another day|the morning|(?:next|another)"
    r" (?:year|christmas|birthday|summer)))(?! (?:in|with|near|at|on|under|through|early|late"
    r"|before|until|till|in time|for(?! much| long| any| ever| good)|so early|at \d) )"
    r"(?! (?:early|late)$)"
    r"(?! (?:this morning|today|so early|on (?:a |the )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|weekday|school day|work day)))"
)
#: Life words that can mean a job: "I don't want to be here anymore".
_LIFE_SCOPED = (
    r"(?:to )?(?:be here|be around|go on|carry on|keep going|keep on going|stay|be part of"
    r" (?:this|anything))(?= anymore| any longer| much longer| at all| like this| for much"
    r"| any more| now or| on this)"
)
#: The same with nothing after ("I don't want to be here"): a clause must say it is life.
_LIFE_SCOPED_BARE = (
    r"(?:to )?(?:be here|be around|go on|carry on|keep going|keep on going|be part of"
    r" (?:this|anything))(?=$|[,:]| really| tbh| to be honest| honestly| or| and| but| now)"
)
#: Saying that others would be better off, or not notice, if the speaker died.
_GONE = (
    r"(?:if|when|once|until|til|till|after) (?:i|i'm|i'd) (?:was |were |just |simply |finally"
    r" |suddenly |quietly |ever |actually |really )?(?:died|was dead|were dead|was gone|were"
    r" gone|'m gone|am gone|gone|dead|wasn't (?:here|alive|around|in (?:it|the picture|their"
    r" lives?|their life))|weren't (?:here|alive|around|in (?:it|the picture|their lives?))"
    r"|didn't exist|stopped existing|ceased to exist|stopped breathing|stopped living|didn't wake"
    r" up|never woke up|disappeared|vanished"
    r"|killed myself|ended it|took my (?:own )?life|went missing|never came back|didn't come"
    r" back|didn't come home|left for good|went away for good|was out of the picture"
    r"|wasn't in it|wasn't alive|got hit by|was hit by|was run over|got run over"
    r"|was out of (?:the way|their (?:way|lives|hair))|were out of (?:the way|their (?:way|lives"
    r"|hair))|wasn't (?:in the way|a problem anymore))"
    r"|(?:realise|realize|notice|noticed|know|care|cared) (?:that )?i(?:'d| was| were"
    r"| had)? (?:gone"
    r"|died|dead|disappeared|not (?:here|around|alive)|missing)"
    r"|if (?:a|the|some) (?:bus|car|lorry|train|truck|van|drunk driver) (?:hit|hits|ran over"
    r"|runs over|took|takes|knocked|knocks) me|if something (?:happened to|hit|took) me"
    r"|if i (?:got|caught) (?:ill|sick|cancer|something) and died|with me gone"
    r"|without (?:a|an) (?:\w+ )?(?:dad|mum|mother|father|wife|husband|partner|friend|son"
    r"|daughter|sister|brother|parent|mess|failure|burden) like me"
    r"|without me(?: around| here| in (?:it|the picture|their lives?|the way|the world)| there"
    r"| at all| alive)?(?! (?:(?!dragging|holding|weighing|ruining|messing|spoiling|burdening"
    r"|getting in)\w+ing|having to|being there|there to|to (?:\w+)|as |for (?:a|the|one"
    r"|two|\d)|on (?:the|this)|at (?:the|work)|in (?:the|this) (?:role|job|team|meeting|office)))"
    r"|better off dead|when i'm not here|after i've gone"
)
_REACTION = (
    r"(?:better off|happier|easier|simpler|fine|cope|manage|relieved|a relief|get (?:their|his"
    r"|her|our|my) (?:lives?|life) back|notice|noticed|care|cared|miss me|missed|realise"
    r"|realize|mind|bother|be sad|be upset|a favour|lighter|move on|be okay|be ok|be alright"
    r"|thrive|do better|get on|matter|be free|nobody|no one|anyone|everyone|grieve|cry|find me"
    r"|better|a better place"
    r"|wouldn't mind|wouldn't care|don't care|dead)"
)
#: A clause saying the "without me" is about a job: "without me as their manager".
_WORK_ROLE = (
    r"(?:without me|if i (?:was|were|wasn't|weren't) \w+|gone) (?:as (?:their |the |a |an |his"
    r" |her )?(?:manager|lead|boss|head|chair|director|supervisor|leader|ceo|deputy|rep|member"
    r"|coach|teacher)|in (?:the|this|that|my) (?:role|job|team|meeting|post|company|office"
    r"|department)|on (?:the|this|that) (?:team|project|board|rota|committee)|at work|running"
    r" (?:it|things|the \w+)|in charge|leading|for a (?:week|day|bit|while|fortnight|month)"
    r"|while i'm (?:away|off|on)|on (?:fridays|mondays|leave|holiday))"
)
_BURDEN_WHO = (
    r"(?:everyone|everybody|my (?:\w+ )?(?:family|wife|husband|partner|kids|children|mum|dad"
    r"|parents|friends|girlfriend|boyfriend|son|daughter|sister|brother)|the (?:family|kids"
    r"|children)|people(?: who love me| around me| in my life)?|the people (?:who love me"
    r"|around me|in my life|i love|closest to me)|those (?:around me|who love me|i love)|them"
    r"|her|him|others|you all|anyone|the world|all of them|my loved ones|loved ones)"
)
_PLACE_HIGH = (
    r"(?:bridge|bridges|viaduct|flyover|overpass|roof|rooftop|building|balcony|cliff|cliffs"
    r"|car park|multi-storey|multi storey|tower|ledge|window|railing|railings|parapet|edge"
    r"|top floor|top of|drop|quarry|dam)"
)
_PLACE_FALL = (
    r"(?:train|trains|tube|bus|lorry|lorries|truck|traffic|car|cars|tracks|track|line|rails"
    r"|platform|edge|bridge|roof|rooftop|building|balcony|cliff|cliffs|car park|multi-storey"
    r"|tower|ledge|window|motorway|overpass|flyover|viaduct|level crossing|railing|railings"
    r"|barrier|parapet|side|river|sea|canal|water|pier|top|drop|fast one|express|oncoming"
    r"|railway|quarry|reservoir|dam|floor|kerb|curb|pavement|road|lorries|buses|trucks|van"
    r"|vans)"
)
_VEHICLE_TARGET = (
    r"(?:barrier|barriers|wall|tree|bridge|lorry|lorries|truck|traffic|oncoming|reservation"
    r"|pillar|cliff|river|canal|embankment|bus|edge|ditch|reservoir|sea|lamppost|lamp post"
    r"|bollard|van|bend|support|pylon|quarry|lake|road|post|column|abutment|verge)"
)
_MEANS = (
    r"(?:knife|knives|knife block|blade|blades|razor|razors|rope|ropes|noose|belt|cord|cable"
    r"|ligature|tablets|gun|shotgun|bleach|hose|hosepipe|plastic bag|scarf|dressing gown cord)"
)
_OMINOUS = (
    r"(?:in case|just in case|for afterwards|for after|for when|when i'm gone|after i'm gone"
    r"|the kind you leave|leave behind|left behind|to (?:find|read|open) (?:after|when|later"
    r"|afterwards)|saying goodbye|to say goodbye|say goodbye|to say sorry|in (?:a|the|my)"
    r" (?:\w+ )?drawer|so they (?:know|understand|won't)|explaining (?:why|everything)|why i"
    r" did it|to explain|goodbye|for if)"
)
_FAMILY_TO = (
    r"(?:to|for) (?:each of )?(?:(?:my|the|our) (?:\w+ )?(?:kids|children|family|wife|husband"
    r"|partner|mum|dad|mother|father|parents|sister|sisters|brother|brothers|son|sons"
    r"|daughter|daughters|girls|boys|nan|gran|grandad|grandma|loved ones|friends|best friend"
    r"|fiance|fiancee|boyfriend|girlfriend|nephew|niece|family members|other half)|everyone i"
    r" love|each of (?:them|the children|the kids))"
)

#: "There's no point", "I can't see the point in", "what's the point of".
_POINT = (
    r"(?:(?:don't|can't|couldn't|do not|cannot|can't really|struggle to) see (?:the|any|a|much"
    r"|no)|no|any|see no|see any|the|what's the|what is the|lost the|lost all) (?:\w+ )?(?:point"
    r"|reason|reasons) (?:in |to |of |for )?(?:me )?(?:to )?(?:going on |carrying on |\w+ing )?"
)

SUICIDE: tuple[Rule, ...] = (
    # ----- naming it
    rule("suicide", "explicit", "suicidal suicide suicides suicidality", r"suicid\w*",
         checks="deny self"),
    rule("suicide", "explicit", "myself",
         r"(?:kill|killing|killed|kills|top|topping|topped|hang|hanging|hanged"
         r"|drown|drowning|shoot|shooting|gas|gassing|poison|poisoning|electrocute"
         r"|electrocuting|suffocate|suffocating|overdose|overdosing) myself"
         r"(?! (?:laughing|with laughter))|do(?:ing|ne)? myself in|did myself in",
         checks="deny joke"),
    # "off myself" as slang for killing, not as the end of a phrasal verb: "I can sign
    # that off myself", "pay it off myself", "ticked them off myself"
    rule("suicide", "explicit", "myself", r"(?:off|offing|offed) myself",
         unless=(r"(?:sign|tick|cross|write|wrote|written|log|pay|paid|knock|switch|turn|send"
                 r"|sent|see|saw|seen|rule|hand|drop|check|take|took|taken|kick|finish|sort"
                 r"|shake|shook|fight|fought|fend|push|cut|set|head|work|book|call|clock|top"
                 r"|polish|clear|note|mark|scrape|peel|strip|wipe|brush|dust|tidy|rope|cordon"
                 r"|fence|seal|box|shut|cool|lay|laid|sell|sold|print|pass|put|let|give|gave"
                 r"|palm|fob|get|got|start|kick)(?:s|ed|ing|ping|ting|ning)?(?: \w+){0,3}"
                 r" off myself",),
         checks="deny joke"),
    rule("suicide", "explicit", "life end ending ended take taking took",
         r"(?:tak(?:e|ing|en)|took) my (?:own )?life|end(?:ing|ed)? my (?:own )?life"
         r"|end(?:ing)? it all|(?:end|ending) everything|put an end to (?:it all|myself"
         r"|everything|my life)|my life (?:to )?(?:end|be over)|(?:i'll|i'm going to|going to)"
         r" end it(?= tonight| soon| this| on| after| before| when|$|[,.])",
         checks="deny"),
    rule("suicide", "explicit", "tried attempted attempt tried try",
         r"(?:tried|try|trying|attempted|attempt|attempts) (?:to )?(?:(?:kill|hang|drown|gas"
         r"|poison|shoot|suffocate) myself|end (?:my (?:own )?life|it all|it(?=$|[,.]| by| with"
         r"| last| in| when| two| a| before))|take my (?:own )?life|overdose|suicide|jump (?:off"
         r"|from|in front of))|(?:my|a) (?:last |previous |first |second )?"
         r"(?:suicide )?attempts? (?:on my life|to die|to end)|(?:tried|try|attempted) suicide",
         checks="deny self"),
    rule("suicide", "explicit", "overdose overdosed od",
         r"(?:took|taken|take|taking|had|have) an? (?:\w+ )?overdose|overdosed|od'd",
         checks="deny self"),
    # ----- a wish, a thought or a plan joined to a death
    rule("suicide", "wish", _DEATH_WORDS, WISH + r" " + FILL + LINK + DEATH,
         checks="deny self scope joke", and_needs=_WISH_WORDS),
    rule("suicide", "thought", _DEATH_WORDS, THINK + r" " + FILL + LINK + DEATH,
         checks="deny self scope joke", and_needs=_THINK_WORDS),
    rule("suicide", "wish", "way exit option answer solution choice escape thing fix cure "
         "relief hope",
         r"(?:only|one|best|easiest|last|kindest|fairest|right|most selfless|only real|simplest)"
         r" (?:real )?(?:way out|exit|option|answer|solution|choice|escape|thing left|thing|fix"
         r"|cure|relief|way|hope)"
         r"(?: [a-z']+){0,6}? (?:is|would be|seems|'s|left is|'d be) (?:to |for me to |just to "
         r"|for me |for me just to )?"
         + FILL + DEATH,
         checks="deny self scope"),
    rule("suicide", "wish", "waiting death die wait waited funeral",
         r"(?:waiting|waited|wait) (?:for )?(?:the )?(?:right )?(?:moment|time|day|chance"
         r"|opportunity|courage|nerve) to (?:end it|do it|kill myself|go through with it|end my"
         r" life|end things|take my (?:own )?life)"
         r"|(?:who|anyone|anybody|people|how many people|if anyone) (?:\w+ ){0,3}?(?:come|turn up"
         r"|show up|go|cry|bother) (?:to|at) my funeral"
         r"|(?:waiting|waited|wait) (?:\w+ )?(?:to die|for (?:death|the end(?! of)|it (?:all )?to"
         r" (?:end|be over)|my (?:time|turn) to (?:go|die)))"
         r"|(?:welcome|embrace|long for|longing for|pray for|praying for|wish for|hope for"
         r"|look forward to|crave|craving|yearn for|yearning for|ready for|envy the) (?:\w+ )?"
         r"death(?! (?:of (?:the|this|that|our|my)|by))"
         r"|(?:see|seeing|saw|think of|thinking of) (?:death|dying|suicide|ending it|killing"
         r" myself|not being here) as (?:a|the|my) (?:\w+ )?(?:way out|answer|solution|escape"
         r"|relief|option|release|exit|way to)"
         r"|(?:death|dying|suicide|not existing|not being here|ending it) (?:is|would be|feels like"
         r"|seems like|looks like|sounds like|feels|seems|sounds) (?:\w+ )?(?:a |the |my |like )?"
         r"(?:\w+ )?(?:way out|answer|solution|escape|relief|release|option|exit|peace|rest"
         r"|freedom|break|mercy|gift)",
         checks="deny self"),
    rule("suicide", "wish", "long world",
         r"long for this world",
         checks="deny self"),
    rule("suicide", "wish", "cancer illness tumour disease condition",
         r"(?:hope|hopes|hoping|wish|wishes|pray|prays|praying) (?:that )?(?:the |my )?(?:cancer"
         r"|illness|tumour|disease|heart condition|condition) (?:comes back|returns|spreads|gets me"
         r"|kills me|wins|takes me)",
         checks="deny self"),
    rule("suicide", "not-be-here", "over soon",
         r"(?:it'll|it will|it's going to|this will|it'd|everything will|everything'll) (?:all )?"
         r"be over (?:soon|by|tonight|this week|shortly|before long)",
         also=(r"(?:made sure|i've decided|i've sorted|i've planned|i've made up my mind|for me"
               r"|won't be|goodbye|i'm sorry|i've got|i know how)",),
         checks="deny self"),
    rule("suicide", "not-be-here", "worry put deal look think problem burden way",
         r"won't have to (?:worry about|put up with|deal with|look after|think about|carry) me"
         r" (?:for )?(?:much longer|for long|long|anymore|any more|soon)"
         r"|(?:won't|wouldn't|will not) be (?:a problem|a burden|your problem|anyone's problem"
         r"|in anyone's way|in the way|a bother) (?:for |to )?(?:anyone |everyone |you |them )?"
         r"(?:much longer|for long|soon|anymore|any more)",
         checks="deny",
         and_needs="won't wouldn't will"),
    rule("suicide", "wish", "join",
         r"(?:want|wanted|wanting|wants|wish|long|longing|ready|going|need) (?:to )?(?:just )?"
         r"(?:join|be with) (?:him|her|them|my (?:\w+ )?(?:dad|mum|father|mother|son|daughter"
         r"|husband|wife|partner|brother|sister|nan|gran|grandad|grandma|baby|friend|boy|girl))"
         r"(?: again| in heaven| on the other side| wherever (?:he|she|they) (?:is|are))?",
         also=(r"(?:died|dead|passed|gone|heaven|grave|lost|death|funeral|killed|ashes"
               r"|other side|again)",),
         unless=(r"(?:holiday|trip|weekend|visit|flight|drive|train|move|moving|back home"
                 r"|for (?:lunch|dinner|christmas|the weekend))",),
         checks="deny self"),
    rule("suicide", "researching", "quickest easiest best surest painless fastest "
         "painful hurt how",
         r"(?:what's|what is|what are|which is|what would be) (?:the )?(?:quickest|easiest|best"
         r"|surest|most painless|least painful|fastest|simplest) (?:way|ways|method|methods) to"
         r" (?:die|kill myself|end it|go|end my life|not wake up|overdose)"
         r"|how (?:do|can|could|would|should) (?:i|you|someone|people|a person) (?:\w+ )?(?:kill"
         r" (?:myself|yourself|themselves)|die painlessly|end it all|overdose|end (?:my|your)"
         r" life)"
         r"|(?:it'd|it would|would it|will it|does it|did it) (?:\w+ )?(?:hurt|be painful|be quick"
         r"|be enough|kill me|take long) (?:to|if i) (?:jump|fall|step|drive|take|hang|drown"
         r"|overdose|swallow)"
         r"|how long (?:it )?(?:takes|would take|does it take|it'd take) to (?:die|bleed out"
         r"|bleed to death|drown|suffocate|hang|pass out and die)",
         checks="deny self",
         and_needs="die kill end go overdose jump fall hang drown bleed myself life"),
    rule("suicide", "plan", "almost nearly close",
         r"(?:almost|nearly|so close to|came close to|come close to) (?:doing it|did it|went"
         r" through with it|going through with it|doing something)",
         also=(r"(?:tablets|tablet|rope|noose|bridge|edge|knife|blade|car|train|jump|ledge|roof"
               r"|garage|belt|in my hand)",),
         checks="deny self"),
    rule("suicide", "plan", "something",
         r"(?:do|doing|did|done) something (?:stupid|silly|drastic|bad|terrible|final|permanent"
         r"|irreversible)(?=$|[,.]| to myself| tonight| again| if| one day| soon)",
         unless=(r"(?:in the (?:interview|meeting|exam|presentation)|at work|in front of)",),
         checks="deny self"),
    rule("suicide", "wish", "terminal fatal incurable cancer illness disease",
         r"(?:wish|wished|hope|hoping|hoped|pray|praying|prayed|long|longing|want|wanting)"
         r" (?:that )?(?:i(?:'ll| will| would|'d)? )?(?:\w+ )?(?:get|got|catch|have|develop|find"
         r" out i have|be diagnosed with|be told i have) (?:something|cancer|an illness|a disease"
         r"|a condition|an accident)(?: (?:terminal|fatal|incurable|that kills me|and die))?"
         r"(?=$|[,.]| terminal| fatal| incurable| and die| so i| that)",
         checks="deny self"),
    rule("suicide", "wish", "wish wished hope hoping pray praying",
         r"(?:wish|wished|hope|hoping|pray|praying) (?:that )?(?:a|the|some) (?:\w+ )?(?:car|bus"
         r"|lorry|train|truck|van|driver|plane|tree) (?:would|'d|could|will|might) (?:just )?"
         r"(?:hit|run over|kill|crash|fall on|take) (?:me|over me|into me)"
         r"|(?:wish|wished|hope|hoping|pray|praying) (?:that )?something (?:would|'d|will)"
         r" (?:just )?(?:happen to me|kill me|hit me|take me)"
         r"|(?:wish|wished|hope|hoping|pray|praying) (?:that )?i (?:get|got|would get|catch)"
         r" (?:hit|run over|ill and die|something and die|killed)",
         checks="self"),
    rule("suicide", "means-rope", "rope noose ligature hanging",
         THINK + r" (?:about |of )?(?:a |the |my |some |using a |using the )?(?:rope|noose"
         r"|ligature|hanging)(?! (?:bridge|course|swing|ladder|basket|plants?|baskets))",
         checks="deny self"),
    rule("suicide", "wish", "wish wished wishing should should've",
         r"wish(?:ed|ing)? (?:that )?i(?: was| were|'d been| had been| could be|'d be| could just"
         r" be| was just) (?:\w+ )?(?:dead|gone|never born|not here|not alive|not around|in my"
         r" grave|six feet under|asleep forever|with (?:him|her|them|my \w+) (?:in heaven|again))"
         r"|wish(?:ed)? i(?:'d| had)? (?:never|not) (?:been born|existed|woken up|woke up|been"
         r" here)|wish(?:ed)? i(?: didn't| did not| wasn't| weren't| could stop| could just"
         r"| could simply| had never|'d never| never) (?:\w+ )?(?:exist|existed|alive|here|around"
         r"|born|been born|wake up|woken up|die|died|disappear|stop existing|fall asleep and)"
         r"|wish(?:ed)? i(?: had|'d) died|should have died|should've died",
         checks="self scope"),
    rule("suicide", "not-be-here", "want wanna wish feel care myself",
         _NEG_WISH + r" " + FILL + _LIFE_FULL, checks="self", and_needs=_NEGATIONS),
    rule("suicide", "not-be-here", "want wanna wish feel care myself",
         _NEG_WISH + r" " + FILL + _LIFE_SCOPED, checks="self scope", and_needs=_NEGATIONS),
    rule("suicide", "not-be-here", "want wanna wish feel care myself",
         _NEG_WISH + r" " + FILL + _LIFE_SCOPED_BARE, checks="self vague", and_needs=_NEGATIONS),
    rule("suicide", "not-be-here", "sure know think doubt",
         r"(?:not sure|don't know if|don't know whether|don't think|doubt|can't see) (?:if )?i"
         r"(?:'ll| will| can| could| want to| want| am going to|'m going to)? (?:\w+ )?(?:be here"
         r"|be around|stay|last|keep going|carry on|go on|hold on|survive|make it)"
         r"(?: for)? (?:much longer|for long|long|anymore|any longer|for it|to see it|by then"
         r"|another (?:year|month|winter|christmas)|this (?:year|winter)|by (?:christmas|the"
         r" summer|next (?:year|month|week)|the end of the (?:year|month)|the weekend|my birthday"
         r"|the new year|spring|then)|next (?:year|christmas|summer|birthday))"
         r"|(?:not sure|don't know if|don't know whether|don't think|doubt) (?:if )?i(?:'ll| will"
         r"| can| could| want to| want)? (?:\w+ )?(?:carry on living|go on living|keep living"
         r"|stay alive|live|keep breathing|be alive)(?=$|[,.]| anymore| any more| like this)",
         checks="self scope"),
    rule("suicide", "not-be-here", "here around",
         r"(?:not|won't|wouldn't|i'll not|not going to|not gonna|will not) be (?:here|around)"
         r" (?:much longer|for much longer"
         r"|for long|next (?:year|christmas|summer|birthday)|by (?:christmas|the summer|next year"
         r"|the end of the year|then)|to see (?:it|them|him|her|my \w+)|anymore|any longer"
         r"|for it|for christmas|to worry about|to bother (?:you|anyone))",
         checks="self scope"),
    rule("suicide", "not-be-here", "shouldn't deserve",
         r"(?:shouldn't|should not|don't deserve to|do not deserve to|don't get to) (?:\w+ )?"
         r"(?:be (?:here|alive|around|living)|exist|live)(?=$|[,.]| anymore| any more| at all"
         r"| now| on this| in this)",
         checks="deny self scope"),
    rule("suicide", "not-be-here", "night day tonight today",
         r"(?:tonight|today|this)(?:'s| is| will be) (?:the|my) (?:night|day) i (?:don't|won't"
         r"|never"
         r"|finally|will|'ll) (?:wake up|die|do it|end it|go through with it|kill myself)",
         checks="deny self"),
    rule("suicide", "not-be-here", "time",
         r"time (?:i|for me to) (?:stopped|stop) (?:being here|being around|existing|living"
         r"|being alive|breathing|taking up space)|time (?:i|for me to) (?:went|go|bowed out"
         r"|bow out|checked out|check out|left this world|disappeared)(?=$|[,.]| for good"
         r"| permanently| forever)",
         checks="deny self scope"),
    rule("suicide", "not-be-here", "sleep asleep wake waking woke",
         r"(?:go|went|going|gone) to (?:sleep|bed) and (?:not|never|don't|didn't) wake"
         r"(?!(?: up)? (?:until|till|before|in time|early|at (?!all)))"
         r"|(?:sleep|asleep) and (?:not|never) wake(?!(?: up)? (?:until|till|before|in time))"
         r"|(?:not|never) (?:to )?wak(?:e|ing) up (?:again"
         r"|ever|at all)|(?:mind|care|matter|bother me|be sad|be upset|be relieved) if i"
         r" (?:didn't|don't|never|wouldn't) (?:wake|woke|woken)(?: up)?(?! (?:until|till|before"
         r"|in time))"
         r"|if i (?:didn't|never) wake up(?! (?:until|till|before|in time))"
         r"|(?:hate|dread|dreading|disappointed|gutted|sad) (?:to be |at |when i'm |every time i"
         r" )?(?:waking|wake|woke) up (?:alive|again|each morning|every morning)",
         checks="self"),
    rule("suicide", "not-be-here", "can't couldn't unable",
         r"(?:can't|couldn't|unable to|can't really|don't think i can|not sure i can) (?:\w+ )?"
         r"(?:do life|face (?:living|life|being alive|another day|tomorrow|waking up)|live like"
         r" this (?:anymore|any longer)|keep living|go on living|carry on living|cope with"
         r" (?:living|being alive|life))(?! (?:at|in|with|of) (?:work|the|this|my) )",
         checks="self scope"),
    rule("suicide", "not-be-here", "can't couldn't",
         r"(?:can't|couldn't) (?:\w+ )?(?:go on|carry on|keep going|take (?:it|this|any more"
         r"|anymore)|do (?:this|it) (?:anymore|any longer|any more))(?=$|[,:]| anymore"
         r"| any longer| like this| much longer)",
         checks="self vague"),
    rule("suicide", "no-point", "point reason reasons",
         _POINT + r"(?:living|being alive|life|existing|live|exist|being here|be here|waking up"
         r"|wake up|going on|go on|carrying on|carry on|keep going|keeping going|keep living"
         r"|staying alive|stay alive|staying|me|trying anymore|getting up anymore)"
         r"(?! (?:with|on|at|in|for|to) (?:the|this|that|these|our|my|work|a) )(?! to \w+)",
         checks="deny self scope"),
    rule("suicide", "no-point", "point reason reasons",
         _POINT + r"(?:any of it|any of this|it all|anything|trying|getting up|this|doing"
         r" anything)(?! (?:with|on|at|in|for|to) (?:the|this|that|these|our|my|work|a) )",
         checks="deny self vague"),
    rule("suicide", "no-point", "pointless meaningless worth worthless empty hopeless waste",
         r"life(?: is| feels| seems|'s) (?:\w+ )?(?:pointless|meaningless|not worth (?:living"
         r"|it)|worthless|empty|hopeless|a waste)|not worth living|life(?: isn't| is not|'s not)"
         r" (?:\w+ )?worth",
         checks="deny self"),
    rule("suicide", "no-point", "worth",
         r"(?:is it|it's|whether it's|if it's|it isn't|it's not|is it really|isn't) (?:even "
         r"|really "
         r"|still )?worth (?:staying alive|living|being alive|being here|existing|waking up)",
         checks="deny self"),
    rule("suicide", "no-point", "nothing",
         r"nothing (?:left )?(?:to live for|to stay (?:alive )?for|worth living for|keeping me"
         r" (?:here|alive|going))",
         checks="deny self"),
    rule("suicide", "no-point", "nothing",
         r"nothing (?:left )?(?:for me )?(?:here|in this world|on this earth)(?=$|[,.])"
         r"|nothing (?:left )?here for me(?=$|[,.])",
         checks="deny self vague"),
    rule("suicide", "no-point", "see",
         r"(?:don't|can't|do not|cannot) see why i (?:should|would|need to) (?:keep going|carry on"
         r"|go on|bother|stay alive|live|keep living|stay)(?=$|[,.]| anymore)",
         checks="deny self scope"),
    rule("suicide", "not-be-here", "scared afraid frightened worried terrified",
         r"(?:scared|afraid|frightened|worried|terrified) (?:\w+ )?(?:of |about )?what i(?:'ll|'d"
         r"| might| could| will| would| am going to|'m going to)? (?:\w+ )?do (?:to myself|next"
         r"|tonight)(?=$|[,.]| if| when| tonight| one day)|(?:scared|afraid|frightened|terrified)"
         r" (?:\w+ )?(?:i'll|i might|i could|i'm going to) (?:hurt|harm|kill|do something to)"
         r" myself",
         checks="deny self"),
    rule("suicide", "no-point", "worth",
         r"(?:isn't|is not|not|'s not) worth (?:it|going on|carrying on) (?:anymore|any more)",
         checks="deny self vague"),
    rule("suicide", "no-point", "tired sick weary exhausted enough done finished over give "
         "giving gave given had",
         r"(?:tired|sick|weary|exhausted) (?:of|by) (?:living|being alive(?! to)|life|existing"
         r"|being here"
         r"|waking up|breathing|being on this earth)"
         r"|(?:done|finished|over) with (?:life|living|existing|being alive|this life|the world)"
         r"|had it with (?:life|living|being alive|existing|this life)"
         r"|had enough of (?:life|living|being alive|existing|this life|waking up)"
         r"|(?:give|giving|gave|given) up on (?:life|living|being alive|staying alive)",
         checks="deny self"),
    rule("suicide", "no-point", "tired sick weary exhausted enough done finished over give "
         "giving gave given",
         r"(?:tired|sick|weary|exhausted) of (?:it all|everything|fighting|trying|all of it"
         r"|being me|feeling like this)"
         r"|(?:done|finished|over) with (?:everything|it all|all of it|being me)"
         r"|had enough of (?:everything|it all|being me)"
         r"|(?:give|giving|gave|given) up on (?:myself|everything|the future|ever feeling)",
         checks="deny self vague"),
    rule("suicide", "no-way-out", "way exit future out",
         r"(?:no|can't see a|can't see any|don't see a|don't see any|see no|there's no|there is"
         r" no|isn't a|isn't any|can't find a|can't find any) (?:\w+ )?(?:way out|exit|future"
         r" (?:for me|for myself|ahead of me|ahead|anymore|any more|at all)|light at the end)"
         r"(?=$|[,:]| of (?:this|it|here|all this|this mess|this situation|this life|this pain)"
         r"(?=$|[,.]| any| anymore| and| but| except| other| apart| that)| for me| anymore"
         r"| any more| now| except| but| other"
         r" than| apart from| that)|(?:future|life) (?:looks |feels |seems )?(?:hopeless|black"
         r" and empty|empty)",
         checks="deny self scope"),
    rule("suicide", "it-all-stop", "stop end over away quiet finish",
         r"(?:want|wanted|wanting|wants|wish|wishes|need|needed|needs|pray|praying|long|longing"
         r"|like|love|desperate|just want|make|making|how to make) (?:\w+ ){0,6}?(?:for )?"
         r"(?:it all|everything|all of it"
         r"|the whole thing|it|all this|this|the pain|the noise in my head|the thoughts|the world"
         r"|my brain|my head|all) (?:to )?(?:just |all )?(?:stop|end|be over|go away|go quiet"
         r"|switch off|finish)",
         checks="deny self scope"),
    # ----- a burden; better off without me; nobody would notice
    rule("suicide", "burden", "burden drain weight waste problem liability millstone "
         "problems trouble",
         r"(?:i'm|i am|i feel|feel|feeling|felt|i've become|i have become|i was|being|been"
         r"|become|becoming|i'm just|i'm such|i'm nothing but|i'm only|i'm always|always|i'd be"
         r"|i'll be|i'll always be) (?:like )?(?:such |just |only |nothing but |more of |a total "
         r"|a real |a massive |a huge |an |a |the |one big |such a |just a |nothing but a )*"
         r"(?:burden|drain|weight (?:round|around|on) (?:\w+ ){0,2}?neck|waste of (?:space"
         r"|oxygen|air|skin|a life)|liability|millstone|problem (?:\w+ ){0,2}?(?:has|have) to"
         r" (?:manage|deal with|carry|cope with|sort|put up with))"
         r"(?=$|[,:]| to | on | for | and | in (?:their|his|her|everyone's) | round | around |"
         r" who | that )(?! (?:to|on|for) (?:the|our|my) (?:team|department|service|budget|ward"
         r"|company|colleagues|project|nhs|system))",
         checks="deny"),
    rule("suicide", "burden", "kindness favour dragging holding",
         r"(?:doing|do|did) (?:them|everyone|everybody|her|him|my [\w'-]+|the world|the family)"
         r" a (?:kindness|favour|service) (?:by|if i) (?:just )?(?:going|dying|disappearing|not"
         r" being here|being gone|leaving for good|ending it|went|died|disappeared|killing myself"
         r"|wasn't here|weren't here)"
         r"|(?:weight|anchor|millstone) (?:dragging|pulling|holding) (?:everyone|them|my \w+|her"
         r"|him|the family|everybody) (?:down|back)",
         checks="deny self"),
    rule("suicide", "burden", "burden burdening problems trouble misery pain grief",
         r"burden(?:ing)? (?:to|on|for) " + _BURDEN_WHO + r"|all i (?:ever )?(?:do|am) is (?:cause"
         r"|bring|make) (?:\w+ )?(?:problems|trouble|misery|pain|grief|stress|heartache)"
         r"(?: for (?:" + _BURDEN_WHO + r"))?|(?:not|isn't|unfair|selfish|wrong) (?:fair )?"
         r"(?:on (?:them|her|him|my \w+) )?(?:to|for me to) (?:keep being here|keep going|stay"
         r" alive|stay around|be here|carry on|keep living|keep burdening|keep putting them"
         r" through)",
         checks="deny self"),
    rule("suicide", "better-off", "better happier easier simpler fine cope manage relieved "
         "relief notice noticed care cared miss missed realise realize mind bother sad upset "
         "favour lighter move okay ok alright thrive matter free nobody anyone everyone grieve "
         "cry find dead wouldn't don't place lives life get",
         _GONE, also=(_REACTION,), unless=(_WORK_ROLE,), checks="scope",
         and_needs="died dead gone wasn't weren't exist existing disappeared vanished "
                   "killed ended took missing came come back home left way hit run over "
                   "something ill without ceased stopped alive here around picture"),
    rule("suicide", "better-off", "insurance worth payout",
         r"(?:better off|richer|sorted|fine|provided for|looked after) (?:\w+ ){0,2}?(?:with|from)"
         r" (?:the|my) (?:life insurance|insurance (?:money|payout)|death in service|pension)"
         r"|(?:life insurance|death in service) (?:would|will|'d|'ll) (?:pay out|cover|sort|look"
         r" after|take care)|worth more (?:to (?:them|her|him|my \w+|everyone) )?dead",
         unless=(r"(?:his|her|their) (?:life insurance|death in service|pension)",),
         checks="deny"),
    rule("suicide", "better-off", "easier better simpler kinder",
         r"(?:easier|better|simpler|kinder) (?:\w+ ){0,4}?if i (?:just )?(?:didn't|never|wasn't"
         r"|weren't) (?:go|come|get|make it|going|coming) (?:home|back|up)",
         checks="self vague"),
    rule("suicide", "better-off", "miss missed",
         r"(?:nobody|no one|none of them|not one person|not a soul|who) (?:would|'d|will|is"
         r" going to|would even|will even|would really|will really|would actually|would ever)"
         r" (?:even |really |actually |ever )?miss me|wouldn't be missed|won't be missed"),
    # ----- means and places
    rule("suicide", "means-vehicle", "steer steering steered swerve swerving swerved drive "
         "driving driven drove crash crashing crashed plough ploughing ploughed veer veering "
         "veered aim aiming aimed wheel go going went come run running",
         r"(?:steer|swerv|driv|drove|crash|plough|veer|aim|turn(?:ing)? the wheel|yank(?:ing)?"
         r" the wheel|wrap(?:ping)? (?:the|my) car|run(?:ning)? (?:the|my) car|go(?:ing)?|went"
         r"|come|coming)\w* (?:(?:the|my|our|a) (?:\w+ )?(?:car|van|truck|lorry|motorbike|bike"
         r"|cab) |it |straight |just |right |head[- ]on )?"
         r"(?:into|in to|off|in front of|under|towards|at full speed into|through|off the road"
         r" into) (?:\w+ ){0,3}?" + _VEHICLE_TARGET
         + r"|(?:driv|steer|swerv|drove)\w* (?:the car |my car |the van )?off (?:it|the side"
         r"|the top|the end)(?=$|[,.]| and| into| at)",
         also=(r"(?:" + URGE + r"|on purpose|deliberately|how easy|so easy"
               r"|could easily|could just|so it would (?:all )?(?:stop|end)|just so it would"
               r"|and end it|end it all|telling me to|tells me to|told me to|voices?|intrusive)",),
         unless=(r"(?:by accident|accidentally|skidded|ice|black ice|near[- ]miss|pulled out on"
                 r" me|nearly hit|fell asleep at the wheel|nodded off)",),
         checks="deny self"),
    rule("suicide", "means-vehicle", "foot wheel accelerate accelerating floor flooring brake "
         "braking hands",
         r"put(?:ting)? my foot down|floor(?:ing)? it|accelerat\w*|let(?:ting)? go of the wheel"
         r"|tak(?:e|ing) my hands off the wheel|not brak(?:e|ing)|(?:stop|stopped) steering",
         also=(r"(?:" + URGE + r"|how easy|so easy|could easily|could just)",
               r"(?:" + _VEHICLE_TARGET + r"|at (?:seventy|eighty|ninety|a hundred|\d+|speed"
               r"|full speed)|on the (?:motorway|bypass|dual carriageway|bend|m\d+|a\d+))"),
         checks="deny self"),
    rule("suicide", "means-vehicle", "garage exhaust hose hosepipe fumes",
         r"(?:car|engine|exhaust|hose|hosepipe|fumes) (?:\w+ ){0,3}?(?:in|into|from|for) (?:the|my)"
         r" (?:garage|car)|(?:in|into) the garage (?:\w+ ){0,4}?(?:engine|car|exhaust)",
         also=(r"(?:door(?:s)? (?:shut|closed|down)|engine running|running|hose|hosepipe|exhaust"
               r"|fumes|" + URGE + r")",),
         unless=(r"(?:for (?:repairs|a service|its mot|the mot|the winter)|mechanic|by mistake)",),
         checks="deny self"),
    rule("suicide", "means-fall", "jump jumping jumped leap leaping leapt step stepping stepped "
         "throw throwing threw fling hurl fall falling drop dropping lie lying lay walk walking "
         "walked go going climb climbing climbed lean leaning topple roll let",
         r"(?:jump|jumping|jumped|leap|leaping|leapt|step|stepping|stepped|throw(?:ing)? myself"
         r"|threw myself|fling(?:ing)? myself|hurl(?:ing)? myself|let(?:ting)? myself fall|fall"
         r"|falling|drop|dropping|lie down|lying down|lay down|walk|walking|walked|go|going|climb"
         r"|climbing|climbed|lean|leaning|topple|toppling|roll|rolling)"
         r" (?:out |off |myself |over |down |in )?(?:of |onto |into |off |from |in front of "
         r"|under |onto |on to |over |across |out of |out |down onto |down on |on )"
         r"(?:the |a |my |that |an |some |one of the |those )?(?:\w+ ){0,3}?" + _PLACE_FALL,
         also=(r"(?:" + URGE + r"|how easy|so easy|could easily|could just"
               r"|keep seeing myself|on purpose|got as far as|before (?:my phone rang|someone"
               r"|i stopped|i changed)|closer to the edge|telling me to|tells me to|told me to"
               r"|voices?|intrusive)",),
         unless=(r"(?:if i (?:hear|have to|see|get) (?:\w+ ){0,6}(?:again|one more|another)"
                 r"|(?:to|for) (?:work|the office|the meeting|leeds|london|york|manchester"
                 r"|the station|the interview))",),
         checks="deny self joke"),
    rule("suicide", "means-fall", "jumping stepping climbing falling jump climb step over "
         "jumped stepped letting let leaning lean throwing",
         r"(?:jumping|jumped|stepping off|stepped off|stepping out|stepped out|climbing over|climb"
         r" over|climb(?:ing|ed)? (?:over |up )?the (?:railings?|barrier|parapet|fence|wall|edge"
         r"|balcony)|going over|go over|falling|throwing myself|letting go|let go|step off|jump"
         r"|stepping forward|stepped forward|leaning too far|lean too far|letting myself (?:fall"
         r"|drop"
         r"|go over)|let myself (?:fall|drop|go over))"
         r"(?=$|[,:]| the (?:railings?|edge|side|barrier|parapet|wall)| off| a lot| again"
         r"| when| every| sometimes| for| and)",
         also=(URGE + r"|how easy|so easy|could just|the pull|pulled towards"
               r"|drawn to|compelled|telling me to|tells me to",
               _PLACE_HIGH + r"|platform|train|tracks|railway|level crossing"),
         unless=(r"(?:jump(?:ing)? (?:ship|at|on|in|through|the gun|the queue)|if i (?:hear|have"
                 r" to|see) )",),
         checks="deny self joke"),
    rule("suicide", "means-fall", "going gonna i'll will about ready",
         r"(?:going to|gonna|i'll|i will|about to|ready to) (?:just )?(?:jump|throw myself|step"
         r"|leap|walk|drive|fling myself|launch myself) (?:out |off |over )?(?:off|from|in front of"
         r"|into|under|out of|over) (?:the |a |my |that )?(?:\w+ ){0,3}?(?:bridge|building|roof"
         r"|cliff|balcony|window|ledge|tower|car park|multi-storey|viaduct|flyover|train|lorry"
         r"|traffic|bus|motorway|river|sea|edge|tracks|quarry)",
         unless=(r"(?:if i (?:hear|have to|see|get) (?:\w+ ){0,6}(?:again|one more|another)"
                 r"|(?:to|for) (?:work|the office|the meeting|the station|the interview))",),
         checks="deny self joke",
         and_needs="jump throw step leap walk drive fling launch"),
    rule("suicide", "means-fall", "stood sat stayed standing sitting",
         r"(?:stood|sat|stayed|standing|sitting|waited) (?:there |up there |on it |at the top |at"
         r" the edge )?(?:for )?(?:ages|a long time|hours|an hour|a while|half an hour|ages and"
         r" ages|what felt like hours)",
         also=(r"(?:bridge|viaduct|flyover|roof|rooftop|cliff|cliffs|ledge|balcony|edge|top floor"
               r"|car park roof|railway|tracks|level crossing|quarry|parapet|railings)",),
         unless=(r"(?:view|views|sunset|photo|photos|beautiful|lovely|selfie|fireworks|queue"
                 r"|waiting for (?:the|a|my) (?:train|bus|lift|taxi))",),
         checks="deny self"),
    rule("suicide", "means-fall", "edge wrong ledge",
         r"(?:stood|standing|stand|sat|sitting|sit|been|was|climbed|climbing|perched|got) (?:\w+ )?"
         r"(?:on|onto|over) (?:the (?:edge|ledge|wrong side) of (?:the |a |that )?(?:\w+ )?"
         r"(?:bridge|roof|building|cliff|car park|multi-storey|tower|balcony|viaduct|flyover"
         r"|railings"
         r"|barrier|parapet|platform|railway bridge)|the ledge|the railings? of)",
         checks="deny self"),
    rule("suicide", "means-fall", "stood standing stand sat sitting sit went got climbed "
         "walked made was been spent drove",
         r"(?:stood|standing|stand|sat|sitting|sit|went up|go up|got as far as|climbed up|walked"
         r" (?:up )?to|made it to|lean(?:ing|ed)? over|was|been|spent (?:\w+ ){0,3}?"
         r"|drove (?:up )?to"
         r"|went (?:up )?to) (?:on |at |by |to |up to |over |on top of )?(?:the |a "
         r"|that )?(?:edge of (?:the |a )?)?(?:\w+ ){0,2}?(?:" + _PLACE_HIGH
         + r"|platform|tracks|level crossing|railway line)",
         also=(r"(?:looking down|staring down|stared down|looked down|the drop|how high|how far"
               r" down|closer to the edge|over the edge|got as far as|before my phone rang"
               r"|talked myself (?:down|out of it)|before i (?:stopped|changed|bottled|pulled"
               r" back)|lost my nerve|didn't have the guts|couldn't do it|couldn't go through"
               r"|climb(?:ing)? over|(?:jump|jumped|jumping|step|stepped|stepping|lean|leaned"
               r"|leaning|fall|fell|go|went|throw myself) (?:off|over|forward|in front|out)"
               r"|what (?:would|it would|it'd) (?:happen|feel like|be like) if i"
               r"|how (?:easy|quick|simple|fast) it (?:would|'d|could) be|waiting for (?:a|the)"
               r" (?:fast )?train to come|trying to decide|deciding whether|couldn't decide"
               r"|(?:working|building|plucking) up (?:the )?(?:courage|nerve)|the pull|drawn to"
               # how long, how late, how alone: "stood on the bridge for an hour last night"
               r"|for (?:an|a good|over an|half an|nearly an|almost an|two|three|ages|hours)"
               r"(?: (?:hour|hours))?\b|in the dark|at (?:midnight|[1-5] ?(?:am|in the morning))"
               r"|on my own|by myself|alone)",),
         unless=(r"(?:view|views|sunset|photo|photos|beautiful|lovely|selfie|watching|waiting for"
                 r" (?:the|a|my) (?:bus|train|lift|taxi)|queue|queuing|delayed|cancelled"
                 r"|survey|inspect|inspection|site visit)",
                 # sitting in a car park (in the car, at ground level) is no high place
                 r"^(?!.*\b(?:top|roof|level|floor|storey|edge|multi)\b).*\bin (?:the|a|that)"
                 r" car park\b"),
         and_needs="bridge bridges viaduct flyover overpass roof rooftop building balcony "
                   "cliff cliffs car park multi-storey multi storey tower ledge window "
                   "railing railings parapet edge top drop quarry dam platform tracks "
                   "crossing railway line",
         checks="deny self"),
    rule("suicide", "means-brood", "thought thinking wondered considered",
         r"(?:looked|looking|stared|staring|stood|standing|sat|sitting|went|drove|walked|been)"
         r" (?:\w+ ){0,3}?(?:at|on|to|by|over|up to|near) (?:the|a|that|this) (?:\w+ ){0,2}?"
         r"(?:bridge|railway|tracks|roof|edge|cliff|platform|level crossing|car park|tower"
         r"|balcony|ledge|river|viaduct|motorway bridge) (?:\w+ ){0,4}?(?:and|,) (?:\w+ ){0,3}?"
         r"(?:thought about it|thinking about it|wondered|considered it|thought about doing it"
         r"|thought about going over|thought about jumping|couldn't stop thinking)",
         unless=(r"(?:view|views|sunset|photo|photos|beautiful|lovely|selfie|design|repairs"
                 r"|engineering|project|commute)",),
         checks="deny self"),
    rule("suicide", "means-brood", "quick easy simple fast painless peaceful long",
         r"how (?:quick|easy|simple|fast|painless|peaceful|long|little it would take) it (?:would"
         r"|'d"
         r"|could|might) (?:be|feel|take)",
         also=(r"(?:" + _PLACE_FALL + r"|" + _MEANS + r"|" + THINK + r")",
               r"(?:" + _PLACE_FALL + r"|" + _MEANS + r")"),
         unless=(r"(?:to (?:fix|change|sort|do|get|delegate|hire|move|set up|book|cancel|build"
                 r"|make|send|call|ask|say|reply|drop|skip|miss|quit)|the train (?:to|into|from)"
                 r" (?:work|the office|town|london|leeds))",),
         checks="deny self"),
    rule("suicide", "means-brood", "know decided",
         r"(?:know|decided|worked out) (?:exactly )?what i'm (?:going to|gonna) do (?:with (?:it"
         r"|them|that|the \w+))",
         also=(_MEANS + r"|exhaust|garage|hose|hosepipe",), checks="deny self"),
    rule("suicide", "means-brood", "thinking thought think",
         r"(?:thinking|think|thought) (?:about|of) (?:the|that|those|my|a|some) (?:\w+ )?(?:bridge"
         r"|edge|drop|tracks"
         r"|railway line|railway|level crossing|cliff|roof|rope|noose|tablets|knife|knives"
         r"|train|trains|river|motorway|barrier|balcony|ledge|blade|blades|razor|gun)"
         r"(?=$|[,:]| near| by| on| at| in| over| outside| where| when| again| a lot| every"
         r"| all| and| with)",
         checks="deny self",
         and_needs="bridge edge drop tracks railway line crossing cliff roof rope noose "
                   "tablets knife knives train trains river motorway barrier balcony "
                   "ledge blade blades razor gun"),
    rule("suicide", "means-brood", "thought thinking think using use used stared staring held "
         "holding looked looking long hours ages",
         _MEANS + r"\b.{0,60}?(?:thought about (?:it|using it|doing it|using them)|thinking about"
         r" (?:it|using it|doing it|using them)|stared at (?:it|them)|staring at (?:it|them)"
         r"|held (?:it|them) (?:to|against)|for a long time|for ages|for hours)|(?:use|using|used)"
         r" (?:it|them|that"
         r"|this|the \w+) on myself",
         also=(r"(?:i|i've|i'm|i'd|me|my)",), checks="deny self",
         and_needs="knife knives block blade blades razor razors rope ropes noose belt "
                   "cord cable ligature tablets gun shotgun bleach hose hosepipe bag "
                   "scarf"),
    rule("suicide", "means-tablets", "tablets tablet dose prescription",
         r"(?:stockpil\w*|sav(?:e|ed|es|ing)|hoard\w*|stash(?:ed|ing|es)?|squirrel(?:led|ling)?"
         r"|stor(?:e|ed|ing)|collect(?:ed|ing)?|put(?:ting)? aside|set(?:ting)? aside|put by"
         r"|build(?:ing)? up|built up|count(?:ed|ing)?|gather(?:ed|ing)?|lin(?:e|ed|ing) up"
         r"|hid(?:den|ing)?|hide) (?:up )?(?:all |some |a few |loads |lots )?(?:of )?(?:my |me )"
         r"(?:\w+ ){0,2}?tablets|(?:stockpil\w*|sav(?:e|ed|ing)|hoard\w*|stash(?:ed|ing)?"
         r"|squirrel(?:led|ling)?|hid(?:den|ing)?|hide) (?:up )?(?:all |some |a few |enough "
         r"|extra |spare |loads of "
         r"|lots of |a stash of |a supply of |boxes of |packets of )?(?:\w+ )?tablets"
         r"|tablets (?:saved|stockpiled|stashed|hoarded|squirrelled)"
         r"|(?:boxes|packets|bottles|strips|tubs|piles|a stash|a supply|loads|lots) of (?:\w+ )?"
         r"tablets (?:\w+ )?(?:hidden|stashed|saved|hoarded|stockpiled|put away|tucked away"
         r"|squirrelled away|(?:in|under|behind) (?:my|the) (?:wardrobe|drawer|car|bag|glovebox"
         r"|shed|loft|garage|cupboard|bedroom|bed|mattress))"
         r"|tablets (?:hidden|stashed|tucked away|squirrelled away) (?:in|under|behind) (?:my|the)"
         r"|my (?:\w+ )?tablets (?:all )?(?:lined up|laid out|counted out|set out|ready|in a row"
         r"|in piles|in a pile)"
         r"|count(?:ed|ing)? (?:up )?(?:all )?(?:the|my) (?:\w+ )?tablets (?:in|from) (?:the|my)"
         r" (?:\w+ )?(?:cabinet|drawer|bathroom|cupboard|bedside|bag|car|box|house|kitchen)",
         unless=(r"(?:for (?:the|a|my) (?:team|ward|clinic|trip|journey|holiday|pharmacy|audit)"
                 r"|saving time|supply room|stock check|the nurses|pharmacist|trolley|treatment"
                 r" room|controlled drugs|mar sheet|ward|clinic|stock list|residents?|patients?)",),
         checks="deny self"),
    rule("suicide", "means-tablets", "tablets tablet them instead rather",
         r"(?:not (?:been )?taking (?:them|my \w+|the tablets)|putting them (?:in|into|aside)"
         r"|(?:instead of|rather than) (?:actually )?taking (?:them|my \w+|the tablets)"
         r"|(?:putting|dropping|tipping|popping|keeping|storing|hiding|saving|stuffing|sticking)"
         r" (?:them|my tablets|the tablets|my \w+ tablets) (?:in|into) (?:a|the|an|my) (?:\w+ )?"
         r"(?:jar|tub|box|drawer|tin|bag|envelope|pot|sock|bottle|container|pocket)"
         r"|saving them|stockpiling them|hoarding them|keeping them (?:in|aside))",
         also=(r"(?:tablets|dose|prescription|prescribed|gp|doctor)",),
         unless=(r"(?:side effects|made me (?:sick|ill|drowsy)|feel better|doctor said to stop"
                 r"|told me to stop)",),
         checks="deny self"),
    rule("suicide", "means-tablets", "take taking took taken swallow swallowing swallowed down "
         "downing downed neck necking necked have had all",
         r"(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed|neck"
         r"|necking|necked|have|had) (?:every (?:single )?tablet|all the tablets in the house"
         r"|everything in the (?:medicine|bathroom) cabinet)"
         r"|(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed|neck"
         r"|necking|necked|have|had) (?:all|every one of|every single one of|the whole|a whole"
         r"|an entire|the lot of|a load of|loads of|a bunch of|a handful of|handfuls of|enough"
         r"|too many|the lot|lots of|all of|a month's|a week's|two months'|a box of|boxes of"
         r"|two boxes of|three boxes of|a packet of|packets of|a bottle of|the rest of|all the"
         r" rest of|all the) (?:of )?(?:my |the |them|those|of my |of the |\w+ )?(?:\w+ )?"
         r"(?:tablets|packet|packets|box|boxes|strip|strips|bottle|tub|lot)"
         r"|(?:take|taking|took|swallow\w*|down\w*) (?:them|my tablets|the tablets"
         r"|the lot) (?:all )?"
         r"(?:at once|in one go|together|at the same time)",
         also=(r"(?:tablets|tablet|dose|overdose)",),
         unless=(r"(?:as prescribed|like the doctor said|the course of|of antibiotics"
                 r"|for (?:the|a|my) (?:headache|migraine|cold|flu|back|pain|infection))",),
         and_needs="tablets tablet dose overdose",
         checks="deny self"),
    rule("suicide", "means-tablets", "lot all everything",
         r"(?:going to|gonna|i'll|i will|want to|tempted to|could) (?:just )?(?:take|swallow|down)"
         r" (?:the lot|them all|all of them|everything i've got)(?=$|[,.]| tonight| at once| in one"
         r" go| and (?:not|never) wake| when| and)",
         checks="deny self",
         and_needs="take swallow down"),
    rule("suicide", "means-tablets", "taken swallowed used",
         r"(?:haven't|not|didn't|never) (?:\w+ )?(?:taken|swallowed|used|take|swallow|use) (?:them"
         r"|it|the lot|all of them) yet",
         also=(r"(?:tablets|tablet|rope|noose|blade|knife|gun|dose|overdose)",),
         checks="self ctx"),
    rule("suicide", "means-tablets", "counted counting count lined laid tipped poured emptied",
         r"(?:counted|counting|count|lined up|laid out|tipped out|poured out|emptied out|sorted)"
         r" (?:them|my tablets|the tablets|all of them|the lot|them all|them out)(?=$|[,.]| out"
         r"| up| and| again| on| into| onto| in)",
         also=(r"(?:tablets|tablet|dose|prescription)",),
         unless=(r"(?:supply room|stock|ward|trolley|pharmacy|audit|residents?|patients?"
                 r"|controlled drugs)",),
         checks="deny self"),
    rule("suicide", "means-tablets", "bought buying buy got getting picked stocked",
         r"(?:bought|buying|buy|got|getting|picked up|stocked up on|stocking up on) (?:\w+ ){0,3}?"
         r"tablets",
         also=(r"(?:more than i (?:need|should)|than i need|from (?:different|several|lots of"
               r"|two|three) (?:shops|chemists|pharmacies|places)|a few at a time|just in case"
               r"|in case|for when|i know what (?:it's|they're|they are|it is) for|stockpil\w*"
               r"|so i have enough|enough to)",),
         checks="deny self"),
    rule("suicide", "means-tablets", "tablets enough many lethal fatal dose",
         r"enough (?:of )?(?:my |the )?(?:\w+ )?tablets (?:saved|stored|stashed|put by|to (?:make"
         r" sure|do it|end it|not wake up|kill me|be sure|finish it|end things|do the job|stop"
         r" everything))|enough (?:saved |stored )?to make sure|(?:saved|got) enough (?:\w+ )?"
         r"(?:tablets )?to (?:make sure|do it|end it|not wake up|kill me|be sure)"
         r"|how (?:many|much) (?:of (?:my|the|these) )?(?:\w+ ){0,2}?tablets (?:it(?:'d"
         r"| would)? take"
         r"|would (?:it )?take|it takes|to take|would kill|would do it|would be enough|is enough"
         r"|are enough|i'd need|are lethal|is lethal|does it take|to kill|to die|to end)"
         r"|(?:lethal|fatal|deadly) (?:dose|amount|quantity)",
         checks="deny self"),
    rule("suicide", "means-tablets", "tablets tablet",
         r"(?:keep|keeping|kept|carry|carrying|got|have) (?:my |the |some |all my |a stash of )?"
         r"(?:\w+ )?tablets (?:\w+ ){0,4}?(?:in case i|for when i|just in case|in case$|for the"
         r" day (?:i|when)|for if i|ready for)",
         unless=(r"in case i (?:get|have|feel) (?:a |an )?(?:migraine|headache|cold|pain"
                 r"|attack|flare)",),
         checks="deny self"),
    rule("suicide", "means-rope", "rope noose ligature beam",
         r"(?:bought|buy|buying|got|have|found|ordered|tied|tying|tie|keep|kept|put up|hung"
         r"|hidden|hid|made|making) (?:a |the |some |my )?(?:length of )?(?:rope|noose|ligature)"
         r"(?! (?:for|to tie|to hold|from the|swing|ladder|bridge|course))|noose"
         r"|(?:rope|ligature) (?:in|round|around|from|over) (?:the|my) (?:garage|loft|shed|neck"
         r"|banister|beam|bedroom|wardrobe|door|tree)|(?:went|go|going|drove|walked"
         r"|took) (?:\w+ ){0,4}?"
         r"(?:with|took) (?:a|the|my) (?:rope|noose|ligature)|(?:took|take|taking) (?:a|the|my)"
         r" (?:rope|noose|ligature) (?:to|into|up|with me)|(?:beam|banister"
         r"|loft hatch) (?:\w+ ){0,8}?"
         r"(?:rope|noose|hang)",
         unless=(r"(?:skipping|climbing|sailing|tug of war|boat|tent|swing|washing line|dog lead"
                 r"|ropes course|the ropes|on the ropes)",),
         checks="deny self"),
    rule("suicide", "researching", "research researching researched googling googled google "
         "search searching searched looking looked reading read watching watched asked checked "
         "checking find finding",
         r"(?:research\w*|look(?:ed|ing)? up|googl\w*|search(?:ed|ing|es)?(?: for| up)?"
         r"|read(?:ing)?"
         r" (?:up )?(?:about|on)|been reading|watch(?:ed|ing)? videos (?:about|on)|asked (?:the"
         r" )?(?:ai|chatbot|internet|google)|check(?:ed|ing)|find(?:ing)? out|found out)"
         r" (?:\w+ ){0,4}?(?:methods(?=$|[,:]| to (?:die|end|kill|go)| of (?:suicide|dying"
         r"|killing))|ways to (?:die|end it|go|do it|kill myself|not wake up)|how to (?:die|kill"
         r" myself|end it|do it|overdose|tie a noose|not wake up|end my life)|painless (?:ways"
         r"|death|way)|how (?:many|much) (?:\w+ ){0,3}?tablets|lethal|fatal dose|overdose"
         r"|how long it takes"
         r" to die|quickest way|easiest way (?:to (?:die|go|end))?|surest way|tie a noose|noose"
         r"|(?:which|what) (?:\w+ ){0,3}?(?:bridges?|buildings?|car parks?|cliffs?|drops?)"
         r"|how high (?:\w+ ){0,3}?(?:bridge|building|car park|roof|cliff)|suicide"
         r"|(?:the )?(?:tallest|highest|nearest high|biggest drop|high|highest point of the)"
         r" (?:bridge|bridges|building|buildings|car park|cliff|cliffs|drop|multi-storey|tower"
         r"|point|viaduct))",
         checks="deny self"),
    rule("suicide", "researching", "enough high tall deep",
         r"(?:which|what|how) (?:\w+ ){0,4}?(?:bridges?|buildings?|car parks?|cliffs?|roofs?"
         r"|drops?|floors?|multi-storeys?|towers?) (?:\w+ ){0,4}?(?:are|is|would be) (?:high"
         r"|tall|deep) enough|high enough to (?:die|kill|do it|not survive|be sure)",
         checks="deny self"),
    # ----- plans, goodbyes and past attempts
    rule("suicide", "plan", "out how when where way accident",
         r"(?:(?:worked|figured|thought|planned|mapped|sorted) out|written down|wrote down"
         r"|noted down"
         r"|jotted down|made notes on) (?:exactly )?(?:how|when|where"
         r"|the way) (?:i'd|i would|i'll|i will|i'm going to|i could|i can|to|it would|i might)"
         r" (?:do it|end it|go|die|end things|not be found|make it look|end my life|kill myself)"
         r"(?! (?:differently|better|if|with|for|at work|in (?:the|this|a) (?:job|role|meeting)))"
         r"|(?:mak(?:e|ing)|made) it look like an accident"
         r"|(?:know|decided|picked|chosen|chose|set|settled on|worked out|thought about"
         r"|think about|thinking about|thinking of|planned|planning) (?:exactly )?(?:how|when"
         r"|where) (?:i'd|i would|i'll|i will|i'm going to"
         r"|to) (?:do it|end it|go through with it)(?=$|[,.]| and| in detail| now| already)",
         checks="deny self",
         and_needs="do end go die kill accident"),
    rule("suicide", "plan", "plan planned planning decided going",
         r"(?:my plan is|i've planned|i'm planning|i plan|i've decided|i'm going|i'm gonna) to"
         r" (?:go|get|drive|walk|head|climb) (?:up )?(?:to |onto "
         r"|on to )?(?:the )?(?:top (?:floor )?"
         r"of )?(?:the |a )?(?:bridge|roof|top floor|cliff|cliffs|multi-storey|car park roof"
         r"|railway|tracks|level crossing|edge|viaduct|tower)",
         unless=(r"(?:for (?:lunch|the view|a photo|a walk|a run|coffee|the meeting|work|a smoke"
                 r"|a break|a drink|the fireworks|the party)|to (?:meet|see|watch|take|have|eat"
                 r"|check|inspect|fix|survey|film|photograph|clean|repair))",),
         checks="deny self"),
    rule("suicide", "plan", "planned worked figured sorted mapped",
         r"(?:got|have|i've|it's) (?:it )?(?:all )?(?:planned|worked|figured|sorted|mapped) out,?"
         r" (?:the )?(?:how|when|where|method)(?: and (?:the )?(?:when|how|where))?(?=$|[,.]| and"
         r"| i'll| i'm)",
         checks="deny self"),
    rule("suicide", "wish", "funeral",
         THINK + r" (?:\w+ ){0,5}?(?:at|after|without me at|planning|organising) my"
         r" (?:own )?funeral",
         checks="deny self"),
    rule("suicide", "plan", "picked chosen chose set settled got date day",
         r"(?:picked|chosen|chose|set|settled on|decided on|got) (?:a|the) (?:date|day|time|place"
         r"|spot|method)(?=$|[,.]| for it| to do it| and (?:a|the) (?:time|place|method|way))",
         checks="deny self"),
    rule("suicide", "plan", "through",
         r"(?:nearly|almost|came close to|come close to|so close to|very close to|might|could"
         r"|scared i'll|afraid i'll|worried i'll|frightened i'll|going to|gonna|i'll|ready to"
         r"|finally|i'm|i am|i've decided|decided|made up my mind|made my mind up|i will)"
         r" (?:\w+ )?(?:go|gone|went|going) through with it",
         checks="deny self"),
    rule("suicide", "plan", "going gonna i'll will planning plan",
         r"(?:going to|gonna|i'll|i will|i'm going to|planning to|plan to) do it (?:tonight"
         r"|tomorrow(?: night)?|this weekend|at the weekend|soon|on (?:monday|tuesday|wednesday"
         r"|thursday|friday|saturday|sunday)|next week|after (?:the|christmas|payday))",
         also=(r"(?:when|while|once|before) (?:the kids|everyone|nobody|no one|he|she|they|my"
               r" \w+|the house|i'm alone)(?:'s| is| are|'re)? (?:\w+ ){0,3}?(?:away|out|asleep"
               r"|at|gone|empty|alone|home|in bed|back)|made my mind up|made up my mind|nobody will"
               r"|no one will",),
         checks="deny self"),
    rule("suicide", "plan", "made mind",
         r"(?:made my mind up|made up my mind|my mind is made up|my mind's made up|decided)"
         r"(?=$|[,.])",
         also=(r"(?:end it|end things|end my life|do it|go through with it|kill myself|not be"
               r" here|be gone)",),
         checks="deny self"),
    rule("suicide", "letters", "goodbye goodbyes goodbye's",
         r"(?:saying|said|say|been saying) (?:my )?goodbyes? (?:\w+ ){0,4}?(?:without (?:them"
         r"|anyone"
         r"|people|him|her|my \w+) (?:knowing|realising|noticing)|in my head|for the last time"
         r"|quietly|properly|one last time|for good|in my own way)",
         unless=(r"(?:retir\w*|leaving|moving|new job|last day|holiday|emigrat\w*)",),
         checks="deny self"),
    rule("suicide", "letters", "goodbye goodbyes",
         r"(?:letters?|notes?|messages?|cards?|videos?|emails?|texts?) (?:\w+ ){0,2}?(?:to|saying)"
         r" (?:say )?(?:goodbye|my goodbyes)",
         also=(r"(?:i|i've|i'm|i'd|my|me)",),
         unless=(r"(?:retir\w*|leaving|moving on|new job|farewell party|leaving do|last day"
                 r"|last week at|the team|to the staff|colleague|job|school|class|clients)",),
         checks="deny self"),
    rule("suicide", "letters", "goodbye farewell suicide letter letters note notes",
         r"(?:goodbye|farewell|suicide|last|final) (?:letters?|notes?|messages?|emails?|texts?"
         r"|videos?|voice notes?)(?! (?:to|for) (?:the|all|our|my|a) (?:team|staff|clients"
         r"|customers|parents|class|colleague|colleagues|boss|manager|leaver))",
         also=(r"(?:i|i've|i'm|i'd|my|me)",),
         unless=(r"(?:retir\w*|leaving|moving on|new job|farewell party|leaving do|last day"
                 r"|last week at|the team|to the staff)",),
         checks="deny self"),
    rule("suicide", "letters", "letter letters note notes message messages video videos card "
         "cards instructions",
         r"(?:wrote|written|write|writing|left|leave|leaving|drafted|drafting|recorded|recording"
         r"|typed|typing|started|finished|prepared|preparing) (?:out |up )?(?:a |some |the |my "
         r"|little |private |separate )?(?:letters?|notes?|messages?|videos?|cards?|instructions)"
         r" (?:\w+ ){0,3}?" + _FAMILY_TO + r"(?=$|[,.]| and| " + _OMINOUS + r")",
         checks="deny self"),
    rule("suicide", "letters", "letter letters note notes message messages video videos card "
         "cards instructions",
         r"(?:wrote|written|write|writing|left|leave|leaving|drafted|drafting|recorded|recording"
         r"|typed|typing|prepared|preparing) (?:out |up )?(?:a |some |the |my |little |private "
         r"|separate )?(?:letters?|notes?|messages?|videos?|cards?|instructions) (?:\w+ ){0,3}?"
         + _FAMILY_TO,
         also=(_OMINOUS,), checks="deny self"),
    # ----- the things done last: giving away, wills, affairs in order
    rule("suicide", "giving-away", "affairs order going gone",
         r"(?:put|putting|get|getting|got|sort(?:ed|ing)?|set(?:ting)?|have|had) (?:out )?(?:all )?"
         r"my affairs (?:in order|sorted|straight)(?!,? (?:as in|i mean|for the (?:move|divorce"
         r"|mortgage|pension|audit|handover|maternity|new job)))"
         r"|(?:won't|will not|wouldn't|don't|shan't) need (?:it|them|this|that|these|those|any of"
         r" (?:it|this|them)|my \w+|anything) where i'm going|where i'm going (?:i won't|you"
         r" can't|there's no|i don't)",
         checks="deny self"),
)

# --------------------------------------------------------------------------- finality cues

#: Things people do when they are putting their life in order to leave it. One alone is
#: ordinary (wills get written, dogs get rehomed); a last-things cue with any other is not.
_FINAL: tuple[str, ...] = (
    r"(?:sorted|written|wrote|made|updated|done|finished|changed|writing|sorting|making)"
    r" (?:out )?my will(?! (?:now|because|since) (?:the|we|i've|i'm) (?:baby|got|married"
    r"|bought))",
    r"(?:won't|will not|wont) (?:be )?need(?:ing)? (?:it|them|this|these|those|any of (?:it"
    r"|this|them)|my \w+)(?! (?:for|at|in) (?:the|work|my|this) )",
    r"(?:when|after|once|if) i'm (?:gone|dead|not here)(?! (?:on|for|to|from|at|in|next) )",
    r"(?:getting|got|get) (?:things|everything|it all) (?:ready|sorted|in order)(?! for"
    r" (?:the|my|our) (?:move|handover|holiday|baby|wedding|trip|leave|launch|audit"
    r"|inspection))",
    r"tying up (?:\w+ )?loose ends|(?:say|saying|said) (?:my )?goodbyes?",
    r"(?:sorting|sorted|writing|updating|finished|done) (?:out )?the will(?! for (?:my|the)"
    r" (?:mum|dad|parents|client|estate))",
    r"(?:the|all my|my) passwords(?=$|[,.]| for| to| written| sorted| in)",
    r"(?:i'm|i am) (?:so )?sorry for everything|thank you for everything(?=$|[,.])"
    r"|this is (?:probably |likely |maybe )?(?:our|my|the) last (?:session|conversation|chat"
    r"|time)(?! (?:before|until|for now|this (?:term|year|week)|of the))|this is goodbye"
    r"|goodbye for good|(?:i|i'll) won't be (?:needing|coming to) (?:these|this|the)"
    r" (?:sessions|app)",
    r"(?:told|shown|showed|telling|tell) (?:my |\w+ ){0,2}?(?:where|how to find) (?:the|my)"
    r" (?:will|passwords|documents|insurance|life insurance|policy|papers|bank details)",
    r"(?:wrote|written|writing) down (?:all )?my passwords|my passwords (?:for|to) (?:my )?\w+",
    r"(?:nobody|no one|they|nobody else|no one else) (?:has|have|will have|would have|needs"
    r"|need) to (?:deal with|sort out|clean up|sort) (?:a |the |my |any )?(?:mess|anything"
    r"|everything|it)",
    r"before i go(?=$|[,.])",
    r"(?:don't|won't|shan't) need any of (?:it|this|them|my (?:stuff|things))(?=$|[,.]| now"
    r"| anymore| any more| where)",
    r"(?:i'm|i am|i feel) (?:\w+ )?ready to go(?=$|[,.]| now)",
    r"won't be around to (?:walk|feed|look after|care for|see|watch|help)",
)
#: Giving away what one owns. Counts only beside a last-things cue.
_GIVING: tuple[str, ...] = (
    r"(?:giv(?:e|en|ing)|gave|hand(?:ed|ing)? over|pass(?:ed|ing)? on|rehom(?:ed|ing))"
    r" (?:away )?(?:all |most of |some of |lots of |a lot of |bits of )?(?:my|the) (?:\w+ )?"
    r"(?:things|stuff|possessions|belongings|books|clothes|guitar|watch|jewellery|records"
    r"|bike|car|dog|cat|pets?|rabbit|horse|ring|camera|plants|allotment|collection|tools"
    r"|savings|furniture|laptop|phone)(?! (?:to (?:the )?(?:charity|charity shop|tip)"
    r" because we're moving))",
    r"(?:giving|gave|given|give) (?:my |the )?(?:things|stuff|possessions|belongings) away",
    r"(?:has|have|got|gets|can have|will have) (?:all )?my (?:\w+ )?(?:jewellery|records|guitar"
    r"|watch|ring|books|clothes|savings|belongings|things|stuff|car|bike|collection)(?= now|$|[,.]"
    r"| and)",
    r"cancel(?:led|ling)? (?:all )?my (?:subscriptions|direct debits|phone contract|gym"
    r"|accounts|memberships)",
    r"(?:can|will|should|could) have (?:all )?my (?:\w+ )?(?:savings|things|stuff|car|records"
    r"|house|money|belongings|jewellery|books|clothes|guitar|watch|ring|collection)",
)
FINAL_CUES = tuple(_bounded(p) for p in _FINAL)
GIVING_CUES = tuple(_bounded(p) for p in _GIVING)
#: Any cue at all: most sentences hold none, and this one search says so.
ANY_LAST_THING = _bounded("|".join(_FINAL + _GIVING), skimmed=True)

#: Every word a last-things or giving cue needs: other sentences are not searched for them.
LAST_THINGS_WORDS = frozenset(
    """will need needing gone dead here ready sorted order loose goodbye goodbyes passwords
    deal mess sort clean go around giving give gave given handed hand passed pass rehomed
    rehoming cancelled cancelling cancel ends if have passwords sorry thank last has got gets
    any""".split()
)

# --------------------------------------------------------------------------- self-harm

_SELF_VERB = (
    r"(?:cut|cutting|cuts|burn|burning|burnt|burned|scratch|scratching|scratched|scratches"
    r"|hit|hitting|hits|punch|punching|punched|slap|slapping|slapped|bite|biting|bit|starve"
    r"|starving|starved|harm|harming|harmed|hurt|hurting|hurts|injure|injuring|injured|scald"
    r"|scalding|scalded|carve|carving|carved|stab|stabbing|stabbed|mark|marking|bruise"
    r"|bruising|bruised|whip|whipping|strangle|strangling|choke|choking|smack|smacking|bash"
    r"|bashing|whack|whacking|bang|banging|mutilate|mutilating|slash|slashing|punish"
    r"|punishing)"
)
SELF_HARM: tuple[Rule, ...] = (
    rule("self-harm", "explicit", "selfharm", r"selfharm\w*", checks="deny self"),
    rule("self-harm", "hurting-self", "myself",
         _SELF_VERB + r" myself(?! (?:up|out|off|professionally|financially|career-wise|in the"
         r" long run|in the foot|by (?:not|saying|doing|being|taking|turning|staying|working"
         r"|agreeing|\w+ing)|with (?:worry|work|stress|guilt)|over (?:this|that|the|it|what)))",
         unless=(ACCIDENT,), checks="deny"),
    rule("self-harm", "hurting-self", "myself",
         _SELF_VERB + r" myself", also=(INTENT,), checks="deny"),
    rule("self-harm", "hurting-self", "pinch pinching pinched pull pulling pulled pick picking "
         "picked scrub scrubbing rub rubbing make making made sick",
         r"(?:pinch|pinching|pinched|pull|pulling|pulled|pick|picking|picked|scrub|scrubbing|rub"
         r"|rubbing) (?:at )?(?:myself|my (?:own )?(?:hair|skin|scabs|" + BODY + r"))",
         also=(INTENT,), checks="deny self"),
    rule("self-harm", "hurting-self", "claw clawing clawed tear tearing tore rip ripping ripped",
         r"(?:claw|clawing|clawed|tear|tearing|tore|rip|ripping|ripped|gouge|gouging"
         r"|gouged) (?:at )?"
         r"(?:my (?:own )?(?:skin|arms?|face|legs?|wrists?|scalp|chest|thighs?|flesh)|myself)",
         unless=(r"(?:my hair out|paper|clothes|shirt|jeans|tights)",), checks="deny self"),
    rule("self-harm", "hurting-self", "helps works thing",
         r"(?:only|one) (?:thing|way) (?:\w+ ){0,3}?(?:helps|works|calms me|gets me through"
         r"|makes it"
         r" stop|i can cope) (?:\w+ )?(?:is|was) (?:cutting|burning|hurting myself|selfharm\w*"
         r"|hitting myself|scratching|cutting myself|burning myself)",
         checks="deny self"),
    rule("self-harm", "hurting-self", "sick",
         r"(?:make|making|made) myself sick(?! (?:with|from|over|about|worrying|thinking))",
         checks="deny"),
    rule("self-harm", "cutting", "cut cutting",
         r"(?:started|starting|start|back to|gone back to|went back to|going back to|relapsed"
         r"(?: with| into| on)?|relapsing|relapse|urges? to|the urge to|craving|want to|wanted to"
         r"|wanting to|tempted to|itching to|need to|needed to|stopped|stop|quit|without|clean"
         r" from|days? (?:of )?not|weeks? (?:of )?not|months? (?:of )?not|been|keep|used to|i"
         r"|i've|i'm|i'd|i'll|and|still|the|my) (?:\w+ )?(?:cutting|cut)"
         r"(?=$|[,:]| again| sometimes| when| because| to cope| to feel| at night| in the"
         r" (?:bathroom|toilet|toilets|car|shower)| on (?:sunday|monday|tuesday|wednesday"
         r"|thursday|friday|saturday|the weekend)| after| but| and| since| so| myself| a bit"
         r"| a little| more| less| though| once| twice| three| most| every| last| yesterday"
         r"| tonight| this (?:morning|afternoon|evening|week|weekend|time)| for| only| deep"
         r"| badly| properly| lately| recently| now| is| was"
         r"| helps| help| is back| was back| to (?:make|stop|feel|cope|get|calm|numb|release|punish"
         r"|forget|deal))",
         unless=(r"(?:cut (?:costs|back|corners|budget|funding|hours|staff|jobs|ties|in|out|off"
                 r"|down)|cutting (?:costs|back|corners|edge|remarks)|budget|costs|spending"
                 r"|hair|grass|lawn|cake|paper|fabric|wood|film|edit|scene|drinking|smoking|sugar"
                 r"|caffeine|alcohol|booze|carbs|salt|calories|cut (?:this|that|it) out)",),
         checks="deny self"),
    rule("self-harm", "cutting", "slice slices sliced slicing "
         "cut cutting cuts slash slashing slashed slit slitting burn "
         "burning burned burnt carve carving carved scratch scratching scratched stab stabbing "
         "stabbed gouge gouging gouged scald scalding scalded",
         r"(?:cut|cutting|cuts|slash\w*|slit|slitting|slic(?:e|es|ed|ing)|carv\w*|stab\w*|gouge\w*"
         r"|burn\w*|scratch\w*|scald\w*) (?:\w+ ){0,2}?(?:into |at |on |across |up |open "
         r"|down )?my (?:own |upper |lower |inner |left |right |bare )?"
         r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|hips?|forearms?|belly|chest|ankles?"
         r"|flesh|body)",
         unless=(ACCIDENT + r"|sunburn|sunburnt|in the sun",), checks="deny self"),
    rule("self-harm", "cutting", "cut cutting cuts burn burning burned burnt scratch scratching "
         "scratched scald scalded dig digging dug press pressing pressed",
         r"(?:cut|cutting|cuts|burn\w*|scratch\w*|scald\w*|dig\w*|dug|press\w*|stab\w*|jab\w*)"
         r" (?:\w+ ){0,3}?(?:into |on |across |against |up |open )?my (?:own )?" + BODY,
         also=(INTENT,), checks="deny self"),
    rule("self-harm", "hurting-self", "held hold holding put putting pressed pressing kept keep",
         r"(?:held|hold|holding|put|putting|pressed|pressing|kept|keep) my (?:\w+ )?" + BODY
         + r" (?:\w+ ){0,2}?(?:on|against|under|in|over|into|near) (?:the |a )?(?:hot |boiling "
         r"|scalding )?(?:hob|iron|flame|fire|kettle|oven|boiling water|hot water|candle|lighter"
         r"|cooker|grill|radiator|tap|steam|freezing water|ice)",
         also=(INTENT,), checks="deny self"),
    rule("self-harm", "hurting-self", "myself",
         r"myself (?:with|using) (?:a |the |my )?(?:razor|razors|razor blade|blade|blades|knife"
         r"|lighter|cigarette|compass|pin|pins|needle|scissors|glass|broken glass|belt|cord)"
         r"|(?:take|takes|taken|took|taking) (?:it|things|everything|my (?:anger|stress"
         r"|frustration|feelings)) out on myself",
         unless=(r"(?:shav\w*|accident\w*)",), checks="deny self"),
    rule("self-harm", "cutting", "razor razors blade blades compass pin pins needle needles "
         "knife scissors glass lighter cigarette cigarettes nails fingernails band hob iron match",
         r"(?:razors?|razor blades?|blades?|compass(?: point)?|pins?|needles?|knife|scissors|glass"
         r"|lighter|cigarettes?|nails|fingernails|(?:elastic|rubber|hair) bands?|hob|iron|lit"
         r" match) (?:\w+ ){0,3}?(?:on|into|across|against|to|along|over|in) my (?:own )?" + BODY,
         unless=(r"(?:shav\w*|wax\w*|manicure|nail varnish|polish)", ACCIDENT),
         checks="deny self"),
    rule("self-harm", "cutting", "razor razors blade blades sharps",
         r"(?:keep|keeping|kept|hide|hiding|hid|hidden|stash|stashed|have|carry|carrying|bought"
         r"|buying|got) (?:\w+ ){0,2}?(?:razor blades?|blades?|razors?|sharps|a scalpel)"
         r" (?:\w+ ){0,5}?(?:for when|in case|just in case|to use|for if|for the nights|when it"
         r" gets|(?:and )?use (?:it|them) (?:on myself|in the (?:toilets?|bathroom)|when|at night"
         r"|at work|to))",
         unless=(r"(?:shav\w*|craft|stanley|work bench|toolbox|tool box|box cutter|utility)",),
         checks="deny self"),
    rule("self-harm", "cutting", "cuts marks scars burns scratches wounds sleeves",
         r"(?:fresh |new |the |my |old )?(?:cuts|marks|scars|burns|scratches|wounds) (?:on|up"
         r"|all over|across|down) my (?:arms?|wrists?|legs?|thighs?|stomach|skin|hips?)"
         r"|(?:long sleeves|sleeves down|sleeves rolled down|cover(?:ing)? up) (?:\w+ ){0,4}?"
         r"(?:to hide|so (?:nobody|no one|people|they)|because of|to cover) (?:the |my )?(?:cuts"
         r"|marks|scars|arms|burns)",
         checks="deny self"),
    rule("self-harm", "hurting-self", "walls wall door doors head mirror",
         r"(?:punch\w*|hit\w*|bang\w*|smash\w*|kick\w*|headbutt\w*|slam\w*) (?:the |a |my )?"
         r"(?:walls?|doors?|mirrors?|windows?)(?: \w+)? (?:until|till|til|so hard|with my (?:fist"
         r"|head|hands))|punch(?:ing)? walls|(?:slam|punch|smash|hit|bang|put|drive"
         r"|ram)\w* my (?:fist"
         r"|fists|hand|hands|head|knuckles) (?:into|against|through|on) (?:the |a )?(?:wall|walls"
         r"|door|doors|mirror|window|desk|table|glass)(?: \w+)? (?:until|till|so hard|again|when"
         r"|every)|(?:bang\w*|hit\w*|smash\w*|slam\w*) my (?:own )?head"
         r"(?: (?:against|on|into) (?:the|a) (?:wall|walls|desk|door|floor|table|steering wheel"
         r"|mirror)| when i| until| till| over and over| repeatedly| again and again"
         r"| to (?:punish|stop|feel))",
         unless=(r"(?:brick wall|(?:like|feels like|it's like|as if)"
                 r" (?:\w+ )?(?:banging|hitting)|(?:banging|bang|hitting) my head against (?:a|the)"
                 r" wall (?:with|over|trying|about)|trying to|cupboard|shelf|low ceiling"
                 r"|by accident|accidentally|shoved|pushed|threw me|knocked|fell|slipped"
                 r"|tripped)",),
         checks="deny self"),
    rule("self-harm", "hurting-self", "until till til",
         r"(?:until|till|til) (?:it|they|my \w+|the skin|i|there (?:was|is)) (?:\w+ )?(?:bleed"
         r"|bleeds|bled|bleeding|bruise|bruises|bruised|blister\w*|scar\w*|went raw|was raw"
         r"|is raw|are raw|marked|split)",
         also=(r"(?:punch|hit|scratch|dig|dug|bang|press|bite|bit|pick|rub|scrub|snap|pinch|pull"
               r"|cut|burn|stab|slap|claw|slam|smash|kick|headbutt|bash|scrape|tear|tore)\w*",),
         unless=(r"(?:ran|run|running|walked|walking|hiked|blisters from (?:the|my) (?:shoes"
                 r"|boots))",),
         checks="deny self"),
    rule("self-harm", "hurting-self", "starve starving starved eating meals",
         r"(?:not eating|stopped eating|skipping meals|starving|starve) (?:\w+ ){0,3}?(?:as a"
         r" |to )?punish\w*|punish(?:ing)? myself (?:by|with) (?:not eating|cutting|starving"
         r"|burning|hitting|hurting)",
         checks="deny self"),
    # drinking or using to numb, to pass out, or not caring what it does
    rule("self-harm", "drinking-to-numb", "drink drinking drank drunk booze boozing using "
         "taking wine vodka gin whisky alcohol beer pints cider",
         r"(?:drink|drinking|drinks|drank|drunk|booze|boozing|using|taking|smoking|necking"
         r"|downing)\b.{0,120}?(?:to|until|till|til|so (?:that )?i|just to|so it|enough to"
         r"|in order to) (?:\w+ ){0,3}?(?:numb|numbs|blot"
         r"|not (?:have to )?feel|can't remember|don't remember|remember nothing|can't feel"
         r"|don't (?:have to )?feel|won't feel|couldn't feel"
         r"|stop feeling|feel nothing"
         r"|stop thinking|can't think|black out|blackout|pass out|passed out|oblivion|forget"
         r" (?:everything|it all|about everything)|knock myself out|not be here|not wake up"
         r"|make it stop|not think|not have to think|think about nothing|not remember"
         r"|shut (?:my brain|my head|everything|it) (?:off|up|down)|switch (?:my"
         r" brain|my head|everything) off|not care|escape|disappear)",
         unless=(r"(?:we|the team|they|everyone) (?:all )?(?:drank|were drinking)",
                 r"(?:limit|limiting|cut down|cutting down|reduce|reducing|avoid|avoiding"
                 r"|stop myself"
                 r"|trying not to|so i don't get|so that i don't get) (?:\w+ ){0,4}?(?:drink"
                 r"|drinking"
                 r"|black|pass)"),
         checks="deny self"),
    rule("self-harm", "drinking-to-numb", "myself",
         r"drink(?:ing)? myself (?:to death|into oblivion|numb|to sleep|stupid|unconscious"
         r"|senseless|into a stupor|into the ground)", checks="deny"),
    rule("self-harm", "drinking-to-numb", "drink drinking drank drunk booze boozing wine vodka "
         "gin alcohol",
         r"(?:drink|drinking|drank|drunk|booze|boozing|wine|vodka|gin|alcohol)\b.{0,80}?(?:don't"
         r" care|do not care|stopped caring|no longer care) (?:\w+ )?(?:what it does|if it (?:kills"
         r"|hurts|harms)|anymore|any more|about my (?:liver|health)|what happens to me|if i wake"
         r" up)",
         checks="deny self"),
    rule("self-harm", "drinking-to-numb", "care caring",
         r"(?:don't|do not|no longer|stopped caring|stopped) care (?:\w+ ){0,2}?what (?:the )?"
         r"(?:booze|drink|drinking|alcohol|wine|vodka|pills|tablets|drugs) (?:is doing|does|will do"
         r"|might do|'s doing|could do) to me",
         checks="deny self"),
    rule("self-harm", "drinking-to-numb", "mixing mix mixed tablets tablet",
         r"mix(?:ing|ed|es)? (?:it |them |drink |alcohol |booze |wine |vodka |gin |the drink )?"
         r"with (?:my |the )?(?:\w+ )?tablets|tablets (?:\w+ )?with (?:a |the |some )?(?:bottle"
         r" of |glass of |few glasses of |can of |cans of |pint of |pints of )?(?:wine|vodka|gin"
         r"|alcohol|booze|drink|whisky|beer|cider|rum)",
         checks="deny self"),
)
#: A sentence after drinking that says the speaker no longer cares what it does.
NO_CARE = _compile(
    r"(?<![a-z'])(?:don't|do not) care (?:\w+ )?(?:anymore|any more|what it does|if it kills"
    r"|what happens)|(?:know|knew) it's (?:dangerous|killing me|bad for me)"
)
DRINK_WORDS = frozenset("drink drinking drank drunk booze boozing".split())
DRINK = _compile(r"(?<![a-z'])(?:drink|drinking|drank|drunk|booze|boozing)(?![a-z'])")

# --------------------------------------------------------------------------- danger

_HIT_VERB = (
    r"(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|strangl(?:ed"
    r"|es|ing)|chok(?:ed|es|ing)|beat|beats|beaten|beating|batter(?:ed|s|ing)?|attack(?:ed|s"
    r"|ing)?|assault(?:ed|s|ing)?|rap(?:ed|es)|stab(?:bed|s|bing)?|bit|bites|bitten"
    r"|headbutt(?:ed|s)?|smack(?:ed|s)?|thump(?:ed|s)?|whack(?:ed|s)?|throttl(?:ed|es)|spat at"
    r"|spits at|burn(?:t|ed|s)|kneed|elbowed|suffocat(?:ed|es)|smothered|molested|abus(?:ed|es"
    r"|ing)|hurt|hurts|hurting|harmed|harms|injured|injures|sexually assaulted|touched|forced"
    r" himself on|forced herself on)"
)
_PHYS_VERB = (
    r"(?:push(?:ed|es|ing)?|shov(?:ed|es|ing|e)|grab(?:bed|s|bing)?|pin(?:ned|s|ning)?|held"
    r"|holds|hold|holding|threw|throws|throw|throwing|drag(?:ged|s|ging)?|shook|shakes|shaking"
    r"|pull(?:ed|s|ing)?|trip(?:ped|s)?|squeez(?:ed|es)|cornered|corners|lock(?:ed|s)?"
    r"|slammed|slams|shoved|chased|chases|restrained|restrains|tied)"
)
_PHYS_HOW = (
    r"(?:against|down|up against|into(?! \w+ing| (?:a|the|this|that|my|it) (?:role|job|decision"
    r"|position|promotion|meeting|corner|project|career|team|course|training)| it)|onto|to the"
    r" (?:floor|ground|wall)|across|about|around"
    r"|by (?:the|my) (?:throat|neck|hair|arm|arms|wrist|wrists|collar|shoulders?|face|jaw)"
    r"|out of (?:the|my) (?:house|flat|car|room|bed|home)|off (?:the|my) (?:bed|chair|stairs)"
    r"|down the stairs|in (?:a|the|my) (?:room|bedroom|cupboard|house|car|bathroom|flat)"
    r"|so hard|until|till|around the room|up)"
)
DANGER: tuple[Rule, ...] = (
    rule("danger", "danger-hit", "me",
         AGENT + r" " + _NOT_NEG + r"{0,3}?" + _HIT_VERB + r" (?:(?:my \w+|her|him|them|us|the"
         r" kids|my mum|my sister|my brother) and )?me(?! (?:back|off|out|with (?!(?:a |an |the "
         r"|his |her |their |my |a big "
         r"|a heavy |a metal |a wooden )?(?:belt|bat|stick|bottle|glass|chair|shoe|fist|fists|hand"
         r"|hands|knife|phone|plate|pan|remote|hammer|poker|lead|cable|book|mug|cup|door|car"
         r"|whip|iron|spoon|slipper|cane|brick|rock|stone|bar|wire|cord|plank|torch|kettle"
         r"|racket|club|golf club|tool|spanner|wrench|glass bottle)(?![a-z]))))"
         r"(?! (?:at|in) (?:chess|cards|tennis|golf|squash|pool|the (?:bid|race|vote|election"
         r"|game|match|interview|quiz))| to (?:it|the punch))"
         r"(?! (?:when|by) (?:he|she|they) (?:said|told|ignored|didn't|forgot|left))",
         unless=(r"(?:feelings|my pride|hurt me to (?:see|hear|say))",),
         and_needs="hit hits hitting punch punched punches punching slap slapped slaps "
                   "slapping kick kicked kicks kicking strangled strangles strangling "
                   "choked chokes choking beat beats beaten beating battered batters "
                   "battering attack attacked attacks attacking assault assaulted assaults "
                   "assaulting raped rapes stab stabbed stabs stabbing bit bites bitten "
                   "headbutt headbutted headbutts smack smacked smacks thump thumped "
                   "thumps whack whacked whacks throttled throttles spat spits burnt "
                   "burned burns kneed elbowed suffocated suffocates smothered molested "
                   "abused abuses abusing hurt hurts hurting harmed harms injured injures "
                   "sexually touched forced",
         checks="deny"),
    rule("danger", "danger-hit", "me",
         _PHYS_VERB + r" me (?:\w+ )?" + _PHYS_HOW
         + r"(?! (?:of|to) (?:the|my|this) (?:team|role|job|project|meeting|call|promotion"
         r"|limit|edge|breaking point))",
         and_needs="push pushed pushes pushing shove shoved shoves shoving grab grabbed "
                   "grabs grabbing pin pinned pins pinning held holds hold holding threw "
                   "throws throw throwing drag dragged drags dragging shook shakes shaking "
                   "pull pulled pulls pulling trip tripped trips squeezed squeezes "
                   "cornered corners lock locked locks slammed slams chased chases "
                   "restrained restrains tied",
         also=(AGENT,), checks="deny"),
    rule("danger", "danger-hit", "me",
         AGENT + r" (?:\w+ ){0,3}?(?:grab(?:bed|s|bing)?|pinned|shoved|strangled|choked)"
         r" me(?=$|[,.]| and (?:pushed|shoved|shook|pulled|dragged|threw|hit|slapped|said"
         r"|threatened))",
         and_needs="grab grabbed grabs grabbing pinned shoved strangled choked",
         checks="deny"),
    rule("danger", "danger-hit", "at towards me",
         AGENT + r" (?:\w+ ){0,3}?(?:threw|throws|throwing|throw|hurled|hurls|chucked|chucks"
         r"|lobbed|swung|swings|aimed) (?:\w+ ){0,3}?(?:at|towards) (?:me|my head|my face)",
         checks="deny",
         and_needs="threw throws throwing throw hurled hurls chucked chucks lobbed swung "
                   "swings aimed"),
    rule("danger", "danger-hit", "my",
         AGENT + r" (?:\w+ ){0,2}?(?:broke|broken|fractured|bruised|split|cut|burned|burnt"
         r"|twisted(?! my arm (?:to|into))|dislocated|cracked|bust|busted|blacked) my (?:wrist|arm"
         r"|arms|nose|rib|ribs"
         r"|jaw|finger|fingers|lip|eye|face|hand|leg|head|cheek|skull|tooth|teeth|collarbone"
         r"|shoulder|neck)|gave me (?:a black eye|bruises|a split lip|a fat lip|a concussion"
         r"|a bloody nose)",
         checks="deny",
         and_needs="broke broken fractured bruised split cut burned burnt twisted "
                   "dislocated cracked bust busted blacked gave"),
    rule("danger", "danger-hit", "rough violent physical handsy nasty",
         r"(?:he|she|they|my \w+|partner|husband|wife)(?:'s| is| gets| got| can get| can be|"
         r" starts| started| goes| went)? " + FILL
         + r"(?:a bit |really |quite |very |so |more )?(?:rough|violent|physical|handsy)"
         r"(?= with me|$|[,.]| when| if| after| again)",
         unless=(r"(?:game|match|sea|sport|rugby|football|rough patch|rough day|rough week"
                 r"|rough time|rough night|rough draft)",),
         checks="deny"),
    rule("danger", "danger-hit", "bruises bruise bruised black eye marks lip",
         r"(?:bruises|bruise|black eye|marks|a split lip|a fat lip) (?:\w+ ){0,3}?(?:from (?:where"
         r" )?(?:he|she|they|him|her|them|my \w+)|(?:he|she|they) (?:gave|left)|where (?:he|she"
         r"|they))|cover(?:ing)? (?:up )?(?:the |my )?(?:bruises|black eye|marks) (?:with|so"
         r"|before|under)",
         checks="deny"),
    rule("danger", "danger-hit", "hit punched slapped kicked beaten attacked assaulted raped "
         "stabbed strangled choked threatened stalked followed pushed shoved grabbed pinned "
         "spat headbutted abused",
         r"(?:i|i've|i'm|i was|i got|i get|i've been|i keep getting|i have been|been|got|get"
         r"|being) (?:being )?(?:hit|punched|slapped|kicked|beaten|beaten up|attacked|assaulted"
         r"|raped|stabbed|strangled|choked|threatened|stalked|followed|pushed|shoved|grabbed"
         r"|pinned|spat at|headbutted|abused|sexually assaulted|groped) (?:by (?:him|her|them"
         r"|my \w+|a (?:man|woman|guy|colleague|patient|customer|stranger|client|group)"
         r"|someone|somebody|the same)|at home|again|last night|in the car park|on the way home"
         r"|outside|home|at work|in the street|and|when|whenever|if|every|most|for)",
         unless=(r"(?:by (?:a|the) (?:car|bus|ball|van|cyclist|wave|budget|cuts|restructure|news"
                 r"|virus|bug|flu|traffic|cold|tax|bill|redundanc\w+))",),
         checks="deny self"),
    # threats
    rule("danger", "danger-threat", "said says say told tells telling texted texts messaged "
         "messages warned warns threatened threatens swore swears screamed shouted promised "
         "saying wrote emailed posted",
         r"(?:said|says|say|told me|tells me|telling me|texted|texts|messaged|messages|warned"
         r"|warns|threatened|threatens|swore|swears|screamed|shouted|promised|saying|wrote"
         r"|emailed|posted)(?: me)?(?: to say)? (?:that )?(?:if [^,]{0,60}?,? )?(?:he|she|they"
         r"|he'd|she'd|they'd|he'll|she'll|they'll)(?:'d|'ll| would| will| is going to| was"
         r" going to|'s going to| could| might)? (?:\w+ ){0,2}?(?:kill|hurt|harm|hit|stab|batter"
         r"|beat|strangle|burn|smash|break|shoot|finish|end|do something to|ruin|destroy|get|find"
         r"|harm) (?:me|my \w+|us|the (?:kids|children|baby|house|dog|cat|flat|car)|you"
         r"|(?:himself|herself|themselves) and (?:me|us|the kids|the children))"
         r"(?! (?:a|an|the|some|lunch|coffee|tea|drinks?|back on|up to|in touch|on the|onto"
         r"|a job|a place)(?![a-z]))"
         r"|(?:take (?:the|my) (?:kids|children|baby)|make (?:sure i|me (?:pay|regret|sorry"
         r"|suffer)|my life (?:hell|a misery))|come (?:after|for) (?:me|us)|put me in (?:hospital"
         r"|the ground|a wheelchair|a box))",
         also=(r"(?:me|my|i|i'd|i'll|the kids|the children|the baby|us|the house)",),
         unless=(r"(?:i|we) (?:said|told \w+|texted \w+|messaged \w+|warned \w+|promised \w+)"
                 r" (?:that )?(?:he|she|they)",
                 r"(?:get|find) (?:me|us) (?:a|an|the|some) "),
         checks="deny"),
    rule("danger", "danger-threat", "regret sorry pay see next disappear missing believe",
         r"(?:said|says|told me|tells me|texted|texts|messaged|warned|threatened|swore|screamed"
         r"|shouted|promised|saying)(?: me)?(?: to say)? (?:that )?(?:if [^,]{0,60}?,? )?"
         r"(?:i'd|i'll|i would|i will|i won't|i wouldn't|i'm not going to|i was going to|i'm going"
         r" to) (?:\w+ )?(?:regret it|be sorry|pay|pay for it|see (?:christmas|my birthday|next"
         r" year|the kids|tomorrow|the morning|my kids|my family|daylight|another)|end up (?:dead"
         r"|in hospital|in a ditch|hurt)|be next|disappear|go missing|never work)"
         r"|(?:nobody|no one) (?:would|will) (?:ever )?believe me",
         also=(AGENT,),
         checks="deny"),
    rule("danger", "danger-threat", "threatened threatens threatening threaten",
         r"threaten(?:ed|s|ing)? (?:to )?(?:(?:kill|hurt|hit|harm|stab|beat|batter|strangle|burn"
         r"|shoot|smash|punch|break|throw|rape|get|end|finish|come after|do something to) (?:me|my"
         r" \w+|us|the (?:kids|children|baby|house|flat|dog|cat))|kick me out|take (?:the|my)"
         r" (?:kids|children|baby)|take the children|put me in hospital)"
         r"|threaten(?:ed|s|ing)? me(?! (?:with (?:a |an |the )?(?:disciplinary|grievance|tribunal"
         r"|legal|lawyer|solicitor|complaint|action|sack|sacking|formal|hr|capability|union"
         r"|press|review|report|escalation|redundancy|performance|pip|warning|dismissal"
         r"|demotion|investigation|police|court|bailiffs)|about (?:the|my) (?:job|contract)))",
         unless=(r"(?:resign|quit|strike|walk out|sue|escalate|report me|sack|fire me)",),
         checks="deny"),
    # fear of home, of him
    rule("danger", "danger-scared-home", "home house",
         r"(?:scared|afraid|frightened|terrified|petrified|fearful|too scared|scared stiff"
         r"|dread|dreading|fear|nervous) (?:\w+ ){0,2}?(?:to|of) (?:go |going |get |getting "
         r"|head |heading |be |being |stay |staying )?(?:back )?(?:home|at home|in the house"
         r"|in my own home)(?! (?:before|until|till|without|early|on time|empty-handed"
         r"|empty handed|with nothing|in the dark|on my own at night|by myself at night)"
         r")(?! (?:and|to) (?:tell|explain|admit|break|say|show|face the (?:music"
         r"|news)))(?! (?:late|alone at night|in the dark|on the|by (?:train|bus|car|bike)|through"
         r"|because (?:of )?(?:the )?(?:trains?|buses|bus|weather|snow|traffic|dark|roads|strike"
         r"|ice|flooding)|because (?:the house|it|it's|the flat)(?: is| feels|'s)? (?:so )?(?:empty"
         r"|quiet|lonely)))",
         checks="deny self"),
    rule("danger", "danger-scared-home", "scared afraid frightened terrified petrified worried",
         r"(?:scared|afraid|frightened|terrified|petrified|worried|fear) (?:that )?(?:he|she"
         r"|they|my (?:\w+ )?(?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad"
         r"|brother|son|stepson|ex-husband|ex-wife|ex-partner))(?:'ll| will| might| is going to"
         r"|'s going to| could| would|'d)? (?:\w+ )?(?:find|hurt|kill|hit|come after|track down"
         r"|get|harm|attack|take|beat|batter|snap|lose it|turn up|do something to) (?:me|us|the"
         r" kids|my (?:\w+ )?kids|the children|at)(?! (?:a|an|the|some) )",
         checks="deny self"),
    rule("danger", "danger-scared-home", "safety",
         r"(?:scared|afraid|frightened|worried|fear|fearful|terrified|concerned) (?:\w+ ){0,2}?for"
         r" my (?:own )?(?:safety|life|kids' safety|children's safety|physical safety)",
         checks="deny self"),
    rule("danger", "danger-scared-home", "alone",
         r"(?:scared|afraid|frightened|terrified|petrified) (?:\w+ ){0,2}?(?:to|of) (?:be|being"
         r"|stay|staying) alone with (?:him|her|them|my \w+)",
         checks="deny self"),
    rule("danger", "danger-scared-home", "what",
         r"(?:scared|afraid|frightened|terrified|petrified|fear|fearful|worried|dread|dreading"
         r"|nervous) (?:of |about )?(?:what|how) (?:he|she|my (?:partner|husband|wife|boyfriend"
         r"|girlfriend|ex|dad|stepdad|mum|brother|son|stepson|flatmate))(?:'ll|'d| will| would"
         r"| might| could| is going to|'s going to| is capable of| will do| might do)? (?:do|be"
         r" like|do to me|do next|is capable)"
         r"|(?:scared|afraid|frightened|terrified|petrified) (?:\w+ ){0,2}?of what happens if i"
         r" (?:go|leave|tell|say|don't)",
         also=(_HE_OR_PARTNER,),
         unless=(r"(?:to (?:the|his|her) (?:team|career|project|company|report|budget))",),
         checks="deny self"),
    rule("danger", "danger-scared-home", "him her them partner husband wife boyfriend "
         "girlfriend ex dad father stepdad mum mother brother son stepson flatmate housemate "
         "neighbour landlord fiance fiancee in-laws life",
         r"(?:scared|afraid|frightened|terrified|petrified|fearful|fear) (?:\w+ ){0,2}?(?:of"
         r"|for) (?:him|her|them|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex"
         r"|ex-husband|ex-wife|dad|father|stepdad|mum|mother|brother|son|stepson|flatmate"
         r"|housemate|neighbour|landlord|fiance|fiancee|in-laws))(?!'s)(?! (?:finding|seeing"
         r"|knowing"
         r"|thinking|judging|leaving|being|getting|saying|noticing|reading|losing|going|coming"
         r"|missing|worrying|dying|struggling|'s health|s health|reaction to the news))"
         r"|(?:scared|afraid|frightened|terrified|fear|fearful) (?:\w+ ){0,2}?for my life",
         unless=(r"(?:afraid|scared|frightened) for (?:him|her|them)",),
         checks="deny self",
         and_needs="scared afraid frightened terrified petrified fearful fear"),
    rule("danger", "danger-scared-home", "safe unsafe",
         r"(?:don't|doesn't|never|can't|no longer|not|isn't|wasn't) (?:really |always |even |ever"
         r" |at all )?(?:feel |felt |feeling |am |i'm |be )?(?:\w+ )?safe (?:at home"
         r"|in my (?:own )?"
         r"(?:home|house|flat|bed|room|bedroom)|with (?:him|her|them|my \w+)|around (?:him|her"
         r"|them|my \w+)|going home|when (?:he|she|they)|in the house|alone with|there|anywhere"
         r"|here)|unsafe (?:at home|with (?:him|her|them|my \w+)|in my (?:own )?home)"
         r"|(?:i'm|i am|i feel|i don't think i'm|i'm really) not safe(?:$|,| here| now| right now"
         r"| tonight| at all)",
         checks="self"),
    rule("danger", "danger-scared-home", "danger risk",
         r"(?:i'm|i am|i feel|my life is|my life's|i think i'm|i'm actually|me and the kids are"
         r"|the kids and i are|we're|we are|i might be|i could be) (?:\w+ )?(?:in danger|at risk"
         r"|in real danger|in serious danger)(?=$|[,.]| from| at home| because| if| when| right"
         r" now| tonight| of (?:being|getting) (?:hurt|hit|killed|attacked))",
         checks="deny self"),
    rule("danger", "danger-scared-home", "safer sleep sleeping slept stay staying stayed",
         r"safer (?:\w+ ){0,3}?than (?:being |going |at |in )?(?:at )?(?:home|the house|with (?:him"
         r"|her))|(?:sleep|sleeping|slept|stay|staying|stayed) (?:\w+ ){0,3}?(?:in the car"
         r"|in my car"
         r"|at the office|at work|at a friend's|on a friend's sofa|in a hotel|on the sofa at work)"
         r" (?:\w+ ){0,4}?(?:safer|because (?:he|she|it's not safe|i can't go home|i'm scared)"
         r"|rather than go(?:ing)? home|so i don't have to go home|to avoid (?:him|her|going"
         r" home))",
         checks="deny self"),
    rule("danger", "danger-scared-home", "key door footsteps car version mood eggshells",
         r"(?:dread|dreading|dreaded|scared|terrified|panic|freeze|tense up) (?:\w+ ){0,2}?(?:his"
         r"|her|their) (?:key|car|footsteps|voice) (?:in the (?:door|lock)|on the (?:drive|stairs)"
         r"|pull(?:ing)? up|coming)|(?:dread|dreading|scared of|terrified of) (?:him|her) (?:coming"
         r"|getting) home|which version of (?:him|her)|what mood (?:he|she)(?:'ll| will)? be in"
         r"|walk(?:ing)? on eggshells(?: around| with| at home| because of)",
         checks="self"),
    rule("danger", "danger-scared-home", "hear hearing see seeing sound",
         r"(?:when|whenever|every time|as soon as) i (?:hear|see) (?:his|her|their) (?:key|keys|car"
         r"|van|truck|footsteps|voice|steps|front door) (?:\w+ ){0,3}?(?:in the (?:door|lock|drive)"
         r"|on the (?:drive|stairs|gravel)|pull(?:ing)? (?:up|in)|coming|outside|arrive|the door)"
         r"|(?:the sound|hearing|seeing) (?:of )?(?:his|her) (?:key|keys|car|van|footsteps|voice)",
         also=(r"(?:stomach|heart|dread|scared|terrified|frightened|panic|freeze|shaking|shake"
               r"|tense|sick|cold|sink|sinks|drops|pounding|racing|afraid|fear)",),
         checks="deny self"),
    rule("danger", "danger-scared-home", "hid hiding hide hidden locked",
         r"(?:hid|hiding|hide|hidden) from (?:him|her|my (?:partner|husband|wife|ex|boyfriend"
         r"|girlfriend|dad|stepdad))|locked myself in (?:the|my) (?:bathroom|bedroom|room|car)"
         r" (?:\w+ ){0,3}?(?:from (?:him|her)|because (?:he|she)|until (?:he|she)|to get away)",
         checks="deny self"),
    # coercive control
    rule("danger", "danger-controlled", "check checks checked checking read reads reading go "
         "goes went through monitor monitors monitored monitoring track tracks tracked tracking "
         "control controls controlled controlling confiscates confiscated smashed smashes stole "
         "steals hid hides hide hidden limits rations takes taken taking took has keeps keep "
         "kept hold holds held locks locked won't",
         HOME_AGENT + r" (?:\w+ ){0,2}?(?:check(?:s|ed|ing)?|read(?:s|ing)?|go(?:es)? through"
         r"|went through|monitor(?:s|ed|ing)?|track(?:s|ed|ing)?|control(?:s|led|ling)?"
         r"|confiscat\w+|smash(?:ed|es)|stole|steals|hid(?:es)?|hide(?:s)?|limits|rations)"
         r" (?:all |every |away )?(?:of )?(?:my|all my|every one of my|our joint|the company)"
         r" (?:\w+ )?(?:phone|phones"
         r"|messages|texts|emails|location|money|wages|salary|pay|bank cards?|cards|card|account"
         r"|accounts|finances|passport|car keys|keys|mail|post|bank|benefits|every penny"
         r"|spending|whereabouts|pin|movements|calls|browser history)"
         r"(?! (?:for work|at work|charger|bill|contract|for (?:the|a) (?:rota|meeting|trip)"
         r"|for (?:bills|payments|the bills|direct debits|the shopping)))"
         r"|" + HOME_AGENT + r" (?:\w+ ){0,2}?(?:tak(?:es|en|ing)|took|has|keeps?|kept"
         r"|hold(?:s)?|held) (?:all |away )?(?:of )?(?:my|our|the|all the|all my)? ?(?:\w+ )?"
         r"(?:money|wages|salary|bank cards?|cards|finances|passport|benefits|every penny"
         r"|pay packet)(?! (?:for work|at work|for (?:the|a) (?:trip|holiday|shop|shopping)))"
         r"|" + HOME_AGENT + r" (?:\w+ ){0,2}?(?:tak(?:es|en|ing)|took) (?:away )?my (?:phone"
         r"|passport)(?! (?:to|for) )|" + HOME_AGENT + r" (?:\w+ ){0,2}?(?:hides|hid|hidden"
         r"|confiscates|confiscated|locks away|locked away|takes away|took away|won't give me"
         r" (?:back )?|won't let me have) my (?:phone|keys|car keys|passport|money|cards)"
         r"|" + HOME_AGENT + r" (?:\w+ ){0,2}?(?:controls|holds|keeps|takes|decides on|manages)"
         r" (?:every penny|all the money|all our money|the money|our money|the finances|our"
         r" finances|what i spend|everything i spend|my spending)"
         r"|(?:have to|must|made to) (?:show (?:him|her|them) (?:the |my |all )?receipts(?! for"
         r" (?:expenses|work|the audit|claims|mileage|tax|the business))|account for every penny"
         r"|hand over (?:my|all my) (?:wages|money|pay|salary))",
         checks="deny"),
    rule("danger", "danger-controlled", "checks checked checking reads reading goes through "
         "went monitors monitored monitoring tracks tracked tracking",
         r"(?:check(?:s|ed|ing)|read(?:s|ing)|go(?:es)? through|went through|monitor(?:s|ed|ing)"
         r"|track(?:s|ed|ing)) (?:all |every one of |every )?my (?:\w+ )?(?:phone|messages|texts"
         r"|emails|location|car|whereabouts|movements|calls|browser history|bank|post|mail"
         r"|account|spending|receipts)",
         also=(HOME_AGENT,),
         unless=(r"(?:manager|boss|director|supervisor|company|work|it department|hr|auditor"
                 r"|for (?:work|the audit|typos|errors|mistakes))",),
         checks="deny"),
    rule("danger", "danger-hit", "punched kicked smashed threw slammed put hit",
         r"(?:punched|kicked|smashed|threw|slammed|put|hit|headbutted) (?:\w+ ){0,5}?(?:wall|door"
         r"|window|mirror|hole|fist|glass|plate|mug|bottle) (?:\w+ ){0,2}?(?:next to|beside|by"
         r"|near|behind|inches from|right by|just past) my (?:head|face)",
         also=(AGENT,), checks="deny"),
    rule("danger", "danger-scared-home", "home",
         r"(?:can't|don't want to|won't|daren't|dare not|too scared to|couldn't|didn't want to)"
         r" (?:\w+ )?go (?:back )?home (?:\w+ ){0,3}?because (?:of )?(?:he|she|him|her|my (?:\w+ )?"
         r"(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|father|brother|son))"
         r"(?!'s (?:ill|sick|poorly|in hospital|away|working))",
         also=(r"(?:waiting|angry|drunk|there|hurt|kill|violent|temper|scared|afraid|frightened"
               r"|mood|rage|do to me|hit|shout|wait)",),
         checks="deny self"),
    rule("danger", "danger-controlled", "makes made forces forced",
         r"(?:makes|made|forces|forced|making) me (?:\w+ ){0,3}?(?:my|all my|every|all of my)"
         r" (?:\w+ )?(?:wages|money|pay|salary|phone|receipts|passwords|bank|pin|cards|texts"
         r"|messages|location)",
         also=(HOME_AGENT,), unless=(r"(?:manager|boss|director|supervisor|company|work|hr)",),
         checks="deny"),
    rule("danger", "danger-controlled", "let",
         r"(?:won't|doesn't|never|wouldn't|didn't|don't) let(?:s)? me (?:\w+ ){0,2}?(?:see|go"
         r"|leave|have|talk|speak|use|work|drive|wear|out|visit|call|text|contact|spend|eat"
         r"|sleep|keep|get a job|open|meet)",
         also=(HOME_AGENT,), unless=(r"(?:manager|boss|director|supervisor|company|work)",),
         checks="deny"),
    rule("danger", "danger-controlled", "allowed permission",
         r"(?:i'm|i am|i'm not|not|never|isn't|am not) (?:\w+ )?(?:allowed|permitted) (?:to )?"
         r"(?:go|see|leave|have|talk|speak|use|work|drive|wear|out|visit|call|text|contact|spend"
         r"|eat|sleep|keep|meet|open|join)|(?:have to|must|need to) ask (?:him|her|them|my \w+)?"
         r" ?(?:for|permission|before) (?:\w+ ){0,2}?(?:money|bus fare|cash|permission|food"
         r"|petrol|everything|anything)",
         also=(_HE_OR_PARTNER,),
         unless=(r"(?:manager|boss|director|supervisor|company|policy|procurement|hr|at work"
                 r"|the school|the trust|union)",),
         checks="deny"),
    rule("danger", "danger-controlled", "decides chooses picks controls punished punish "
         "punishes",
         HOME_AGENT + r" (?:\w+ ){0,2}?(?:decides|chooses|controls|picks|tells me) (?:who|what"
         r"|where|when|how much|how long) i (?:see|wear|go|eat|spend|can|talk|am allowed"
         r"|'m allowed|speak)|(?:i'm|i am|i get|i got|get|got|am|be) punished (?:if|when|for"
         r"|whenever)"
         r"|(?:he|she|partner|husband|wife) punishes me",
         also=(_HE_OR_PARTNER,),
         checks="deny"),
    # stalking
    rule("danger", "danger-stalked", "following stalking watching tracking followed stalked "
         "tracked follows stalks tracks watches watched",
         r"(?:following|stalking|tracking|followed|stalked|tracked|follows|stalks|tracks"
         r"|watching|watches|watched) me(?! (?:on|around on) (?:linkedin|twitter|instagram"
         r"|facebook|tiktok|social|x|threads|strava|bluesky|github|youtube)| up| through| in"
         r" (?:the|this) (?:role|job|meeting|process)| as (?:a|my) | present| speak| lead)"
         r"(?=$|[,.]| home| everywhere| around| to (?:my|the|work)| from| after| again| for"
         r" (?:weeks|months|days|ages)| on my phone| wherever| and| in (?:his|her|a) car| when"
         r"| at| outside| since| all the time| constantly| round| through the| into the"
         r" (?:toilets?|bathroom|lift|car park|house|flat|woods|park|alley))",
         unless=(r"(?:that|it|this|which)(?:'s| has)? (?:\w+ ){0,2}?(?:followed|following|follows)"
                 r" me",
                 r"(?:everyone|everybody|people|the team|the board|the class|the audience"
                 r"|the kids|the students|all eyes|the panel|my manager|my boss|followers"
                 # a workplace watching how they lead: "staff watching me", "the lads"
                 r"|staff|colleagues|governors|parents|pupils|residents|volunteers|members"
                 r"|the (?:whole )?(?:room|office|ward|school|floor|crew|watch|unit|lads|depot"
                 r"|department|committee|directors|juniors|trainees|wing)"
                 r"|my (?:team|staff|colleagues|peers|crew|juniors|deputies|officers))",),
         checks="deny"),
    rule("danger", "danger-stalked", "up",
         r"(?:he|she|someone|somebody|my ex|an ex|a man|a woman|a guy|a stranger|this (?:guy|man"
         r"|woman|person)|(?:a|the|one) (?:\w+ ){0,3}?(?:man|woman|guy|bloke|lad)|my ex-\w+)"
         r" (?:\w+ ){0,3}?(?:turn(?:s|ed|ing)?|show(?:s|ed|ing)?|pop(?:s|ped|ping)?"
         r"|appear(?:s|ed|ing)?) up (?:at|outside) (?:my|the) (?:house|home|door|flat|work"
         r"|office|workplace|kids' school|mum's|car|gym|window|building|school)",
         checks="deny"),
    rule("danger", "danger-stalked", "waiting waits waited sitting sits sat parking parks "
         "parked hanging loitering lurking been being appearing standing lingering",
         r"(?:he|she|someone|somebody|my ex|an ex|a man|a woman|a guy|a stranger|this (?:guy|man"
         r"|woman|person)|(?:a|the|one) (?:\w+ ){0,3}?(?:man|woman|guy|bloke|lad)|my ex-\w+)"
         r" (?:\w+ ){0,4}?(?:waiting|waits|waited|sitting|sits|sat|park(?:s|ed|ing)?|hanging around"
         r"|been|being|appearing|standing|hanging about|lingering"
         r"|loiter\w*|lurk\w*) (?:for me )?(?:by|outside|at|in|near|next to|round|opposite)"
         r"(?: (?:my|the) (?:car|house|flat|home|door|work|office|building|gate|car park|station"
         r"|bus stop|school|kids' school|street))?",
         also=(r"(?:for me|keeps?|kept|again|every|always|each|constantly|most nights|most days"
               r"|all the time|since|scared|frightened|afraid|watching|following|knows)",),
         unless=(r"(?:deliver\w*|parcel|taxi|uber|cab|lift|to pick me up|to collect|courier"
                 r"|interview|appointment)",),
         checks="deny",
         and_needs="outside by near opposite round at next"),
    rule("danger", "danger-stalked", "car van parked sitting waiting idling",
         r"(?:a|the|his|her|same|a strange|an unknown) (?:\w+ )?(?:car|van) (?:\w+ ){0,2}?(?:parked"
         r"|sitting|waiting|idling|keeps appearing|turning up) (?:\w+ )?(?:outside|opposite|near|by"
         r"|at the end of) my (?:house|flat|home|work|door|building|street|road|drive)",
         also=(r"(?:every (?:night|day|evening|morning)|again|keeps?|always|each (?:night|day)"
               r"|it's (?:him|her|my ex)|i think it's|most nights|for (?:days|weeks)|watching)",),
         checks="deny"),
    rule("danger", "danger-stalked", "knows know found finds worked tracks",
         r"(?:he|she|someone|somebody|my ex|an ex|a man|a woman|a guy|a stranger|they) (?:\w+ )?"
         r"(?:knows|know|found out|finds out|worked out|tracks|has found) (?:exactly )?(?:where i"
         r" (?:live|sleep|park|'m staying|am staying|'ve moved to)|where i'm|my (?:new"
         r" address|address|whereabouts))"
         r"|(?:my ex|an ex|a stranger|someone|a man) (?:\w+ )?(?:knows|found out|worked out)"
         r" where i (?:work|go)"
         r"|(?:my ex|an ex|a stranger|someone|a man) (?:\w+ )?(?:knows|found out) my (?:shift"
         r" times|shifts|movements|routine|schedule|location|rota)",
         checks="deny"),
    rule("danger", "danger-stalked", "times messages texts calls leave alone calling texting "
         "messaging ringing",
         r"(?:sends|sent|sending|texts|texted|calls|called|rings|rang|messages|messaged) (?:me )?"
         r"(?:\w+ ){0,2}?(?:\d+|fifty|forty|thirty|twenty|hundreds of|dozens of|a hundred|loads"
         r" of) (?:\w+ ){0,2}?(?:times|messages|texts|calls|emails|voicemails) (?:a|an|every"
         r"|each|per) (?:day|night|hour)|won't leave me alone|(?:keeps|kept) (?:calling|texting"
         r"|messaging|ringing) me(?: from| on| all| every| at| over| and|$|[,.])",
         also=(r"(?:ex|he|she|someone|stranger|man|woman|guy)",),
         unless=(r"(?:client|customer|recruiter|boss|manager|director|supplier|the team"
                 r"|salesman|sales)",),
         checks="deny"),
)

RULES: tuple[Rule, ...] = SUICIDE + SELF_HARM + DANGER

# --------------------------------------------------------------------------- checks' words

#: Words that stand for someone other than the speaker.
OTHER_PEOPLE = frozenset(
    """he she they him her them his their he's she's they're he'd she'd they'd he'll she'll
    they'll himself herself themselves who whom whose you you're your yourself we we're we've
    we'd our us someone somebody patient patients client clients resident residents pupil
    pupils student students child children kid kids son daughter friend friends colleague
    colleagues staff member members user users person people man woman boy girl lad teenager
    teenagers apprentice apprentices learner learners caller callers customer customers tenant
    tenants prisoner prisoners officer officers nurse nurses worker workers volunteer
    volunteers partner husband wife mum dad brother sister uncle aunt cousin nephew niece
    grandson granddaughter mother father boyfriend girlfriend team deputy manager boss director
    head mate flatmate neighbour teammate employee employees report reports trainee intern
    candidate applicant individual family parent parents carer mentee coachee group paramedic
    paramedics driver drivers teacher teachers guard guards crew crews firefighter firefighters
    carers medic medics cashier cashiers doctor doctors officer's colleagues' lads girls
    boys men women workers' porters porter cleaners cleaner receptionist receptionists
    security warden wardens inmate inmates prisoner's neighbours""".split()
)
FIRST_PERSON = frozenset("i i'm i've i'd i'll me my myself mine".split())
#: A verb in the third person at the start of a match: "Priya wants to die".
THIRD_VERBS = frozenset(
    "wants wishes hopes prays thinks keeps says feels has is was seems talks longs".split()
)

#: After a denial, only these may stand before the words denied ("I'm not really ...").
DENIAL = _compile(
    r"(?:(?<![a-z'])(?:not|never|no|nobody|nothing|none|without)|n't)(?: (?:i|i'm|i'd|i'll|i've"
    r"|me|am|are|is|was|were|be|been|being|have|has|had|do|did|does|ever|really|actually"
    r"|honestly|seriously|genuinely|truly|at all|going to|about to|want to|wanting to|wanted to"
    r"|want|planning to|planning on|plan to|plans to|thinking of|thinking about|thoughts of"
    r"|thought of|thought about|intending to|intend to|intention of|intention to|feel|feeling"
    r"|felt|like|any|no|urge to|urges to|urge|urges|to|of|about|on|in|would|could|will|should"
    r"|might|a|an|the|that|it's|anything|in any way|the slightest|remotely|particularly|yet"
    r"|anymore|any more|currently|now|right now|at the moment|today|so|too|even|still|gonna"
    r"|wanna|got|get|having|had any|once|once been))*\s*$"
)
#: Phrases that look like denials and are not: they soften, or they admit.
HEDGE = _compile(
    r"(?:not (?:saying|that|sure|going to lie|gonna lie|even joking|joking|kidding|proud"
    r"|pretend|going to pretend)|don't know|dunno|no lie|can't stop|couldn't stop|can't help"
    r"|couldn't help|can't promise|can't guarantee|wouldn't say|never (?:told|said|mentioned"
    r"|admitted|thought i'd|thought i would)|nobody knows|no one knows|nobody know"
    r"|don't think|didn't think|lying if|lie if|can't say|won't pretend|don't want anyone to"
    r" know|haven't told|didn't tell|not told|if i said|to say i|if i told you)"
)
#: Another person's words reported: "a pupil told me", "she said".
REPORTED = _compile(
    r"(?<![a-z'])(?:he|she|they|who|pupil|student|patient|client|child|friend|colleague|person"
    r"|man|woman|boy|girl|son|daughter|caller|resident|user|member|someone|somebody|learner"
    r"|tenant|customer|apprentice|teenager|kid|report|employee|mum|dad|partner|husband|wife"
    r"|brother|sister)s?(?: \w+){0,3}?"
    r" (?:said|says|told (?:me|us|her|him|them|the \w+|a \w+)|wrote|texted|disclosed|shared"
    r"|mentioned|admitted|explained|posted|messaged|confided|revealed)(?: that)?[ :\"']*"
    r"(?:i |i'm |i've |i'd |i'll )?$"
)

#: Whether a nearby clause says the words were about life (``life``) or a job (``work``).
CLARIFIER = _compile(
    r"(?P<life>not (?:just |only |in the |at |about |with |the |my |this |a |in a )?(?:work|job"
    r"|the job|my job|job sense|work sense|work way|project|the project|meeting|meetings|office"
    r"|team|career|holiday|if i left)|(?:didn't|don't|do not|did not) mean (?:the|my|this|work"
    r"|at work|the job|the project|the meeting|leaving)|i mean (?:my )?life|life,? (?:i mean"
    r"|not)|my life(?! (?:at work|coach|admin))|life in general|in every sense|every sense"
    r"|me included|including me|me too|me as well|me, all|all of it, me|everything,? me"
    r"|(?:^|, )me(?:,|$)|anywhere|everywhere|at all,? ever|ever again|properly|for good|forever"
    r"|permanently|for ever|being me|of being me|being alive|don't care how|whatever it takes"
    r"|any way i can|(?:^|\. )gone$|^gone|in the big sense|the real sense|literally|on this earth"
    r"|in this world|alive)"
    r"|(?P<work>i mean (?:the|my|this|these|those|all the|our|work|at work|in (?:this|the))"
    r" (?!life)|in (?:this|the|my) (?:organisation|org|job|company|team|role|place|department"
    r"|dept|industry|sector|profession|post|school|trust|firm|business|meeting|office|building"
    r"|workplace)|job hunting|job-hunting|looking for (?:a )?(?:new )?(?:job|role|work|position)"
    r"|applying for|interviews?|my cv|my notice|leave the (?:company|job|team|organisation|firm)"
    r"|resign\w*|moving on to|new role|career change|another (?:job|role|company|employer)"
    r"|^,? (?:this|these|that|the) (?!life|pain|feeling|feelings|world|hell|misery|darkness"
    r"|thoughts|existence|body|head|voice|whole thing)[a-z]+ (?:has|have|is|are|was|were|keeps"
    r"|takes|took|'s|just)"
    r"|at (?:work|this (?:company|job|place|school|firm))|(?:looking|applying) (?:at"
    r"|for) (?:other |new |a new )?(?:jobs|roles|positions|job|role)|hand(?:ing)? in my notice"
    r"|resign|quit|not in a (?:dramatic|bad|scary|serious|worrying|literal|dark|suicidal) way"
    r"|(?:not|nothing) (?:dramatic|serious|sinister|like that)|just for (?:a|one|an|the|this)"
    r" (?:afternoon|morning|day|week|hour|bit|while|evening|minute)|so (?:i|we) can (?:think"
    r"|focus|work|get on|sign|concentrate|breathe|catch up|do|go home|relax|enjoy|get back to"
    r"|have a|go on holiday|move on|spend|see my|plan|breathe again)|^,? ?(?:the|all the)"
    r" \w+ (?:pings|notifications|emails|messages|meetings|calls|invites)|^[,:] (?:the|all the"
    r"|these|those) (?!pain|thoughts|feelings|hurt|sadness|voices|noise in my head|dread"
    r"|loneliness|world|whole thing|lot|darkness|misery|grief|fear)[a-z]+|notifications|slack"
    r"|emails|pings|meetings|(?:on|off) (?:leave|holiday|sick)|a holiday|annual leave"
    r"|(?:this|these) (?:meeting|meetings|call|calls|workshop|training|course|conference|session"
    r"|away day|offsite|event|party|office|place|job|company|organisation|team|department"
    r"|project|role|building)(?! (?:and|or) (?:my|this) life)"
    r"|(?:new|another|different) job)"
)
#: A limit put straight after the words ("not exist in the group chat", "vanish for a
#: week"): then they count only if a nearby clause says it is life, not a place or a time.
LIMITER = _compile(
    r" ?,? (?:for (?:a|an|one|two|three|a few|a couple of|the|some) (?:\w+ )?(?:while|bit|week"
    r"|weeks|day|days|month|months|hour|hours|afternoon|morning|evening|weekend|fortnight"
    r"|minute|minutes|moment|year|time)|in (?:the|this|that|our|my|a|[a-z]+'s) (?:[a-z']+ )?"
    r"(?:group chat|chat|meeting|team|office|channel|thread|project|room|role|job|department"
    r"|inbox)|on (?:the|this|that|my|our) (?:rota|team|project|call|board|committee|channel"
    r"|thread|list)|off (?:the|this|my|our) (?:rota|radar|grid|team|project|call|email list"
    r"|list)|at work|from (?:work|the office|the team|the meeting|social media|the internet"
    r"|the grid)|till|until|after the|as (?:the|a|an|their|my|our|his|her))"
)
#: Words of absence, which a time put after them makes ordinary.
ABSENCE = _compile(
    r"(?:be|being|been) (?:here|around)|be gone|being gone|disappear|vanish"
)
#: A time put straight after words of absence ("not be here on Friday", "be gone when
#: the results come out"): an absence at a time is a day off, unless a clause says more.
TIME_LIMITER = _compile(
    r" ?,? (?:when|while|during|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|the \w+|my day off|holiday|leave)|next (?:week|month|term)|this (?:week"
    r"|afternoon|evening|weekend)|tonight at|by \d|before (?:the|my|\d))"
)
#: A job word in the same clause, before the words, that "it" may stand for.
WORK_ANTECEDENT = _compile(
    r"(?<![a-z'])(?:project|pilot|trial|contract|partnership|meeting|meetings|call|deal"
    r"|relationship|arrangement|subscription|programme|scheme|initiative|experiment|campaign"
    r"|thread|conversation|chat|discussion|argument|feud|marriage|friendship|engagement|lease"
    r"|tenancy|membership|audit|restructure|process|tender|consultation|inspection|review"
    r"|emails|email|notifications|pings|noise|complaints|job|role|rota|shift|shifts|week"
    r"|term|sprint|merger|bid|negotiation|negotiations|grievance|dispute|investigation"
    r"|commute|strike|overtime|firefighting)(?![a-z'])"
)
#: Jokey hyperbole: a self-threat made conditional on hearing or doing a boring thing again.
JOKE = _compile(
    r"(?<![a-z'])(?:if (?:i|we|they|you|anyone|someone|somebody|he|she|my \w+|the \w+) (?:\w+ )?"
    r"(?:have to|has to|make me|makes me|ask me|asks me|hear|hears|see|get|send|sends|add|adds"
    r"|schedule|schedules|book|books|say|says|mention|mentions|put me|sit through|watch|read|do"
    r"|attend|use|uses|show|shows|play|plays) (?:\w+ ){0,9}?(?:again|one more|another|more)"
    r"|if (?:one more|another|any more|anyone else|someone else|one other) (?:\w+ ){0,3}?[a-z]+s"
    r" (?:me|us|about|for|the|another|that|a)"
    r"|one more (?:\w+ ){0,3}?(?:and|,) (?:i'll|i'm going to|i will|i swear))(?![a-z'])"
)
#: The future or conditional in which jokey hyperbole is put: "I'll", "I'd".
JOKE_TENSE = _compile(r"(?<![a-z'])(?:i'll|i will|i'd|i would|i'm going to|i swear i'll|going"
                        r" to|gonna)(?![a-z'])")


# --------------------------------------------------------------------------- spellings

#: Contractions without their apostrophe, and spelled out, written one way.
_CONTRACTIONS: dict[str, str] = {
    "dont": "don't", "cant": "can't", "wont": "won't", "didnt": "didn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "isnt": "isn't", "wasnt": "wasn't",
    "doesnt": "doesn't", "havent": "haven't", "hasnt": "hasn't", "arent": "aren't",
    "werent": "weren't", "aint": "isn't", "im": "i'm", "ive": "i've", "id": "i'd", "i ll": "i'll",
    "i m": "i'm", "i ve": "i've", "i d": "i'd", "thats": "that's", "whats": "what's", "hes": "he's",
    "shes": "she's", "theyre": "they're", "theyll": "they'll", "theyd": "they'd", "youre": "you're",
    "theres": "there's", "do not": "don't", "does not": "doesn't", "cannot": "can't",
    "can not": "can't", "will not": "won't", "would not": "wouldn't", "did not": "didn't",
    "could not": "couldn't", "should not": "shouldn't", "is not": "isn't", "was not": "wasn't",
    "are not": "aren't", "were not": "weren't", "have not": "haven't", "has not": "hasn't",
    "i am": "i'm", "i have": "i've", "i have to": "i have to", "i've to": "i have to",
    "i would": "i'd", "i will": "i'll", "he will": "he'll", "she will": "she'll",
    "they will": "they'll", "he would": "he'd", "she would": "she'd", "they would": "they'd",
    "he is": "he's", "she is": "she's", "it is": "it's", "that is": "that's", "there is": "there's",
    "what is": "what's", "you are": "you're", "they are": "they're",
}
#: Text speak and everyday slips.
_TEXT_SPEAK: dict[str, str] = {
    "wanna": "want to", "wana": "want to", "gonna": "going to", "gotta": "got to",
    "kinda": "kind of", "sorta": "sort of", "dunno": "don't know", "idk": "i don't know",
    "u": "you", "ur": "your", "r": "are", "ppl": "people", "coz": "because", "cos": "because",
    "cuz": "because", "bc": "because", "b/c": "because", "rn": "right now", "b4": "before",
    "wud": "would", "cud": "could", "shud": "should", "abt": "about", "bout": "about", "n": "and",
    "nd": "and", "an'": "and", "bin": "been", "bn": "been", "thru": "through", "tho": "though",
    "rly": "really", "every1": "everyone", "some1": "someone", "any1": "anyone", "no1": "nobody",
    "noone": "nobody", "no one": "nobody", "no-one": "nobody", "everybody": "everyone",
    "w/o": "without", "w/": "with", "tmrw": "tomorrow", "tmrow": "tomorrow", "tmr": "tomorrow",
    "2moro": "tomorrow", "2morrow": "tomorrow", "tomoz": "tomorrow", "2nite": "tonight",
    "tonite": "tonight", "nite": "night", "til": "until", "till": "until", "untill": "until",
    "gf": "girlfriend", "bf": "boyfriend", "hubby": "husband", "mom": "mum", "mam": "mum",
    "any more": "anymore", "wnat": "want", "wnt": "want", "wan": "want",
}
#: Slips and disguises of the words the rules most need ("sucidal", "kms", "unalive").
_RISK_SLIPS: dict[str, str] = {
    "my self": "myself", "myslef": "myself", "meself": "myself", "myslf": "myself",
    "mysef": "myself", "kms": "kill myself", "kil": "kill", "kll": "kill", "k1ll": "kill",
    "kiling": "killing", "killin": "killing", "unalive": "kill", "unaliving": "killing",
    "unalived": "killed", "ded": "dead", "dyin": "dying", "thinkin": "thinking", "endin": "ending",
    "cuttin": "cutting", "burnin": "burning", "drinkin": "drinking", "goin": "going",
    "doin": "doing", "tryin": "trying", "feelin": "feeling", "hurtin": "hurting",
    "wantin": "wanting", "havin": "having", "gettin": "getting", "hittin": "hitting",
    "followin": "following", "plannin": "planning", "savin": "saving", "lookin": "looking",
    "searchin": "searching", "googlin": "googling", "jumpin": "jumping", "steppin": "stepping",
    "drivin": "driving", "sleepin": "sleeping", "wakin": "waking", "livin": "living",
    "hidin": "hiding", "writin": "writing", "givin": "giving", "talkin": "talking",
    "sayin": "saying", "stockpilin": "stockpiling", "od": "overdose", "oding": "overdosing",
    "od'ing": "overdosing", "sucide": "suicide", "suicde": "suicide", "suiside": "suicide",
    "suacide": "suicide", "suicid": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "suisidal": "suicidal", "suicidial": "suicidal", "suicidel": "suicidal", "suacidal": "suicidal",
    "sucidial": "suicidal", "sewerslide": "suicide", "selfharm": "selfharm",
    "sh'ing": "selfharming",
}
#: Medicines, by name or by kind, all written "tablets".
_MEDICINES: dict[str, str] = {
    "meds": "tablets", "med": "tablet", "pills": "tablets", "pill": "tablet", "tabs": "tablets",
    "paracetamol": "tablets", "ibuprofen": "tablets", "aspirin": "tablets", "codeine": "tablets",
    "co-codamol": "tablets", "cocodamol": "tablets", "tramadol": "tablets", "sertraline": "tablets",
    "citalopram": "tablets", "fluoxetine": "tablets", "mirtazapine": "tablets",
    "amitriptyline": "tablets", "diazepam": "tablets", "zopiclone": "tablets",
    "antidepressants": "tablets", "painkillers": "tablets", "medication": "tablets",
    "medicine": "tablets", "medicines": "tablets", "prescription": "tablets",
    "prescriptions": "tablets", "capsules": "tablets", "sleeping tablets": "tablets",
    "sleeping pills": "tablets", "prescription tablets": "tablets",
}
SPELLINGS: dict[str, str] = {**_CONTRACTIONS, **_TEXT_SPEAK, **_RISK_SLIPS, **_MEDICINES}

# Dropped final g's ("stalkin", "cuttin") for every long -ing word a rule needs.
for _rule in RULES:
    for _word in _rule.needs:
        if len(_word) >= 6 and _word.endswith("ing"):
            SPELLINGS.setdefault(_word[:-1], _word)
del _rule, _word
