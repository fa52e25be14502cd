"""Risk heard from the shape of what is said, not from set phrases.

The phrase tables in :mod:`coach.engine.risk_patterns` know many wordings; people find
more. These rules listen for combinations that carry the meaning whatever the words:
the speaker's own body and a deliberate hurt ("my hand under the boiling tap on
purpose"), not being here past some point in time ("I won't see Christmas, and not in
a work way"), a means and a place looked at in a certain way ("going up to the top
floor and looking over"), or someone else's violence aimed at the speaker ("pulled a
knife on me", "hands round my neck"). Each rule is a small regular expression over a
normalised clause; a few need a second signal elsewhere in the text (a time, a
disambiguation such as "I don't mean leaving the company"). Like the phrase tables, the
rules are compiled when first searched (``risk_patterns.Pattern``), not at import.
"""

from __future__ import annotations

import re

from coach.engine.risk_patterns import Pattern, RiskKind

_ME = r"(?:i|i'm|i've|i'd|i'll|me|my|myself)"
_BODY = (r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|fingers?|forearms?|face"
         r"|head|chest|ankles?|knuckles?|feet|foot|scalp|neck)")
_ON_PURPOSE = (r"(?:on purpose|deliberately|meaning to|to punish myself|as (?:a )?punishment"
               r"|because i deserve|cos i deserve|i deserve(?:d)? it|so i(?:'d| would| could)"
               r" feel (?:something|it|the pain|pain)|to feel (?:something|the pain|pain)"
               r"|just to hurt|to hurt myself|till it bleeds|until it bleeds|until they bleed"
               r"|till they bleed|until it bled|till it bled|raw)")
_SHARP = (r"(?:razors?|razor blades?|blades?|compass|safety pin|pins?|needles?|scissors|knife"
          r"|knives|glass|lighter|kettle|iron|hob|boiling (?:tap|water))")
_TIME = (r"(?:christmas|new year|next year|next month|next week|the summer|summer|spring"
         r"|easter|my birthday|the end of the (?:year|month|financial year|quarter|term)"
         r"|the review|the outcome|the results|the weekend|the new year|another year"
         r"|the spring|the autumn|the wedding|my (?:\w+ )?birthday|the year)")
#: A speaker saying what they mean: "not at this firm, not anywhere", "not in a work way".
_NOT_WORK = Pattern(
    r"(?:not (?:just |only )?(?:at|in) (?:work|this (?:job|firm|company|role|place|team))"
    r"|not (?:in )?a (?:health|work|job|career) (?:way|sense)|not in any sense|in any sense"
    r"|(?:don't|do not|didn't) mean (?:i'm |leaving|quitting|the (?:job|company|firm|role)|work"
    r"|resign)|not (?:anywhere|alive)|not alive|(?:i|he|she) (?:wasn't|was not|isn't|am not|'m"
    r" not) joking|i mean (?:life|alive|living|existing|being alive|at all|anywhere)"
    r"|not (?:the|my) (?:job|work|project)|,? life i mean|i mean life)"
)
_OTHERS_SUBJECT = Pattern(
    r"\b(?:he|she|they|patients?|clients?|residents?|pupils?|students?|child|children|kids?"
    r"|young (?:person|people)|service users?|colleagues?|staff|someone|somebody|people"
    r"|customers?|callers?|referrals?|cases?|teenagers?|son|daughter|friend|mum|dad|brother"
    r"|sister|partner|husband|wife)\b"
)

_RULES: tuple[tuple[RiskKind, bool, Pattern], ...] = tuple(
    (kind, own, Pattern(body)) for kind, own, body in (
        # ---- self-harm: the speaker's body, hurt on purpose
        ("self-harm", True, _ME + r"\b[^.]{0,50}\b(?:my|own) (?:\w+ )?" + _BODY
         + r"\b[^.]{0,60}\b" + _ON_PURPOSE),
        ("self-harm", True, r"\b(?:used|use|using|took|take|jab\w*|press\w*|dig\w*|held|hold"
         r"|holding|run|ran|put|stuck|stick|scrap\w*|drag\w*) (?:\w+ ){0,6}?" + _SHARP
         + r"\b[^.]{0,40}\b(?:on|into|against|over|under|across|in) my (?:\w+ )?" + _BODY),
        ("self-harm", True, r"\b(?:my (?:\w+ )?" + _BODY + r"|myself) (?:\w+ ){0,4}?(?:over|under"
         r"|on|in|against) (?:the |a )?(?:kettle|steam|hob|boiling|iron|flame|cooker|radiator"
         r"|drawer|door|wall)\b[^.]{0,40}" + _ON_PURPOSE),
        ("self-harm", True, r"\b(?:scratch\w*|pick\w*|bit|bite|biting|dig\w*|claw\w*|rub\w*)"
         r" (?:\w+ ){0,4}?(?:until|till|til) (?:it|they|i) (?:bleed|bled|bleeds|break|broke"
         r"|hurt|burns?)"),
        ("self-harm", True, r"\b(?:i|i've|i'm|i'd|been|started|start|keep|kept|stopped|still"
         r"|back to|went back to|gone back to) (?:\w+ )?(?:cut|cutting)(?: again| myself| on"
         r" (?:my|a)| last| every| when| at| since| in the| before| after|$|,| sometimes| a bit"
         r"| a little| but| and)"
         r"(?! (?:the|a|an|our|their|costs?|back|budget|funding|hours|staff|corners|ties"
         r"|spending|jobs?|posts?|services?|deals?|losses|it|them|down|short|out|off|through"
         r"|in half|hair))"),
        ("self-harm", True, r"\b(?:relaps\w*|back on|back to|started again|urges? (?:is|are)"
         r" back|urge to)\b[^.]{0,30}\b(?:blades?|razors?|cutting|burning|scratching"
         r"|selfharm\w*|sh)\b"),
        ("self-harm", True, r"\b(?:old habits|the urges?|the cutting|the blades?)\b[^.]{0,12}"
         r"\b(?:are|is|have|has|came|come) back\b"),
        ("self-harm", False, r"\b(?:skip\w*|miss\w*|going without|not eating|haven't eaten"
         r"|didn't eat|won't eat|starv\w*|stopped eating|refus\w+ to eat)\b[^.]{0,40}"
         r"(?:punish\w*|punishment|deserve|don't deserve|letting (?:\w+ ){0,2}down)"),
        ("self-harm", False, r"\bi (?:don't |do not )?deserve (?:to eat|food|the pain|to hurt"
         r"|pain|to feel (?:good|ok|okay))\b|\bi deserve the pain\b"),
        ("self-harm", True, r"\b(?:took|taken|take|taking|swallowed) (?:a few |some |a couple"
         r" of |two |three )?(?:extra|more) tablets\b[^.]{0,40}\b(?:hurt|feel|punish|pain)"),
        ("self-harm", False, r"\bi (?:hate|punish|hurt) myself\b[^.]{0,30}\b(?:for it|when|after"
         r"|every time|cut|burn|scratch|hit)"),
        # ---- suicide: not being here past a time, or at all
        ("suicide", True, r"\b(?:not|never|won't|wouldn't|don't|doesn't|can't|cant|no)\b"
         r"(?: \w+){0,3}? (?:be|being) (?:here|around|alive)(?: (?:anymore|any longer|much"
         r" longer|for much longer|for long|next year|this time next year|by (?:christmas"
         r"|spring|summer|the autumn|new year)|for (?:christmas|my birthday|the kids)|to see"
         r" (?:it|them|christmas|the end)|at all|full stop|much more)|\s*$)"),
        ("suicide", True, r"\b(?:can't see myself|don't see myself|not sure i'll|doubt i'll|won't"
         r"|wouldn't|not going to|never going to|i'll never) (?:make it|making it|see|seeing"
         r"|be here for|last|get to|reach|live to see|be around for) (?:to |till |until |through"
         r"|past )?(?:the end of )?" + _TIME),
        ("suicide", True, r"\b(?:wouldn't|won't|not) be (?:here|around|alive) to (?:\w+)"),
        ("suicide", True, r"\bif i (?:just )?(?:wasn't|weren't|was not|were not|wasn't around"
         r"|weren't around|didn't exist|stopped existing|was gone|were gone|died|disappeared"
         r"|didn't wake up|never woke up|wasn't alive|wasn't in it|weren't in it)\b(?! (?:for|on"
         r"|at|in|over|during) (?:a|an|the|two|three|four|\d+|holiday|leave|annual|sick"
         r"|maternity|paternity|this|that|work|the office|meetings?))"),
        ("suicide", True, r"\b(?:check(?:ing)? out|clock(?:ing)? off|bow(?:ing)? out|tap(?:ping)?"
         r" out|sign(?:ing)? off) (?:for good|permanently|of life|for real|from life"
         r"|from everything)\b"),
        ("suicide", True, r"\benough (?:\w+ ){0,5}?to (?:not wake up|never wake up|end it|end"
         r" things|do it|die|kill me|be sure|not come back|finish it|make it stop)\b"),
        ("suicide", False, r"\b(?:top floor|top of the|edge of the|roof of|railings?|parapet"
         r"|ledge)\b[^.]{0,60}\b(?:look\w* (?:over|down)|lean\w* over|climb\w* over|the drop"
         r"|how far|how high|jump)"),
        ("suicide", False, r"\b(?:timing|time|watching|counting|studying|learn\w*)"
         r" (?:the )?(?:trains|train times|the express|the fast ones?|the lorries|the traffic)"
         r"|\bin front of (?:the|a) (?:\d{1,2}[:.]\d{2}|\d{4}|fast|express|next|early|late)"),
        ("suicide", False, r"\b(?:knives?|blades?|razors?|the drawer|the cabinet|the bathroom)"
         r"\b[^.]{0,40}\bthinking about my (?:wrists?|neck|throat)|thinking about my (?:wrists?"
         r"|neck|throat)\b"),
        ("suicide", False, r"\b(?:voice|thoughts?|part of me|something in me|the urge)"
         r" (?:that |which )?(?:says|tells me|keeps saying|telling me|whispers)\b[^.]{0,20}"
         r"\b(?:end it|die|kill|jump|step|do it|give up|it's time|not be here|go)"),
        ("suicide", False, r"\b(?:it|everything|it all|this) (?:just )?(?:ends|stops|is over)"
         r" without me having to\b|\bwithout (?:me )?having to do it myself\b"),
        ("suicide", False, r"\b(?:could|might|want to|thinking (?:i|of|about)|think i)"
         r" (?:just )?(?:follow|join) (?:him|her|them|my \w+)\b(?! (?:to|into|on|at|in)\b| up)"),
        ("suicide", True, r"\b(?:done|finished|through) with (?:everything|it all|all of it"
         r"|being here|being alive|existing|life|living|the lot)\b(?! (?:at|in|on|for|from|i)\b"
         r"|,? (?:at|in|on|for) )"),
        ("suicide", True, r"\b(?:made|making|at) (?:my )?peace(?: with (?:it|everything|dying"
         r"|going|leaving))?\s*$"),
        ("suicide", True, r"\b(?:the world|everyone|everything|life|things) (?:would|'d|will)"
         r" (?:\w+ ){0,3}?(?:keep|carry on|go on|be (?:fine|better|easier|lighter|simpler))"
         r"\b[^.]{0,20}\bif i (?:wasn't|weren't|was not|were not|was gone|wasn't here|wasn't in"
         r" it|weren't in it|didn't exist|died)"),
        ("suicide", True, r"\bif i (?:wasn't|weren't|was gone|wasn't here|were gone)\b[^.]{0,50}"
         r"\b(?:would|'d) (?:\w+ ){0,2}?(?:stop|end|go away|be over|be better|be easier"
         r"|be fine)"),
        ("suicide", True, r"\b(?:don't|can't|cannot|do not|no longer) see (?:a|any) (?:future"
         r"|way (?:forward|out)|point) for (?:me|myself)\b|\bno future for (?:me|myself)\b"),
        ("suicide", True, r"\b(?:giving|gave|given|give) (?:away )?(?:all |most of |some of )?my"
         r" (?:things|stuff|possessions|belongings|records|books|clothes|guitar|tools|games"
         r"|jewellery|savings|plants)\b[^.]{0,30}\b(?:away|let go|right time|won't need|not going"
         r" to need|to (?:my|the) \w+)"),
        ("suicide", True, r"\b(?:let(?:ting)? go of (?:it all|everything|life)|ready to go"
         r"|time (?:for me )?to go(?: now)?$|it's my time)\b"),
        ("suicide", True, r"\b(?:relief|relieved|comfort|peaceful|a rest|a release)\b[^.]{0,50}"
         r"\b(?:not (?:to )?(?:exist|be here|wake up|be alive|be around)|didn't wake up"
         r"|wasn't here|wasn't in it|weren't in it|to not exist|not existing|to stop existing"
         r"|if i died|when i'm gone)|\b(?:not (?:to )?(?:exist|be here|wake up)|didn't wake up"
         r"|wasn't here|wasn't in it|weren't in it|not existing|stop existing)\b[^.]{0,50}"
         r"\b(?:relief|relieved|a comfort|comforting|peaceful|a rest|a release|easier)"),
        ("suicide", False, r"\bwhere (?:i'd|i would|i'll|i will) (?:like to )?be in (?:a|five"
         r"|ten|\d+) years?\b[^.]{0,60}\b(?:nowhere|not alive|not here|dead|gone)"),
        # ---- danger: someone else's violence aimed at the speaker
        ("danger", False, r"\b(?:hands?|arms?|fingers|belt|rope|cord) (?:round|around|on"
         r"|against) my (?:neck|throat)|\b(?:strangl|chok)\w* me\b|\bi blacked out\b[^.]{0,40}"
         r"\b(?:he|she|they)\b"),
        ("danger", False, r"\b(?:pulled|held|waved|pointed|brandished|had|came at me with)"
         r" (?:a |the |his |her )?(?:knife|gun|blade|weapon|bat|hammer|bottle)(?: on| at| to)?"
         r" (?:me|my)\b|\b(?:knife|gun|blade|weapon) (?:to|at|against) my (?:throat|head|chest"
         r"|neck|face)"),
        ("danger", False, r"\b(?:punch\w*|smash\w*|kick\w*|slam\w*|hit\w*|throw\w*|threw)"
         r" (?:\w+ ){0,3}?(?:right )?(?:next to|near|by|beside|past|inches from|at) my (?:head"
         r"|face|ear)\b"),
        ("danger", False, r"\b(?:he|she|they|he'll|she'll|they'll)\b[^.]{0,40}\b(?:kill|hurt"
         r"|sort|batter|finish|get|do|deal with|end|ruin) me\b[^.]{0,40}\b(?:if i|when i|after"
         r" shift|in the car park|outside|tonight|and then himself|and then herself|believe him"
         r"|believe her|mean it|meant it)|\bif i (?:leave|left|tell|told|go|report|call|speak"
         r"|try)\w*\b[^.]{0,40}\b(?:kill|hurt|sort|batter|finish|get|deal with|end|ruin) me\b"),
        ("danger", False, r"\b(?:sort|sorting) me out\b[^.]{0,40}\b(?:car park|outside|after"
         r" (?:work|shift)|behind|round the back)|\b(?:car park|outside|after (?:work|shift))"
         r"\b[^.]{0,40}\bsort (?:me|you) out\b"),
        ("danger", False, r"\b(?:there'll|there will|there would|there'd) be consequences\b"
         r"|\bknows? where (?:i live|my (?:\w+ ){0,2}live|the kids (?:go to school|are)|i work"
         r"|i am|i sleep)\b|\b(?:posted|shared|put) my (?:home )?address\b"),
        ("danger", True, r"\b(?:he|she|they|my \w+)\b[^.]{0,30}\b(?:shoves|shoved|shoving"
         r"|pushes|pushed|pushing|grabs|grabbed|grabbing|slaps|slapped|punches|punched"
         r"|kicks|kicked|hits|hit|pins|pinned|drags|dragged|spits|spat|bites|bit|chokes"
         r"|choked|throttles|throttled) me\b(?! (?:for|to|into|after|aside|about|over|on|in|up"
         r"|along|forward)\b| with (?:\w+ ){0,2}?(?:deadlines?|work|emails?|requests?|questions?"
         r"|news|bills?|jargon|targets?|changes?|tasks?|jobs?|figures|data|paperwork)\b)"),
        ("danger", False, r"\b(?:lets (?:himself|herself|themselves) in|has (?:a )?keys? to my"
         r" (?:flat|house|home|room))\b[^.]{0,60}\b(?:worse|scared|afraid|frightened|done"
         r" things|hurt)|\bdone worse to me\b"),
        ("danger", False, r"\b(?:leaving|left|leaves|sending|sends|sent) (?:\w+ )?(?:notes|messages"
         r"|letters|things|flowers|texts)\b[^.]{0,40}\b(?:windscreen|my car|my door|my flat"
         r"|my house)\b[^.]{0,80}\b(?:know|knows|knew) (?:my|where|when)|\b(?:knows?|know)"
         r" my (?:shift pattern|shifts|routine|movements|rota)"),
        ("danger", False, r"\b(?:banged|banging|hammered|hammering|kicked|kicking|pounded"
         r"|pounding) (?:on|at) (?:my|the) (?:door|window)\b[^.]{0,60}\b(?:scared|terrified"
         r"|afraid|frightened|at night|\d ?am|in the night|midnight)"),
        ("danger", False, r"\b(?:locked myself in|hiding in (?:the|my) (?:bathroom|bedroom|room"
         r"|car)|barricaded)\b"),
    )
)


#: A sentence that says it means the job ("in this role I mean") is not about living.
_WORK_MEANT = Pattern(
    r"\b(?:in|at|from) this (?:role|organisation|organization|job|team|place|company|firm"
    r"|trust|school|post|department|profession|career)\b|\bi mean (?:the|this|my) (?:job|role"
    r"|work|team|company)\b|\b(?:job hunting|other jobs|new job|resign|resigning|quit|quitting"
    r"|hand in my notice|annual leave|on leave|holiday)\b"
)


#: Every rule needs one of these stems; text with none of them is passed over fast.
_ANCHORS = Pattern(
    r"purpose|deliberate|punish|deserve|bleed|bled|raw|razor|blade|compass|pin|needle|scissor"
    r"|knife|knives|glass|lighter|kettle|iron|hob|boiling|steam|flame|scratch|pick|bite|bit\b"
    r"|dig|claw|cut|relaps|urge|habit|eat|food|meal|starv|tablet|hate myself|here|around"
    r"|alive|make it|making it|see|last|check|clock|bow out|tap out|sign|enough|floor|roof"
    r"|edge|railing|parapet|ledge|train|traffic|lorr|front of|wrist|neck|throat|voice"
    r"|thought|part of me|without me|follow|join|done with|finished with|through with|peace"
    r"|world|everyone|future|giving|gave|given|give|let go|ready to go|time to go|my time"
    r"|relief|relieved|comfort|peaceful|a rest|release|nowhere|hand|arm|finger|knife|gun"
    r"|weapon|punch|smash|kick|slam|hit|throw|threw|kill|hurt|sort me|batter|consequences"
    r"|knows? where|address|shove|push|grab|slap|pin|drag|spit|spat|choke|throttl|strangl"
    r"|keys? to|lets (?:him|her|them)|worse to me|notes|messages|shift|routine|banged|banging"
    r"|hammer|pound|locked|hiding|barricad|blacked out"
)


def concept_risk(low: str) -> RiskKind | None:
    """What ``low`` (normalised, false friends blanked) speaks of, by these rules."""
    if not _ANCHORS.search(low):
        return None
    found: set[RiskKind] = set()
    means_it = _NOT_WORK.search(low) is not None
    for sentence in re.split(r"[.!?;\n]+", low):
        work_meant = _WORK_MEANT.search(sentence) is not None and not means_it
        for clause in re.split(r"\bbut\b", sentence):
            for window in _windows(clause.strip(" ,-:\"'()")):
                _clause_risk(window, found, means_it, work_meant)
    for kind in ("suicide", "self-harm", "danger"):
        if kind in found:
            return kind  # type: ignore[return-value]
    return None


def _alternatives(source: str) -> list[str]:
    """The alternatives of a regex at its top level: ``source`` cut at each ``|`` that is
    outside every group and character class."""
    cuts, depth, in_class, i = [-1], 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # the escaped character is no bracket and no bar
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += source.startswith("^", i + 1)  # "[^" then any "]" is one of the class
            i += source.startswith("]", i + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            cuts.append(i)
        i += 1
    cuts.append(len(source))
    return [source[a + 1:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def _any_rule(sources: list[str]) -> str:
    # The rules whose every way starts on a word edge share one check for it, so a
    # character inside a word is passed over at one test, not at one for each rule.
    edged = [s for s in sources if all(a.startswith(r"\b") for a in _alternatives(s))]
    ways = [f"(?:{s})" for s in sources if s not in edged]
    if edged:
        ways.append(r"\b(?:" + "|".join(f"(?:{s})" for s in edged) + ")")
    return "|".join(ways)


#: All the rules as one pattern, so a clause with no match costs one search, not forty.
_ANY_RULE = Pattern(_any_rule([pattern.source for _, _, pattern in _RULES]))


def _clause_risk(clause: str, found: set[RiskKind], means_it: bool, work_meant: bool) -> None:
    if clause and _ANY_RULE.search(clause):
        for kind, own, pattern in _RULES:
            if kind in found or (work_meant and kind == "suicide"):
                continue
            match = pattern.search(clause)
            if match is None:
                continue
            if own and _others_before(clause, match.start()):
                continue
            found.add(kind)
    if clause and means_it and "suicide" not in found and _EXISTENCE.search(clause):
        found.add("suicide")


#: Talk of being here, a future, making it to a time: risk when the speaker has said
#: they do not mean work ("not at this firm, not anywhere").
_EXISTENCE = Pattern(
    r"\b(?:future|be here|being here|be around|make it|making it|see (?:the end|christmas"
    r"|next)|anywhere|nowhere|alive|last (?:till|until|the)|here for|the point)\b"
)


#: A clause longer than this is read in overlapping windows: no rule spans more.
WINDOW = 240
OVERLAP = 80


def _windows(clause: str) -> list[str]:
    if len(clause) <= WINDOW:
        return [clause]
    windows, start = [], 0
    while start < len(clause):
        end = min(len(clause), start + WINDOW)
        if end < len(clause):
            cut = clause.rfind(" ", start + OVERLAP, end)
            end = cut if cut > 0 else end
        windows.append(clause[start:end])
        if end >= len(clause):
            break
        nxt = clause.rfind(" ", start, end - OVERLAP)
        start = nxt + 1 if nxt > start else end
    return windows


def _others_before(clause: str, start: int) -> bool:
    """Whether someone other than the speaker is the subject just before ``start``."""
    before = clause[max(0, start - 60):start]
    others = [m.end() for m in _OTHERS_SUBJECT.finditer(before)]
    mine = [m.end() for m in re.finditer(r"\b" + _ME + r"\b", before)]
    return bool(others) and (not mine or max(others) > max(mine))
