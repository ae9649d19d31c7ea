"""Attribution patterns: the cue verb and the source phrase around one quote.

Every search reads the masked text (quoted words hidden) within the quote's sentence, so the
patterns see only the narrator's words: "..., X said." / "..., said X, the ..." / "X said: ..." /
"According to X, ..." / "X told reporters ..." / "X, in an interview with Y, said ...".
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .speakers import NOT_NAME, Speakers

CUE_WORDS = """said says say saying told tells telling added adds adding asked asks asking wrote
writes writing tweeted tweets tweeting declared declares stated states explained explains
continued continues noted notes noting argued argues arguing insisted insists insisting claimed
claims claiming warned warns warning emphasized emphasizes emphasised stressed stresses vowed vows
vowing promised promises announced announces replied replies responded responds recalled recalls
conceded concedes acknowledged acknowledges admitted admits suggested suggests joked jokes
quipped remarked observed predicted predicts urged urges pledged pledges charged countered
complained complains lamented boasted boasts shouted yelled cried whispered mused posted
reported reports read reads declaring calling called calls describing described describes
dubbed labeled labelled branded characterized criticized accused accusing denounced praised
called mocked blasted slammed attacked agreed disagreed contended maintained maintains
reiterated reiterates concluded cautioned announced confirmed denied assured told promised
acknowledging adding explaining noting thundered demanded demands chanted chant sang sings
testified wondered asserted asserts affirmed affirms repeated repeats conceding predicting
recounted tweeting posting writing answered answers interjected interjecting recommended
recommends beamed boomed exclaimed exclaims concludes heralded proclaimed proclaims affirming
commented comments agrees questioned surmised fumed elaborated elaborates barked scoffed snapped
retorted sniffed groused griped gushed marveled marvelled chided scolded pleaded implored protested
objected reasoned ventured speculated speculates opined hollered screamed roared bellowed muttered
murmured confided bragged
sagte sagt erklärte betonte dijo afirmó declaró aseguró añadió disse""" .split()
# (quotes left in the language they were spoken in keep its verb: „…“, sagte Nagel / «…», dijo)
CUES = frozenset(CUE_WORDS)
PARTICIPLE = frozenset(w for w in CUES if w.endswith("ing"))
# verbs that introduce partial quotes as names or descriptions; too loose for full sentences
LABEL_CUES = frozenset("""called calling calls dubbed labeled labelled branded described
describing describes characterized mocked blasted slammed attacked praised criticized accused
accusing denounced""".split())
MULTI_CUES = ("went on", "pointed out", "points out", "shot back", "chimed in", "summed up", "put it",
              "wrote in", "a dit", "a déclaré", "a affirmé", "a ajouté", "a expliqué")
CUE_RE = re.compile(r"(?<![\w\-])(" + "|".join(
    [re.escape(c).replace("\\ ", r"\s+") for c in MULTI_CUES]
    + sorted(CUES, key=len, reverse=True)) + r")(?![\w\-])")
OPINION_WORDS = """boast boasts boasted boasting worried worries decried decries decrying thanked thanks
referred refers referring anticipated believes believed hopes hoped wants wanted defended defends
rejected rejects dismissed dismisses blamed blames touted touts touting highlighted hailed hails
lauded welcomed condemned condemns derided ridiculed questioned likened likens compared compares
portrayed portrays cast framed threatened threatens proclaimed signaled signalled hinted implied
implies indicated confessed clarified remembered commented answered retorted described invoked
invokes cited cites quoted deemed deems considers considered insisted vowed pledged promised
predicted expects expected estimated decried called warned accused criticized""".split()
OPINION_RE = re.compile(r"(?<![\w\-])(" + "|".join(sorted(set(OPINION_WORDS), key=len, reverse=True))
                        + r")(?![\w\-])")
NAMED_AS = re.compile(r"(?:\b(?:described|known|dubbed|nicknamed|termed|billed|referred to|seen|regarded|"
                      r"viewed|hailed|branded|labell?ed)\b[^.;:]*?\bas\b|\bso[\s\-]called\b|\bcalled\b)"
                      r"[^.;:]{0,30}$")
INVERTED_ED = re.compile(r"([a-z]{3,}ed)(?=\s+(?:[A-Z]|the\s|a\s|an\s))")
SUBORDINATE = re.compile(r"\s*(?:When|If|After|Before|While|Although|Though|Because|Since|Until|Unless|"
                         r"As|Once|Whether|Where|Whereas)\b")
POLL = re.compile(r"(?:\b(?:percent|per cent|majority|most|many|some|share|half|third|quarter)|\d%)\s+of\s+"
                  r"(?:the\s+)?[\w'’\-]+(?:\s+(?:also|still|now))?\s*$")
PASSIVE_AUX = re.compile(r"\b(?:is|was|were|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$")
FUNCTION = frozenset("""and or but that which who whom whose had has have was were is are be been would will
could should can may might to of in on at for with by from as than then when while if also not no
so just about after before into over under said says""".split())
LABEL_PASSIVE = re.compile(r"(?:\b(?:is|was|were|are|be|been|being|often|widely|also|once|sometimes)\s+|,\s*)$")
# "Jacobs called Merkel 'The Chancellor of the Free World.'" / "describes himself as a '...'"
LABEL_OBJECT = re.compile(r"\s+(?:[\w'’.\-]+\s+){1,6}(?:as\s+(?:an?\s+|the\s+)?)?")
# "“...” ― Ana Ruiz" at the end of its line: a dash, then a name of capitalized words
_NAME_PART = r"(?:[A-Z][\w'’.\-]*|de|la|van|von|da|del)"
DASH_SIGNED = re.compile(rf"[^\S\r\n]*[―—–][^\S\r\n]*({_NAME_PART}(?:[^\S\r\n]+{_NAME_PART}){{0,5}})"
                         r"[.,]?[^\S\r\n]*(?:\r?\n|$)")
# verbs that mean speaking and nothing else: a name may stand far before them, past long asides
SAYING = frozenset("""said says told tells added adds wrote writes asked asks explained explains noted
notes argued argues continued stated states recalled recalls replied replies responded insisted
warned warns acknowledged acknowledges conceded concedes declared declares observed predicted
cautioned countered remarked testified agreed agrees complained lamented emphasized stressed""".split())
# a dateline opens a story: "WASHINGTON, Dec. 8 (UPI) — ", "Washington (AFP) – "
DATELINE = re.compile(r"\s*((?:[A-Z]{3,}[A-Z .'’\-]*"
                      r"|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?=[^—–\n]{0,30}\())"
                      r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z]?[\w.]+){0,2})?)\s*(?:\([\w .\-]+\)\s*)?(?:[—–]|--)\s*")
# a phrase before the subject: "Facing criticism from Democrats, ", "In a statement Monday, "
LEAD_PHRASE = re.compile(r"\s*((?:[A-Z][a-z]+ing|(?i:in|at|on|after|before|during|since|following|despite|with|"
                         r"without|under|amid|asked|speaking|earlier|later|when|while|as))\b)[^,.;:!?]{0,120},\s*")
# an absolute phrase names who speaks: "..., with Trump reportedly yelling: '...'"
_WITH_WHO = r"\bwith\s+((?:[\w.'’\-]+\s+){0,5}?(?:[A-Z][\w.\-]*(?<![.\-])|he|she|they))\s+(?:[a-z]+ly\s+)?"
WITH_ABSOLUTE = re.compile(_WITH_WHO + r"[a-z]+ing\b[^,;:.!?]{0,60}:?\s*$")
SPEECH_NOUNS = frozenset("""claim claims accusation accusations comment comments remark remarks words language
phrase catchphrase statement statements broadside assertion assertions argument arguments charge charges
attack attacks insistence description complaint complaints warning warnings promise promises pledge vow
slogan rhetoric message messages tweet tweets letter response reply answer criticism critique speech
suggestion suggestions contention allegation allegations call retort quip boast boasts""".split())
# the (up to three) words a possessive owns: "Vega's most explosive claim", "Vega's campaign"
POSSESSED = re.compile(r"['’]s?((?:\s+[\w\-]+){1,3})")
# a sentence that opens with a person reporting speech: "Ruiz said ...", "Pataki says ..."
REPORTING_OPENER = re.compile(r"\s*((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+(?:also\s+)?"
                              r"(?:said|says|told|tells|argued|argues|added|adds|insisted|insists|claimed|claims)\b")
TAG_COMMA = re.compile(r"[,!?][\"”’'»]*\s*,?$")  # '"...," screenwriter Ana Ruiz wrote'
DASH = re.compile(r"[—–]|--")
LEADS_A_NAME = re.compile(r"\s+(?:[A-Z]|of\b)")  # "Senate Minority Leader ...", "Bank of ..."
# a cue word after a determiner is a noun: "the states", "his claims", "the reports"
NOMINAL = frozenset("the a an his her their its our these those such".split())
# "... sponsored by NBC News and said": a verb coordinated with the clause's first one
COORDINATED = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+)?$")
# "Protesters marching through the streets chanted": a place, then the one who moves through it
PLACE_PREP = re.compile(r"\b(?:through|across|around|along|outside|inside|into|toward|towards|past|near)\s+$")
MOVING_SUBJECT = re.compile(r"(?:^|(?<=[.!?,;:]\s)|(?<=\n))\s*((?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+|[Ss]everal\s+)?"
                            r"[\w'’\-]+(?:\s+[\w'’\-]+){0,3}?)\s+[a-z]+ing\s+\w+\s+(?:the\s+)?$")
# "..., with the American Federation of Teachers calling her ...": who does the participle
WITH_BEFORE = re.compile(_WITH_WHO + "$")
LABEL_FILLER = frozenset("the a an as simply just also often sometimes so-called".split())
# "which Apple's chief executive, Tim Cook, called": a relative pronoun, then the cue's subject
RELATIVE_SUBJECT = re.compile(r"\b(?:what|which|whom|who|that)\s+(?!(?:is|was|were|are|has|have|had|been)\b)"
                              r"(?:[^.;:!?]{2,140},\s*|[^;:!?,]{2,60})$")
INVERTIBLE = frozenset(("said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "notes", "noted"))
QUANTIFIERS = frozenset("one two three some several many most each all none both either neither".split())
QUANTIFIED = re.compile(r"\s*of\s+(?:(?:the|those|these|his|her|their|its|our)\s+)?(?:[\w'’\-]+\s+){0,2}[\w'’\-]+")
LEAD_NP = re.compile(r"\s*((?:The|A|An|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s)"
                     r"\s+(?:[\w.'’\-]+\s+){0,3}?[\w.'’\-]+)"
                     r"(?:\s+(?:in|at|from|of|for)\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)?"
                     r"\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b")
# "X issued a statement (on Monday) saying ...": who issues the statement says what it quotes
STATEMENT = re.compile(r"\b(issued|released|put\s+out|posted|published|sent|delivered|gave|made)\s+"
                       r"(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:statement|letter|memo|tweet|message|release|speech|remarks|address)\b")
# a clause that opens with its subject pronoun, after a conjunction or sentence adverb at most
CLAUSE_PRONOUN = re.compile(r"[\s\"“”‘’'(—–\-]*(?:(?:And|But|So|Yet|Then|Still|Later|Now|Instead|However|"
                            r"Meanwhile|Also)\b,?\s+)?(He|She|They|It)\b(?!['’])")
ACCORDING = re.compile(r"\baccording to\s+", re.I)
PRONOUNS = frozenset("he she they it we i".split())
SKIP_BEFORE_CUE = re.compile(
    r"(?:\s+(?:also|later|then|again|once|previously|recently|has|have|had|was|were|is|would|will|"
    r"could|might|may|did|does|do|just|already|further|often|repeatedly|publicly|privately|"
    r"(?:several|many|multiple|numerous|countless|two|three|a\s+few|a\s+number\s+of)\s+times|at\s+times|"
    r"sometimes|(?-i:[a-z]+ly)|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|morning|spring|summer|fall|autumn|winter)|"
    r"yesterday|today|tonight))+\s*$", re.I)
ROLE_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen official officials
statement statements campaign aide aides adviser advisers advisor source sources embassy ministry
department office committee agency memo report letter release announcement campaigns aide
spokesperson organizers organisers organization group party council court administration
government police prosecutors lawyer lawyers attorney attorneys manager chairman chairwoman
director secretary senator governor president candidate nominee supporters critics analysts
experts representative delegation team website tweet post message email document filing
lawsuit complaint ruling study survey poll leader minority majority speaker senior executive
strategist pollster analyst economist professor reporter editor writer columnist host anchor
moderator commentator activist delegate voter resident member founder co-founder chair
chairperson whip counsel consultant operative surrogate donor fundraiser ambassador minister
mayor sheriff judge justice prosecutor officer commissioner superintendent correspondent
historian scholar researcher fellow economist chancellor premier envoy diplomat general
admiral colonel captain sergeant veteran student teacher doctor nurse pastor bishop priest
rabbi imam author actor actress singer star comedian coach player owner investor founder
ceo cfo chairman vice deputy assistant associate press secretary staff staffer strategists
pollsters analysts economists reporters editors delegates voters residents members
spokespersons lawmakers lawmaker congressman congresswoman senators governors legislator
legislators""".split())
DETERMINERS = frozenset("the a an his her their its this that these those our another one two".split())
NP_WORDS = re.compile(r"[\w'’.\-]+|,")


class Attribution(NamedTuple):
    speaker: str | None
    cue: str | None


NP_OK = frozenset(("for", "of", "joint", "white", "house", "state", "press", "u.s", "federal",
                  "senior", "top", "former", "chief", "deputy", "national", "local", "campaign"))


def _np_ok(t: str) -> bool:
    tl = t.lower().strip(".,")
    return (t[:1].isupper() or tl in ROLE_NOUNS or tl.endswith(("'s", "’s")) or tl in NP_OK
            or tl in DETERMINERS or bool(re.fullmatch(r"\(.*\)|[\w.\-]*\)|\([\w.\-]*", t)))


def _np_words(s: str) -> bool:
    """s is only noun-phrase material: titles, names, role words ("Clinton campaign spokesman ");
    one or two other modifiers may precede a role word ("super PAC spokeswoman")."""
    ws = s.split()
    if len(ws) > 7:
        return False
    odd = [i for i, w in enumerate(ws) if not _np_ok(w)]
    if not odd:
        return True
    # "super PAC spokeswoman", "panel Chairman Rep.": the modifiers lead a role word
    return (len(odd) <= 2 and odd[-1] < len(ws) - 1
            and (ws[-1].lower().strip(".,") in ROLE_NOUNS
                 or ws[odd[-1] + 1][:1].isupper() and ws[odd[-1] + 1].lower().strip(".,") in ROLE_NOUNS)
            and not any(ws[i].lower() in FUNCTION or ws[i].lower() in CUES for i in odd))


def _words_back(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in NP_WORDS.finditer(text, start, end)]


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "’s") or text[end:end + 1] in ("'", "’")


def resolve_phrase(sp: Speakers, s: int, e: int) -> str | None:
    """The speaker a source phrase text[s:e] names."""
    text = sp.text
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    if e <= s:
        return None
    phrase = text[s:e]
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        if words[0].lower() in ("i", "we"):
            return None
        return _reporting_subject(sp, words[0], s) or sp.pronoun(words[0], s)
    cands = [c for c in sp.in_span(s, e) if c.end <= e + 1 and c.kind != "place"
             and not _possessive(text, c.end)]
    last_word = re.sub(r"[^\w]", "", words[-1]).lower()
    if cands and cands[-1].end >= e - 1:
        return cands[-1].name
    if words[0].lower() in FUNCTION or last_word in FUNCTION:
        return None
    if last_word in ROLE_NOUNS or (len(words) > 1 and words[-1][:1].islower()
                                   and (words[0].lower() in DETERMINERS or words[0].lower() in QUANTIFIERS)):
        # a common-noun head: "a joint statement", "the embassy", "Trump's spokeswoman"
        if len(words) <= 7:
            return phrase
        return None
    hm = re.match(r"(.+?)\s+(?:of|from|at)\s+\S", phrase)
    if hm and is_role(hm.group(1).split()[-1]) and hm.group(1).split()[-1][:1].islower() and len(words) <= 10:
        return phrase  # "The ministers of France and Germany": the common-noun head speaks
    persons = [c for c in cands if c.kind in ("person", "unknown")]
    if persons:
        return persons[-1].name
    if cands:
        return cands[-1].name
    if any(w[:1].isupper() and w.lower().strip(".") not in NOT_NAME for w in words) and len(words) <= 6:
        return phrase
    return None


def _before_parens(text: str, lo: int, end: int) -> int:
    """end moved back over a parenthetical that closes there: "Ana Ruiz (D-Ill.)"."""
    if end > lo and text[end - 1] == ")":
        k = text.rfind("(", max(lo, end - 40), end)
        if k > lo:
            end = k
            while end > lo and text[end - 1].isspace():
                end -= 1
    return end


def _leading_name(sp: Speakers, lo: int, close: int) -> tuple[int, int] | None:
    """"Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said" / "Clinton,
    during a town hall in Columbus, Ohio, said": a name that opens the clause at lo, then
    asides (however many commas they hold) up to the comma at close before the cue."""
    text = sp.masked
    a = lo
    while a < close and not text[a].isalnum():
        a += 1
    f = text.find(",", a, close)
    if f < 0 or f == close or close - f > 220 or _has_break(text[f:close]):
        return None
    rest = text[f + 1:close].lstrip()
    if not rest or not (rest[0].islower() or rest[0].isdigit()):
        return None  # "Clinton, Sanders and Trump said": a list, not a name and its asides
    g = _before_parens(text, a, f)  # "Rep. Jim Jordan (R-Ohio), a panel member, said"
    names = [c for c in sp.in_span(a, g) if c.kind != "place"]
    if not names or names[-1].end not in (g, g - 1) or _possessive(sp.text, names[-1].end):
        return None
    c = names[-1]
    if not _np_words(text[a:c.start]) or re.search(r"\b(?:and|or|&)\s*$", text[a:c.start]):
        return None
    return c.start, c.end


def _reporting_subject(sp: Speakers, word: str, pos: int) -> str | None:
    """"Ruiz said he had begun to unmask Hale, whom he called ...": he or she in a sentence
    that opens with a person and a verb of saying (or that opens the sentence after one) is that
    person, however near another name."""
    want = {"he": "m", "she": "f"}.get(word.lower())
    if want is None:
        return None
    text = sp.masked
    b = sp.sentence_start(pos)
    if not text[b:pos].strip():
        b = sp.sentence_start(pos, 1)  # "Pataki says ... . He warns ...": the pronoun opens the next
    if pos - b > 300:
        return None
    m = REPORTING_OPENER.match(text, b, pos)
    if m is None:
        return None
    for c in sp.in_span(m.start(1), m.end(1)):
        if c.end >= m.end(1) - 1 and c.kind in ("person", "unknown") and sp.genders.get(c.name, c.gender) == want:
            return c.name
    return None


def _subject_before(sp: Speakers, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source phrase that ends just before a cue verb at cue_start (after adverbs and an
    apposition), as a span."""
    span = _phrase_before(sp, lo, cue_start)
    if span and PLACE_PREP.search(sp.masked, max(lo, span[0] - 12), span[0]):
        # "Protesters marching through the streets chanted": the streets are where, not who
        m = MOVING_SUBJECT.search(sp.masked, max(lo, span[0] - 100), span[0])
        return (m.start(1), m.end(1)) if m else None
    return span


def _phrase_before(sp: Speakers, lo: int, cue_start: int) -> tuple[int, int] | None:
    text = sp.masked
    end = cue_start
    m = SKIP_BEFORE_CUE.search(text, lo, end)
    if m:
        end = m.start()
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return None
    end = _before_parens(text, lo, end)
    if text[end - 1] == ",":
        cue = CUE_RE.match(text, cue_start)
        lead = _leading_name(sp, lo, end - 1) if cue and cue.group(1).lower() in SAYING else None
        if lead is not None:
            return lead
        # "X, the Texas Republican, said" / "X, in an interview with Y, said"
        k = text.rfind(",", lo, end - 1)
        if k < 0 or end - k > 120:
            # no opening comma: maybe "X said" led by a clause; nothing adjacent
            return None
        named = _named_apposition(sp, k, end - 1)
        if named is not None:
            return named
        end = k
        while end > lo and text[end - 1].isspace():
            end -= 1
        # "Cory James, 22, of Flint, Mich., said": step back over ages and places
        for _ in range(3):
            j = text.rfind(",", lo, end)
            if j < 0 or end - j > 40:
                break
            piece = text[j + 1:end].strip()
            cands = sp.in_span(j + 1, end)
            if not (re.fullmatch(r"\d{1,3}|of\s.*", piece) or (cands and all(c.kind == "place" for c in cands)
                                                               and _np_words(piece))):
                break
            end = j
            while end > lo and text[end - 1].isspace():
                end -= 1
        end = _before_parens(text, lo, end)  # "Sen. Ted Cruz (R-Texas), a hopeful, said"
    if POLL.search(text, max(lo, end - 60), end):
        return None  # "75 percent of Republicans said": a poll's finding, not a speaker
    words = _words_back(text, lo, end)
    if not words:
        return None
    ws, we, w = words[-1]
    if w.lower() in PRONOUNS:
        return ws, we
    # an actor mention ending right here
    cands = sp.in_span(max(lo, end - 80), end)
    for c in reversed(cands):
        if c.end in (end, end - 1) and not _possessive(sp.text, c.end):
            # "John Smith of Acme Corp said" / "the ministers of France and Germany said":
            # the head of "X of Y" is X
            return _of_head(sp, lo, c, end) or (c.start, c.end)
    # a noun phrase: walk back over capitalized words, role nouns, possessives, determiners
    start = ws
    n = 0
    for a, b, t in reversed(words):
        tl = t.lower().strip(".")
        if t == ",":
            break
        if t[:1].isupper() or tl in ROLE_NOUNS or tl.endswith(("'s", "’s")) or tl in NP_OK:
            start = a
            n += 1
            if n > 7:
                return None
            continue
        if tl in DETERMINERS:
            start = a
            n += 1
        break
    if n == 0 or (start > lo and text[start].islower() and text[start - 1] == " "
                  and not text[lo:start].rstrip().endswith(",")):
        # "a resident", "one of the protesters", "the longtime adviser"; and the common nouns
        # before a role word: "the bank chief", "the central bank governor"
        m = re.search(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
                      r"\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+\s*$",
                      text[max(lo, end - 60):end])
        if m and not _has_break(m.group()) and m.group().split()[-1].lower() not in FUNCTION \
                and not any(w.lower() in CUES or re.search(r"['’](?:d|ll|re|ve)$", w) for w in m.group().split()) \
                and not m.group().split()[-1].endswith(("ed", "ing")):
            if n == 0 or (max(lo, end - 60) + m.start() < start
                          and not any(w.lower() in FUNCTION for w in m.group().split())):
                return max(lo, end - 60) + m.start(), end
        if n == 0:
            return None
    while start < end and text[start:end].split()[0].lower() in ("for", "of"):
        start = text.index(" ", start) + 1
    return start, end


def is_role(word: str) -> bool:
    """A role noun, singular or plural: "minister", "ministers", "spokesmen", "secretaries"."""
    w = word.lower().strip(".,")
    return (w in ROLE_NOUNS or (w.endswith("s") and w[:-1] in ROLE_NOUNS)
            or (w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS)
            or (w.endswith("men") and w[:-3] + "man" in ROLE_NOUNS))


OF_TAIL = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?$")
AND_TAIL = re.compile(r"(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+)$")
ROLE_HEAD = re.compile(r"(?:(?<![\w'’])(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ne|[Bb]oth|"
                       r"[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\w'’\-]+\s+){0,2}[a-z][\w\-]*$")


def _of_head(sp: Speakers, lo: int, c, end: int) -> tuple[int, int] | None:
    """The head X of "X of Y said" when Y (one name or a few joined by "and") ends at end: a
    person's mention, or a phrase of role nouns ("the ministers of France and Germany")."""
    text = sp.masked
    k = c.start
    tail = [c]
    for _ in range(4):  # "France, Germany and Italy"
        m = AND_TAIL.search(text, max(lo, k - 8), k)
        if not m:
            break
        prev = [d for d in sp.in_span(max(lo, m.start() - 60), m.start()) if d.end == m.start()]
        if not prev:
            break
        k = prev[-1].start
        tail.append(prev[-1])
    m = OF_TAIL.search(text, max(lo, k - 12), k)
    if not m:
        return None
    p = m.start()
    for d in reversed(sp.in_span(max(lo, p - 80), p)):
        if d.end == p and not _possessive(sp.text, d.end):
            if (d.kind in ("person", "unknown") and d.name not in {t.name for t in tail}) or (
                    d.kind == "organization" and all(t.kind == "place" for t in tail)):
                return d.start, d.end  # "John Smith of Acme Corp", "Acme of Canada"
            return None
    h = ROLE_HEAD.search(text, max(lo, p - 50), p)
    if h and is_role(h.group().split()[-1]) and not any(
            w.lower() in FUNCTION or w.lower() in CUES for w in h.group().split()):
        return h.start(), end
    return None


def _named_apposition(sp: Speakers, k: int, close: int) -> tuple[int, int] | None:
    """"Putin's spokesman, Dmitry Peskov, said": the person named between the commas at k and
    close, when what precedes is a role rather than a name."""
    text = sp.text
    a, b = k + 1, close
    while a < b and text[a].isspace():
        a += 1
    people = [c for c in sp.in_span(a, b) if c.kind == "person"]
    if not people or people[0].start != a or people[-1].end != b or len(people) > 1:
        return None
    head = re.search(r"([\w'’.-]+)\s*$", text[max(0, k - 40):k])
    if head is not None and head.group(1).lower().strip(".") in ROLE_NOUNS:
        return a, b
    # "His colleague at the Banque de France, François Villeroy, said": a role noun led by a
    # determiner, then a phrase of where they serve
    lead = _ROLE_AT.search(text, max(0, k - 80), k)
    if lead is not None and lead.group(1).lower() in _SERVING:
        return a, b
    return None


# who serves somewhere ("the head of the union", "his colleague at the bank")
_SERVING = ROLE_NOUNS | frozenset("colleague colleagues head chief boss counterpart deputy premier minister "
                                   "member partner founder owner mayor chancellor commissioner governor".split())


_ROLE_AT = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ii]ts|[Aa]n?)\s+(?:\w+\s+)?(\w+)\s+"
                      r"(?:at|of|for|with|in|from)\s+[^,.;:!?]*$")


ABBREV_DOT = re.compile(r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|"
                        r"Adm|Maj|Gov|Pres|Dept|Inc|Corp|Co|Ltd|No|[A-Z]\.[A-Z])\.)$")


def _has_break(s: str) -> bool:
    """True when s holds a sentence or clause break (not the dot of "Ms." or "J.")."""
    for m in re.finditer(r"[.;:!?“\"]\s", s):
        if s[m.start()] == "." and ABBREV_DOT.search(s, 0, m.start() + 1):
            continue
        return True
    return False


class Finder:
    """Attribution of quotes within one text."""

    def __init__(self, sp: Speakers) -> None:
        self.sp = sp
        self.masked = sp.masked

    def after(self, close_end: int, limit: int) -> Attribution | None:
        """'..., X said' / '..., said X, the ...' right after the closing mark."""
        text = self.masked
        seg_end = min(limit, close_end + 200)
        # skip a stray closing mark too: a single quote closed inside a double one, then ' X said'
        m = re.match(r"[\s,—–\-'’]*", text[close_end:seg_end])
        s = close_end + (m.end() if m else 0)
        seg = text[s:seg_end]
        c = CUE_RE.match(seg) or INVERTED_ED.match(seg)
        if c and c.group(1).lower() not in LABEL_CUES and c.group(1).lower() not in PARTICIPLE:
            # "said X" — X up to a comma, full stop or a preposition
            ns = s + c.end()
            rest = text[ns:seg_end]
            x = re.match(r"\s+((?:[^\s,.;:!?“”\"]+\.?\s*){1,9}?)(?=[,.;:!?]|(?:(?<=\s)|\s+)(?:on|in|at|during|to|"
                         r"of|who|after|before|when|while|about|that|as|from|with|last|this|"
                         r"earlier|later|told|said|adding|noting)\b|$)", rest)
            if x:
                ps, pe = ns + x.start(1), ns + x.end(1)
                q = QUANTIFIED.match(text, pe)
                if q and text[ps:pe].strip().lower() in QUANTIFIERS:
                    pe = q.end()  # "said one of those advisers, who ..."
                if text[pe:pe + 1] == ",":
                    # "said Airbus President and Chief Executive Officer, Tom Enders": the title,
                    # then the person it names
                    end = re.search(r"[,.;:!?](?=\s|$)|$", text[pe + 1:seg_end])
                    named = _named_apposition(self.sp, pe, pe + 1 + end.start()) if end else None
                    if named is not None:
                        ps, pe = named
                spk = resolve_phrase(self.sp, ps, pe)
                if spk:
                    return Attribution(spk, c.group(1).lower())
        for c in CUE_RE.finditer(text, s, seg_end):
            if c.start() - s > 160:
                break
            if text[max(s, c.start() - 8):c.start()].rpartition(" ")[0].rpartition(" ")[2].lower() in NOMINAL:
                continue  # "one of the states suing the EPA, said": a noun, not the cue
            if _has_break(text[s:c.start()]):
                break
            span = _subject_before(self.sp, s, c.start())
            if PASSIVE_AUX.search(text, max(s, c.start() - 25), c.start()):
                break
            if span and (_np_words(text[s:span[0]]) or TAG_COMMA.search(text, max(0, close_end - 4), s)
                         and self._described_name(s, span)):
                spk = resolve_phrase(self.sp, *span)
                if spk:
                    return Attribution(spk, c.group(1).lower())
            break
        return self._late(s, limit)

    def _described_name(self, s: int, span: tuple[int, int]) -> bool:
        """'"...," screenwriter Cole Haddon wrote' / 'warm-and-fuzzy Trump said': a person's name
        right after the quote, led by a few words that describe them."""
        words = self.masked[s:span[0]].split()
        return (0 < len(words) <= 4 and any(c.start == span[0] and c.kind in ("person", "unknown")
                                            for c in self.sp.in_span(span[0], span[0] + 1))
                and not any(w.lower().strip(",.") in FUNCTION or w.lower() in CUES or not re.fullmatch(
                    r"[\w'’.\-]+", w) for w in words))

    def reported(self, lo: int, hi: int) -> Attribution | None:
        """'Schiff said the delay was political. "It is."': who reports speech in the sentence
        text[lo:hi] (a verb of saying and its subject) goes on to be quoted in the next one."""
        text = self.masked
        for c in CUE_RE.finditer(text, lo, hi):
            cue = c.group(1).lower()
            if cue not in SAYING or re.search(r"['’]s?\s+$", text[max(lo, c.start() - 3):c.start()]):
                continue
            if PASSIVE_AUX.search(text, max(lo, c.start() - 25), c.start()) or POLL.search(
                    text, max(lo, c.start() - 60), c.start()):
                return None
            span = None
            if cue in INVERTIBLE and re.search(r",\s*$", text[max(lo, c.start() - 3):c.start()]):
                x = re.match(r"\s+((?:[A-Z][\w.'’\-]*\s*){1,4})[,.]", text[c.end():hi])  # ", said Schiff."
                if x:
                    span = (c.end() + x.start(1), c.end() + x.end(1))
            if span is None:
                span = _subject_before(self.sp, lo, c.start())
            spk = resolve_phrase(self.sp, *span) if span else None
            return Attribution(spk, cue) if spk else None
        return None

    def dash(self, close_end: int) -> Attribution | None:
        """'"...." ― Ana Ruiz': a name after a dash that closes the line signs the quote (the
        convention of testimonials, epigraphs and reader comments)."""
        m = DASH_SIGNED.match(self.masked, close_end, min(len(self.masked), close_end + 80))
        if m is None:
            return None
        spk = resolve_phrase(self.sp, m.start(1), m.end(1))
        return Attribution(spk, None) if spk else None

    def _late(self, s: int, limit: int) -> Attribution | None:
        """'"...," as his father dreamed, Mr. Turry said.' — the attribution closes the sentence
        after a short aside: ', X said.' or ', said X.'"""
        text = self.masked
        seg_end = min(limit, s + 160)
        tail = text[s:seg_end]
        for m in re.finditer(r"[,—–]\s*", tail):
            p = s + m.end()
            for c in CUE_RE.finditer(text, p, min(seg_end, p + 100)):
                cue = c.group(1).lower()
                if cue in PARTICIPLE or cue in LABEL_CUES or _has_break(text[p:c.start()]):
                    break
                rest = text[c.end():seg_end]
                if not re.match(r"[^,.;:!?]{0,40}(?:[.!?]|$)", rest) and not re.match(r"\s+[A-Z]", rest):
                    break
                if p == c.start():  # ", said X."
                    x = re.match(r"\s+((?:[^\s,.;:!?“”\"]+\.?\s*){1,6}?)(?=[,.;:!?]|$)", rest)
                    if x:
                        spk = resolve_phrase(self.sp, c.end() + x.start(1), c.end() + x.end(1))
                        if spk:
                            return Attribution(spk, cue)
                    break
                span = _subject_before(self.sp, p, c.start())
                if span and _np_words(text[p:span[0]]) and not PASSIVE_AUX.search(
                        text, max(p, c.start() - 25), c.start()):
                    spk = resolve_phrase(self.sp, *span)
                    if spk:
                        return Attribution(spk, cue)
                break
        return None

    def colon(self, lo: int, open_at: int) -> Attribution | None:
        """'X leaned in and boomed: "..."' / 'Continued Stone: "..."' — a quote introduced by
        a colon belongs to the clause's subject."""
        text = self.masked
        head = text[lo:open_at].rstrip()
        if not head.endswith(":"):
            return None
        m = re.search(r"\b(?:Said|Added|Continued|Stated|Wrote|Asked|Says|Adds)\s+([^,:]{2,60}):$", head)
        if m:
            spk = resolve_phrase(self.sp, lo + m.start(1), lo + m.end(1))
            if spk:
                return Attribution(spk, m.group().split()[0].lower())
        end = lo + len(head) - 1
        for c in reversed(self.sp.in_span(max(lo, end - 60), end)):
            if c.end >= end - 1 and c.kind != "place" and (c.kind != "unknown" or len(c.name.split()) <= 3):
                # "Republican pollster Daron Shaw:"; not a headline "Veto Power Impedes Peace Efforts:"
                return Attribution(c.name, None)
            break
        span = self._sentence_subject(lo, end)
        if span:
            spk = resolve_phrase(self.sp, *span)
            if spk:
                return Attribution(spk, None)
        return None

    def before(self, lo: int, open_at: int, partial: bool, sent_start: int | None = None) -> Attribution | None:
        """'X said: ...' / 'X told reporters, ...' / a cue earlier in the sentence."""
        text = self.masked
        cues = list(CUE_RE.finditer(text, lo, open_at))
        if not cues and partial:
            # a phrase quoted after a verb of judging or thinking: "X decried the 'systemic racism'"
            cues = list(OPINION_RE.finditer(text, lo, open_at))
        for c in reversed(cues):
            cue = " ".join(c.group(1).lower().split())
            if re.search(r"['’]s?\s+$", text[max(lo, c.start() - 3):c.start()]):
                continue  # "Pyongyang's claims": a noun
            if POLL.search(text, max(lo, c.start() - 60), c.start()):
                return None
            inv = None
            if cue in INVERTIBLE and re.search(r"(?:^|[,—–])\s*$", text[max(lo, c.start() - 4):c.start()]):
                # "But, said Solovey, '...'"
                # and "The paradox of Nancy, says Carl Anthony, a historian, is that '...'"
                inv = re.match(r"\s+((?:[A-Z][\w.'’\-]*\s*){1,4}),?\s*:?\s*$", text[c.end():open_at]) or \
                    re.match(r"\s+((?:[A-Z][\w.'’\-]*\s*){1,4}),", text[c.end():open_at])
            if inv:
                spk = resolve_phrase(self.sp, c.end() + inv.start(1), c.end() + inv.end(1))
                if spk:
                    return Attribution(spk, cue)
            if PASSIVE_AUX.search(text, max(lo, c.start() - 25), c.start()):
                return None  # "Trump was asked": the quote is not the subject's
            tail = text[c.end():open_at]
            if not partial and len(tail) > 90:
                continue
            if cue in ("read", "reads") or cue in LABEL_CUES and not partial and not LABEL_OBJECT.fullmatch(tail):
                continue  # a label verb takes a full sentence only right after its object
            if cue in LABEL_CUES and self._label_passive(lo, c, open_at):
                return None  # "often described as ...": nobody is said to say it
            # the clause's subject may stand before an earlier quote of the sentence: "Clinton
            # spoke at a "Forum" sponsored by NBC and said ..." / "..., saying ..."
            top = lo if sent_start is None else min(sent_start, lo)
            coordinated = top < lo and COORDINATED.search(text, max(lo, c.start() - 20), c.start())
            if cue in PARTICIPLE:
                # "with the union calling her ..." / "Nefzi said, adding ...": the participle's
                # subject is the absolute phrase's, or that of the verb of saying before it
                w = WITH_BEFORE.search(text, max(lo, c.start() - 100), c.start())
                span = (w.start(1), w.end(1)) if w else self._finite_subject(lo, c.start(), cues)
                if span is None:
                    span = self._sentence_subject(lo, c.start())
            elif c.start() - lo < 2:
                span = self._sentence_subject(lo, c.start())
            elif coordinated:
                span = self._sentence_subject(top, c.start())
            else:
                span = _subject_before(self.sp, lo, c.start()) or self._sentence_subject(lo, c.start())
            if span is None and top < lo and cue in PARTICIPLE:
                span = self._sentence_subject(top, c.start())
            if span:
                spk = resolve_phrase(self.sp, *span)
                if spk:
                    return Attribution(spk, cue)
            return None
        return self._statement(lo, open_at) if not cues else None

    def _finite_subject(self, lo: int, at: int, cues: list[re.Match]) -> tuple[int, int] | None:
        """The subject of the last finite verb of saying before a participle at `at`, in the
        same clause: "Nefzi said, adding" / "the candidate told CBS on Sunday, saying"."""
        for c in reversed(cues):
            if c.start() >= at or c.group(1).lower() in PARTICIPLE:
                continue
            if c.group(1).lower() not in SAYING or _has_break(self.masked[c.end():at]):
                return None
            return _subject_before(self.sp, lo, c.start())
        return None

    def _label_passive(self, lo: int, c: re.Match, open_at: int) -> bool:
        """A label cue that names without a speaker: "often described as 'X'", "a blog, called
        'Feed'"; but "Beruff, a Scott ally, called Florida's standards 'strong'" has an object
        after the cue, and "what Tim Cook, Apple's chief, called 'crap'" a subject before it."""
        text = self.masked
        cue = c.group(1).lower()
        m = LABEL_PASSIVE.search(text, max(lo, c.start() - 20), c.start())
        if cue.endswith("ing") or m is None:
            # "..., calling it 'X'" / "Huckabee is labeling the actions 'X'": active
            return False
        word = m.group().strip(", ").lower()
        if word in ("is", "was", "were", "are", "be", "been", "being"):
            return True
        tail = [w.lower() for w in re.findall(r"[\w'’\-]+", text[c.end():open_at])]
        if tail and tail[0] != "by" and any(w not in LABEL_FILLER for w in tail):
            # "X, a Scott ally, called Florida's standards 'strong'" / "He also called the
            # senator 'the next Washington'": an object after the cue, so the subject calls it
            return False
        if word:
            return True
        # nothing between the cue and the quote: "a blog, called 'Feed'" names a thing; but in
        # "what Tim Cook, Apple's chief, called 'crap'" the relative pronoun is the object
        return not RELATIVE_SUBJECT.search(text, max(lo, c.start() - 160), c.start())

    def _statement(self, lo: int, open_at: int) -> Attribution | None:
        """'X released a statement condemning "..."': the quote is the statement's, so X's."""
        m = STATEMENT.search(self.masked, max(lo, open_at - 200), open_at)
        if m is None or _has_break(self.masked[m.end():open_at]):
            return None
        span = _subject_before(self.sp, lo, m.start()) or self._sentence_subject(lo, m.start())
        spk = resolve_phrase(self.sp, *span) if span else None
        return Attribution(spk, m.group(1).lower()) if spk else None

    def subject(self, sent_start: int, open_at: int) -> Attribution | None:
        """A phrase quoted in a sentence whose subject is a person or an organization: "He called
        them 'thugs'", "The Tax Fund advocates rules against 'gaming'", "Vega's claim is a '...'"."""
        text = self.masked
        head = text[sent_start:open_at]
        if NAMED_AS.search(text, max(sent_start, open_at - 70), open_at):
            return None  # "often described in the media as the 'Trump whisperer'": a label
        m = re.match(r"\s*(?:[A-Z][\w'’\-]*\.?\s+){0,6}?", head)
        if SUBORDINATE.match(head):
            return None  # "When Ms. Schifano moved ...": the first name is not the subject
        span = None
        owner = None  # "Vega's claim is that ...": the owner of the words
        skipped = self._skip_lead(sent_start, open_at, 1)  # "In a CNN poll, 73 percent ...": no sponsor
        if skipped > sent_start:
            sent_start, head = skipped, text[skipped:open_at]
        p = re.match(r"\s*(He|She|They)\s+", head)
        if p:
            span = (sent_start + p.start(1), sent_start + p.end(1))
        else:
            for c in self.sp.in_span(sent_start, min(open_at, sent_start + 80)):
                if c.kind != "person" and LEADS_A_NAME.match(text, c.end, c.end + 4):
                    continue  # "Senate Minority Leader Harry Reid": a name that only leads a longer one
                if c.kind in ("person", "unknown", "organization") and not self._modifier(c) \
                        and not text.startswith(":", c.end) \
                        and not _has_break(text[sent_start:c.start]) \
                        and _np_words(text[sent_start:c.start]):
                    span = (c.start, c.end)
                    if _possessive(self.sp.text, c.end):
                        # "Clinton's campaign called it 'X'": the role speaks; "Trump's plan": nobody
                        # "Ruiz's catch phrase was that ...": the possessor of words speaks them
                        span = None
                        r = POSSESSED.match(text, c.end)
                        for w in re.finditer(r"[\w\-]+", r.group(1) if r else ""):
                            head = w.group().lower()
                            if is_role(head) or head in SPEECH_NOUNS:
                                span = (c.start, r.start(1) + w.end())
                                owner = None if is_role(head) else c.name
                                break
                break
        if span is None or not m:
            return None
        spk = owner or resolve_phrase(self.sp, *span)
        if not spk:
            return None
        v = re.match(r"(?:,[^,]{0,80},)?\s+(?:(?:\w+ly|has|have|had|also|then|again|would|will|did|does)\s+)*"
                     r"([a-z][a-z\-]+)", text[span[1]:open_at])
        verb = v.group(1) if v else None
        if verb and (verb in ("is", "was", "has", "does") or not (
                verb in CUES or verb in OPINION_WORDS or re.search(r"(?:ed|[^s]s)$", verb))):
            verb = None  # "the Kazakh government is building": no verb of saying to show
        return Attribution(spk, verb)

    def according(self, lo: int, hi: int) -> Attribution | None:
        m = ACCORDING.search(self.masked, lo, hi)
        if not m:
            return None
        x = re.match(r"((?:[^\s,.;:!?“”\"]+\.?\s*){1,8}?)(?=[,.;:!?]|(?:(?<=\s)|\s+)(?:on|in|at|who|that|which)\b|$)",
                     self.masked[m.end():hi])
        if not x:
            return None
        spk = resolve_phrase(self.sp, m.end() + x.start(1), m.end() + x.end(1))
        return Attribution(spk, "according to") if spk else None

    def _modifier(self, c) -> bool:
        """A name of the text's own used as a modifier: "Democratic rival", "Islamist violence"."""
        return c.kind == "unknown" and " " not in c.name and bool(
            re.search(r"(?:ic|an|ish|ese|ist|ian|ans)$", c.name)) and bool(
            re.match(r"\s+[a-z]", self.sp.text[c.end:c.end + 3])) and not CUE_RE.match(
            self.sp.text, c.end + 1)

    def _skip_lead(self, lo: int, hi: int, phrases: int) -> int:
        """lo moved past a dateline ("WASHINGTON (AP) — ") and up to `phrases` leading phrases
        ("Facing criticism from Democrats, "), which hold no subject."""
        text = self.masked
        end = min(hi, lo + 80)
        if DASH.search(text, lo, end):  # a dateline needs its dash
            m = DATELINE.match(text, lo, hi)
            if m:
                lo = m.end()
        for _ in range(phrases):
            if text.find(",", lo, min(hi, lo + 140)) < 0:
                break
            m = LEAD_PHRASE.match(text, lo, hi)
            if not m or self.sp.in_span(m.start(1), m.start(1) + 1):  # not "Boreing said"
                break
            lo = m.end()
        return lo

    def _sentence_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject of a clause: a pronoun that opens it ("He pointed to the bankruptcy of
        Chrysler but stated ..."), else its first person, else organization, else pronoun."""
        lo = self._skip_lead(lo, hi, 2)
        w = WITH_ABSOLUTE.search(self.masked, max(lo, hi - 120), hi)
        if w:
            return w.start(1), w.end(1)  # "..., with Trump reportedly yelling: '...'"
        m = CLAUSE_PRONOUN.match(self.masked, lo, hi)
        if m:
            return m.start(1), m.end(1)
        cands = [c for c in self.sp.in_span(lo, hi) if not _possessive(self.sp.text, c.end)
                 and not self._modifier(c)]
        for kinds in (("person", "unknown"), ("organization",)):
            for c in cands:
                if c.kind in kinds:
                    return c.start, c.end
        m = re.search(r"\b(he|she|they|it)\b", self.masked[lo:hi], re.I)
        if m:
            return lo + m.start(1), lo + m.end(1)
        # "The U.S. embassy in Peru released a joint statement ..., affirming ..."
        m = LEAD_NP.match(self.masked, lo, hi)
        if m and m.group(1).split()[-1].lower() in ROLE_NOUNS:
            return m.start(1), m.end(1)
        return None
