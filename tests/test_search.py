"""Search: ranking, typos and partial words, groups, filters, messages, the CLI's --json."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from test_index import fake_extract, write_article

from tui.cli import main
from tui.library.index import LibraryIndex
from tui.model import Actor, Extraction, Mention
from tui.search import SearchEngine, parse_query
from tui.search.corpus import Corpus, highlight
from tui.search.fold import fold


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Sheinbaum answers Washington on tariffs",
                  'Claudia Sheinbaum spoke in Mexico.\n"We will not accept tariffs," said Claudia Sheinbaum.\n'
                  '"Sovereignty is not negotiable," said Sheinbaum.', "2025-02-03")
    write_article(root, "b.txt", "Rubio visits Mexico City",
                  'Marco Rubio met Sheinbaum in Mexico on 2025-01-20.\n"Security is a top priority," said Marco Rubio.',
                  "2025-01-21")
    write_article(root, "c.txt", "Kowalski on the military act",
                  'Jan Kowalski criticized the military act in Brussels.\n"The act is unlawful," said Kowalski.',
                  "2024-11-05")
    write_article(root, "d.txt", "Markets calm after the vote",
                  "Nothing here names anyone. The cartel economy and the military budget grew.", "2023-06-01")
    return root


@pytest.fixture
def engine(library: Path) -> SearchEngine:
    index = LibraryIndex.open(library, extractor=fake_extract)
    index.refresh()
    return SearchEngine(index)


def labels(results, group: str) -> list[str]:
    return [r.label for r in results.groups[group]]


def test_typo_finds_the_actor_with_counts(engine: SearchEngine) -> None:
    results = engine.search("sheinbam")
    top = results.groups["actor"][0]
    assert top.label == "Claudia Sheinbaum" and top.kind == "person"
    assert (top.articles, top.quotes) == (2, 2)  # "said Sheinbaum" counts for Claudia Sheinbaum
    assert labels(results, "article")[0] == "Sheinbaum answers Washington on tariffs"


def test_typos_and_partial_words(engine: SearchEngine) -> None:
    assert labels(engine.search("kowalsky"), "actor")[0] == "Jan Kowalski"
    assert labels(engine.search("military act"), "article")[0] == "Kowalski on the military act"
    assert labels(engine.search("milit"), "article")[0] == "Kowalski on the military act"
    assert labels(engine.search("top priorty"), "quote") == ["Security is a top priority"]


def test_groups_in_order_with_highlights(engine: SearchEngine) -> None:
    results = engine.search("rubio")
    groups = [r.group for r in results]
    assert groups == sorted(groups, key=("article", "actor", "quote").index)
    article = results.groups["article"][0]
    assert article.label == "Rubio visits Mexico City"
    assert article.highlights == (0, 1, 2, 3, 4)
    # "rubio" is in no quote's words: his quote is found by its speaker, nothing in it marked
    assert [(q.label, q.speaker, q.highlights) for q in results.groups["quote"]] == [
        ("Security is a top priority", "Marco Rubio", ())]
    assert all(0 <= r.score <= 100 for r in results)


def test_full_text_matches_articles_by_body(engine: SearchEngine) -> None:
    results = engine.search("cartel economy")
    hit = results.groups["article"][0]
    assert hit.label == "Markets calm after the vote" and "cartel" in hit.detail


def test_a_typo_in_body_words_still_finds_the_article(engine: SearchEngine) -> None:
    # "cartl" and "econmy" are in no article; the body words one edit away are.
    hit = engine.search("cartl econmy").groups["article"][0]
    assert hit.label == "Markets calm after the vote" and "cartel" in hit.detail
    assert engine.search("zqxwvy").groups["article"] == []


def test_body_word_corrections_are_close_and_common_first(engine: SearchEngine) -> None:
    from tui.search.spelling import Vocabulary
    vocab = Vocabulary()
    assert vocab.corrections(engine.conn, "sheinbam")[0] == "sheinbaum"
    assert vocab.corrections(engine.conn, "act") == []           # too short to guess from
    assert vocab.corrections(engine.conn, "kowalski") == []      # spelt right: nothing else that close
    assert vocab.corrections(engine.conn, "mqxyzzt") == []


def test_cap_and_more(engine: SearchEngine) -> None:
    results = engine.search("mexico", limit=1)
    assert len(results.groups["article"]) == 1 and results.more["article"]


def test_filters(engine: SearchEngine) -> None:
    # actor: articles naming the actor (a surname finds the full name), combinable with words
    assert set(labels(engine.search("actor:sheinbaum"), "article")) == {
        "Sheinbaum answers Washington on tariffs", "Rubio visits Mexico City"}
    assert labels(engine.search("actor:sheinbaum tariffs"), "article") == ["Sheinbaum answers Washington on tariffs"]
    assert labels(engine.search("actor:sheinbaum"), "actor") == ["Claudia Sheinbaum"]
    # said: quotes by a speaker, newest article first
    said = engine.search("said:sheinbaum")
    assert labels(said, "quote") == ["We will not accept tariffs", "Sovereignty is not negotiable"]
    assert said.groups["article"] == [] and all(r.speaker == "Claudia Sheinbaum" for r in said)
    assert labels(engine.search('said:"marco rubio"'), "quote") == ["Security is a top priority"]
    # quote: only quotes
    q = engine.search("quote:unlawful")
    assert labels(q, "quote") == ["The act is unlawful"] and not q.groups["article"]
    # date: articles mentioning (or published on) dates in the range
    assert labels(engine.search("date:2025-01"), "article") == ["Rubio visits Mexico City"]
    assert set(labels(engine.search("from:2025-01 to:2025-02"), "article")) == {
        "Sheinbaum answers Washington on tariffs", "Rubio visits Mexico City"}
    assert labels(engine.search("from:2024 to:2024 military"), "article") == ["Kowalski on the military act"]
    assert labels(engine.search("date:2025-02 said:sheinbaum"), "quote")[0] == "We will not accept tariffs"


def test_messages_instead_of_blank(engine: SearchEngine, tmp_path: Path) -> None:
    assert engine.search("").message.startswith("Type to search")
    # a filter without its value says what it needs, not "Type to search"
    assert engine.search("said:").message == "said: needs a name, e.g. said:ruiz"
    assert engine.search("actor: ").message == "actor: needs a name, e.g. actor:ruiz"
    assert engine.search('quote:""').message.startswith("quote: needs words")
    for key in ("date", "from", "to"):
        assert engine.search(f"{key}:").message.startswith(f"{key}: needs a date, e.g. {key}:")
    assert engine.search("zzqxv").message == "No results for 'zzqxv'"
    assert "not a date" in engine.search("date:2025-13").message
    assert engine.search("actor:nobodyatall").message.startswith("No actor")
    empty = tmp_path / "empty"
    empty.mkdir()
    index = LibraryIndex.open(empty, extractor=fake_extract)
    index.refresh()
    assert "no articles" in SearchEngine(index).search("anything").message


def test_query_parsing() -> None:
    q = parse_query('actor:"Claudia Sheinbaum" said:rubio quote:priority date:2025-02 words here')
    assert (q.actor, q.said, q.quotes_only, q.text) == ("Claudia Sheinbaum", "rubio", True, "priority words here")
    assert (q.date_lo, q.date_hi) == ("2025-02-01", "2025-02-31")
    q = parse_query("from:2025-01 to:2025-03-15")
    assert (q.date_lo, q.date_hi) == ("2025-01-01", "2025-03-15")
    assert parse_query("actor:").empty  # a filter still being typed is not a query yet
    assert parse_query("actor: ").empty


@pytest.mark.parametrize("raw, said, actor, text", [
    ("said: rubio", "rubio", None, ""),               # a space after the colon, as people type
    ('said:  "marco rubio" cartels', "marco rubio", None, "cartels"),
    ("said: actor:trump", None, "trump", ""),         # the next filter is not the value
    ("note: 10:30 tariffs", None, None, "note: 10:30 tariffs"),  # not a filter: words kept
])
def test_filter_values_may_follow_a_space(raw, said, actor, text) -> None:
    q = parse_query(raw)
    assert (q.said, q.actor, q.text) == (said, actor, text)


def test_fast_ranking_equals_exhaustive_scan() -> None:
    rng = random.Random(3)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(300)]
    strings = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 12))) for _ in range(3000)]
    corpus = Corpus(list(range(10, 3010)), strings)
    corpus.prepare()
    queries = [w[:n] for w in rng.sample(words, 25) for n in (3, 5, 7, 9) if n <= len(w)]
    queries += [w[:-1] + "x" for w in rng.sample(words, 15)] + [f"{a} {b}" for a, b in zip(words[:10], words[10:20])]
    same = sum([p for _, p in corpus.top(q, 10)] == [p for _, p in corpus.exhaustive(q, 10)] for q in queries)
    assert same / len(queries) >= 0.95


def test_strings_shorter_than_the_query_rank_as_in_an_exhaustive_scan() -> None:
    # The scorer slides a string shorter than the query along the query: "petro" scores 100 for
    # "petrobras" and "milei" 89 for "military", though neither holds the query or a word like it.
    names = ["maria lopez", "petrobras", "world bank", "javier milei", "milei", "petro", "rubio"] * 3
    names += [f"person {i} surname{i}" for i in range(500)]
    corpus = Corpus(list(range(1, len(names) + 1)), names)
    corpus.prepare()
    for query in ("petrob", "petrobras", "military", "military act", "rubio tariffs"):
        assert corpus.top(query, 10) == corpus.exhaustive(query, 10), query
    # ... and such overlaps are no matches: only a string whose words the query's words mean
    assert corpus.top("military", 10) == []
    assert {names[p] for _, p in corpus.top("rubio tariffs", 10)} == {"rubio"}


def test_a_short_string_inside_a_longer_word_of_the_query_is_no_match() -> None:
    names = ["ca", "us", "senate", "maduro", "petro"] + [f"person {i} surname{i}" for i in range(300)]
    corpus = Corpus(list(range(len(names))), names)
    corpus.prepare()
    assert "ca" not in [names[p] for _, p in corpus.top("maduro cartl", 10)]   # 'ca' of 'cartl'
    assert "us" in [names[p] for _, p in corpus.top("us senate", 10)]          # a word of the query
    for query in ("maduro cartl", "us senate", "petrobras"):
        assert corpus.top(query, 10) == corpus.exhaustive(query, 10), query


def test_highlight_positions_follow_the_label() -> None:
    label = "José Álvarez visits Brussels"
    assert highlight("alvarez", fold(label)) == tuple(range(5, 12))
    positions = highlight("brusels", fold(label))
    assert "".join(label[p] for p in positions) == "Brusels"


def test_actor_page(engine: SearchEngine) -> None:
    page = engine.actor_page("sheinbaum")
    assert page.name == "Claudia Sheinbaum" and page.n_articles == 2
    assert [a.title for a in page.articles] == ["Sheinbaum answers Washington on tariffs", "Rubio visits Mexico City"]
    assert [q.text for q in page.quotes] == ["We will not accept tariffs", "Sovereignty is not negotiable"]
    assert ("Mexico", "place", 2) in page.co_actors
    assert (page.first, page.last) == ("2025-01-21", "2025-02-03")
    assert engine.actor_page("nobody at all") is None


def test_cli_search_json(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["search", "sheinbaum", "--library", str(library), "--json", "--limit", "2"])
    out = capsys.readouterr().out.strip().splitlines()
    assert status == 0 and out
    objects = [json.loads(line) for line in out]
    for obj in objects:
        assert set(obj) == {"group", "score", "label", "path", "span", "speaker", "articles", "detail"}
        assert obj["group"] in ("article", "actor", "quote") and 0 <= obj["score"] <= 100
    assert sum(o["group"] == "article" for o in objects) <= 2
    assert objects[0]["group"] == "article" and objects[0]["path"].endswith("a.txt")


def test_cli_search_text_and_no_results(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--library", str(library)]) == 0
    assert main(["search", "mexico", "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Articles\n") and "Rubio visits Mexico City" in out
    assert main(["search", "zzqxv", "--library", str(library)]) == 1
    assert "No results for 'zzqxv'" in capsys.readouterr().out
    assert main(["search", "x", "--library", str(library / "missing")]) == 1


def test_search_does_not_load_textual() -> None:
    import subprocess
    import sys

    code = "import sys, tui.search, tui.library.index, tui.cli; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_without_fts5_full_text_still_works(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.library.index as index_module

    monkeypatch.setattr(index_module, "FTS", "CREATE VIRTUAL TABLE body_fts USING no_such_module(x)")
    notices: list[str] = []
    index = LibraryIndex.open(library, extractor=fake_extract, notice=notices.append)
    assert not index.has_fts and notices == ["newsreader: this SQLite has no FTS5; full-text search will scan (slower)"]
    index.refresh()
    engine = SearchEngine(index)
    results = engine.search("cartel economy")
    assert results.groups["article"][0].label == "Markets calm after the vote"
    assert any("FTS5" in n for n in results.notices)


def _alias_extract(text: str, published=None) -> Extraction:
    # "General Motors (GM)" introduces the short name; elsewhere "GM" stands alone.
    actors = []
    if "General Motors" in text:
        at = text.index("General Motors")
        actors.append(Actor("General Motors", "organization", (Mention(at, at + 14, "General Motors"),),
                            aliases=("GM",)))
    elif "GM" in text:
        at = text.index("GM")
        actors.append(Actor("GM", "organization", (Mention(at, at + 2, "GM"),)))
    return Extraction(tuple(actors), (), ())


def test_a_short_name_finds_the_actor_it_stands_for(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Carmaker results", "General Motors (GM) reported a loss.")
    write_article(root, "b.txt", "Plant closes", "GM closed a plant.")
    index = LibraryIndex.open(root, extractor=_alias_extract)
    index.refresh()
    top = SearchEngine(index).search("gm").groups["actor"][0]
    assert (top.label, top.articles) == ("General Motors", 2)


def names_extractor(*names: str):
    """fake_extract with these names as the actors (quotes and dates as fake_extract finds them)."""
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))

    def extract(text: str, published=None) -> Extraction:
        base = fake_extract(text, published)
        found: dict[str, list[Mention]] = {}
        for m in pattern.finditer(text):
            found.setdefault(m.group(0), []).append(Mention(m.start(), m.end(), m.group(0)))
        actors = tuple(Actor(n, "person", tuple(ms)) for n, ms in found.items())
        return Extraction(actors, base.quotes, base.dates)
    return extract


def engine_of(root: Path, *names: str) -> SearchEngine:
    index = LibraryIndex.open(root, extractor=names_extractor(*names))
    index.refresh()
    return SearchEngine(index)


def test_free_words_naming_a_speaker_find_their_quotes(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks", '"Security is a top priority," said Marco Rubio.\n'
                  '"Rubio is wrong," said Jan Kowalski.', "2025-01-21")
    write_article(root, "b.txt", "More talks", '"We keep talking," said Marco Rubio.', "2025-03-01")
    write_article(root, "c.txt", "Airline", '"Exceptional discounts," said Dermot Mannion.\n'
                  '"A bold step," said Anna Kelly.', "2024-05-01")
    engine = engine_of(root, "Marco Rubio", "Jan Kowalski", "Dermot Mannion", "Anna Kelly")
    quotes = engine.search("rubio").groups["quote"]
    # A quote holding the words comes first; then the speaker's quotes, newest first, scored below
    assert [(q.label, q.score) for q in quotes] == [
        ("Rubio is wrong", 100.0), ("We keep talking", 95.0), ("Security is a top priority", 95.0)]
    assert quotes[0].highlights and not quotes[1].highlights  # nothing in a speaker's quote matched
    assert labels(engine.search("marco rubio"), "quote") == ["We keep talking", "Security is a top priority"]
    assert labels(engine.search("kowalsky"), "quote") == ["Rubio is wrong"]  # a typo of the name
    assert labels(engine.search("quote:rubio"), "quote") == ["Rubio is wrong"]  # quote: words: the text only
    assert labels(engine.search("said:rubio rubio"), "quote") == []  # said: chose the speaker: words are text
    # a speaker is named by the starts of its words, not by letters inside them
    assert labels(engine.search("ann"), "quote") == ["A bold step"]


def test_a_quote_over_several_lines_is_one_line_with_its_span(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    path = write_article(root, "a.txt", "Bankruptcy", 'A professor spoke.\n"They said no.\nThat is it.\n  They tried,"'
                         ' said Jan Kowalski.', "2009-05-28")
    engine = engine_of(root, "Jan Kowalski")
    quote = engine.search("they said no").groups["quote"][0]
    assert quote.label == "They said no. That is it. They tried"
    body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert body[quote.span[0]:quote.span[1]] == "They said no.\nThat is it.\n  They tried"
    assert "".join(quote.label[p] for p in quote.highlights) == "Theysaidno"
    assert main(["search", "quote:they said no", "--library", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Quotes" and len(out) == 2 and "They said no. That is it. They tried" in out[1]


def test_names_match_words_not_letters_inside_them() -> None:
    from tui.search.corpus import fragment, names_match

    assert names_match("sheinbam", "claudia sheinbaum") and names_match("kowalsky", "jan kowalski")
    assert names_match("ann", "anna kelly") and names_match("marco rub", "marco rubio")
    assert not names_match("ann", "dermot mannion")      # inside a word
    assert not names_match("nobody", "wide body")        # overlaps a word
    assert not names_match("rubio tariffs", "marco rubio")  # every word must name something
    # a string shorter than the query matches when the query's words mean its words
    assert fragment("north", "nothingmatcheszzzz") and fragment("lion", "invasion")
    assert not fragment("sheinbaum", "sheinbam tariffs") and not fragment("us", "us senate")


def test_filter_names_must_really_name_an_actor(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Aer Lingus buys jets", 'Wide Body jets.\n'
                  '"Exceptional discounts," said Dermot Mannion.\n"A bold step," said Anna Kelly.', "2007-06-09")
    write_article(root, "b.txt", "Cartels", 'North of the border.\n'
                  '"There will be no invasion," said Claudia Sheinbaum.\n"Lion," said Steve Jobs.', "2025-08-09")
    engine = engine_of(root, "Wide Body", "Dermot Mannion", "Anna Kelly", "North", "Claudia Sheinbaum", "Steve Jobs")
    nobody = engine.search("actor:nobody")
    assert not len(nobody) and nobody.message.startswith("No actor in the library matches 'nobody'")
    assert [r.speaker for r in engine.search("said:ann")] == ["Anna Kelly"]
    assert not len(engine.search("nothingmatcheszzzz"))     # not "North"
    assert labels(engine.search("quote:invasion"), "quote") == ["There will be no invasion"]  # not "Lion"
    # names still match by their words' starts and by close typos
    assert labels(engine.search("said:sheinbam"), "quote") == ["There will be no invasion"]
    assert labels(engine.search("actor:mannio"), "actor") == ["Dermot Mannion"]
    assert labels(engine.search('actor:"anna kelly"'), "article") == ["Aer Lingus buys jets"]


def test_filters_alone_list_the_quotes_that_belong_to_them(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Cartels", 'Claudia Sheinbaum and Marco Rubio met.\n"Top priority," said Anna Kelly.\n'
                  '"Bold step," said Marco Rubio.\n"No invasion," said Claudia Sheinbaum.\nTalks began 2025-02-14.',
                  "2025-08-09")
    write_article(root, "b.txt", "February", '"We signed," said Marco Rubio.', "2025-02-20")
    engine = engine_of(root, "Claudia Sheinbaum", "Marco Rubio", "Anna Kelly")
    # actor: the actor's own quotes first, then the others of the articles naming them, scored lower
    first = engine.search("actor:sheinbaum", limit=1)
    assert labels(first, "quote") == ["No invasion"] and first.more["quote"]
    quotes = engine.search("actor: sheinbaum").groups["quote"]
    assert [(q.label, q.score) for q in quotes] == [("No invasion", 100.0), ("Top priority", 90.0),
                                                    ("Bold step", 90.0)]
    # date: articles mentioning the period; quotes of the articles published in it
    feb = engine.search("date:2025-02")
    assert labels(feb, "article") == ["Cartels", "February"]
    assert labels(feb, "quote") == ["We signed"]
    assert labels(engine.search("date:2025-02 signed"), "quote") == ["We signed"]
    assert labels(engine.search("date:2025-08"), "quote") == ["Top priority", "Bold step", "No invasion"]


def test_limit_must_be_one_or_more(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "-1", "many"):
        with pytest.raises(SystemExit) as exit_:
            main(["search", "mexico", "--library", str(library), "--limit", bad])
        assert exit_.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1].startswith("newsreader search: error: argument --limit:") and bad in err[-1]


def test_conflicting_and_empty_filters_are_reported(engine: SearchEngine, library: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    twice = engine.search("said:rubio said:kowalski")
    assert "said: given twice; using the last, 'kowalski'" in twice.notices
    assert labels(twice, "quote") == ["The act is unlawful"]
    assert "date: given twice; using the last, '2024'" in engine.search("date:2025-02 date:2024").notices
    assert "date:2025 and from:2024 both set the start; using the last, from:2024" in \
        parse_query("date:2025 from:2024").notices
    assert not parse_query("said:rubio said:Rubio").notices  # the same name twice: nothing lost
    reversed_ = engine.search("from:2025-03 to:2025-01")
    assert not len(reversed_) and reversed_.message == "the range is reversed: from:2025-03 comes after to:2025-01"
    dropped = engine.search("rubio said:")
    assert "said: needs a name, e.g. said:ruiz" in dropped.notices and len(dropped)
    assert engine.search("said:").notices == []  # alone it is the message, said once
    assert main(["search", "said:rubio", "said:kowalski", "--library", str(library)]) == 0
    assert "newsreader: said: given twice; using the last, 'kowalski'" in capsys.readouterr().err


def test_a_spaced_name_after_a_filter_hints_at_quotes(engine: SearchEngine, tmp_path: Path) -> None:
    results = engine.search("said:marco rubio")  # said:marco, and "rubio" in the quote's words
    assert not len(results)
    assert results.message == "No results for 'said:marco rubio'; for a name with spaces use quotes: " \
                               'said:"marco rubio"'
    # with results, a hint when the two words name fewer actors than the first alone
    assert 'for a name with spaces use quotes: actor:"jan kowalski"' not in engine.search("actor:jan kowalski").notices
    write_article(tmp_path / "two", "a.txt", "Rubio and Rubio", "Ana Rubio met Marco Rubio.")
    two = engine_of(tmp_path / "two", "Ana Rubio", "Marco Rubio")
    assert 'for a name with spaces use quotes: actor:"rubio marco"' in two.search("actor:rubio marco").notices
    assert engine.search("said:rubio zzqx").message == "No results for 'said:rubio zzqx'"  # no such name


def test_free_search_lists_actors_the_words_name_before_those_holding_the_letters(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Airline", '"Exceptional discounts," said Dermot Mannion.\n'
                  'Martin Mann agreed.\n"A bold step," said Anna Kelly.', "2007-06-09")
    write_article(root, "b.txt", "Talks", "Zed Annan and Bo Hannah spoke.", "2007-06-10")
    engine = engine_of(root, "Dermot Mannion", "Martin Mann", "Anna Kelly", "Zed Annan", "Bo Hannah")
    actors = labels(engine.search("ann"), "actor")
    assert actors[:2] == ["Anna Kelly", "Zed Annan"]  # (the scorer ties all five; ids are alphabetical)
    assert set(actors[2:]) == {"Bo Hannah", "Dermot Mannion", "Martin Mann"}  # still listed, after


def test_cli_search_takes_in_new_and_deleted_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks in Lima", "Ana Ruiz met the envoy.", "2025-01-21")
    assert main(["search", "lima", "--library", str(root)]) == 0
    new = write_article(root, "z.txt", "Zanzibar news", "The island reopened.", "2025-01-22")
    (root / "junk.txt").write_bytes(b"\x00\x01binary")
    capsys.readouterr()
    assert main(["search", "zanzibar", "--library", str(root)]) == 0
    captured = capsys.readouterr()
    assert "Zanzibar news" in captured.out and "skipped" in captured.err and "junk.txt" in captured.err
    new.unlink()
    assert main(["search", "zanzibar", "--library", str(root)]) == 1


def test_cli_index_names_every_skipped_file_each_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks in Lima", "Ana Ruiz met the envoy.", "2025-01-21")
    (root / "junk.txt").write_bytes(b"\x00\x01binary")
    for _ in range(2):
        assert main(["index", "--library", str(root)]) == 0
        err = capsys.readouterr().err
        assert "skipped" in err and "junk.txt" in err and "indexed 1 article of" in err


@pytest.mark.parametrize("content, reason", [("library = [1,2\n", "Unclosed array"),
                                             ("library = 42\n", "library must be a folder path in quotes"),
                                             ('libary = "~/news"\n', "unknown setting 'libary'")])
def test_cli_says_when_the_config_cannot_be_read(content: str, reason: str, library: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tui.config import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(content, encoding="utf-8")
    main(["search", "mexico"])
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("newsreader: config: ") and reason in line
               and line.endswith("using the bundled samples") for line in err)


def test_one_or_two_letters_mean_a_whole_word_in_every_group(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks", 'Xi Jinping met envoys in Mexico.\n"Mexico is flexible," said Ana Ruiz.\n'
                  '"We agree," said Xi Jinping.', "2025-01-21")
    engine = engine_of(root, "Xi Jinping", "Mexico", "Ana Ruiz")
    results = engine.search("xi")
    assert labels(results, "actor") == ["Xi Jinping"]
    assert labels(results, "quote") == ["We agree"]


def test_a_date_filter_wants_dates_within_the_period_not_around_it(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Budget talks", "The deal should close by the end of the year.", "2025-09-03")
    write_article(root, "b.txt", "Summer plans", "This year has been long. This summer was hot.", "2025-01-03")
    write_article(root, "c.txt", "February vote", "The vote on Feb. 12 passed.", "2025-03-01")
    index = LibraryIndex.open(root)  # the project's date extractor
    index.refresh()
    engine = SearchEngine(index)
    assert labels(engine.search("date:2025-02"), "article") == ["February vote"]
    assert labels(engine.search("date:2025-07"), "article") == []  # "this summer" is longer than July
    assert labels(engine.search("from:2025-06 to:2025-08"), "article") == ["Summer plans"]
    assert set(labels(engine.search("from:2025-09"), "article")) == {"Budget talks"}
    assert set(labels(engine.search("to:2025-02"), "article")) == {"Summer plans", "February vote"}


def test_a_misspelt_start_of_a_longer_body_word_finds_it(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Border talks", "The cartels moved north. Talks went on.", "2025-01-21")
    engine = engine_of(root)
    assert labels(engine.search("cartl"), "article") == ["Border talks"]
    write_article(root, "b.txt", "Farm news", "Carts and cattle filled the market.", "2025-01-22")
    engine = engine_of(root)
    # a whole word one edit away ("carts") ranks above the start of a longer one
    assert labels(engine.search("cartl"), "article") == ["Farm news", "Border talks"]


def test_one_library_however_its_folder_is_spelt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks in Lima", "Ana Ruiz met the envoy.", "2025-01-21")
    first = LibraryIndex.open(root, extractor=names_extractor("Ana Ruiz"))
    first.refresh()
    ids = first.conn.execute("SELECT id, path FROM articles").fetchall()
    monkeypatch.chdir(tmp_path)
    again = LibraryIndex.open(Path("lib"), extractor=names_extractor("Ana Ruiz"))
    report = again.refresh()
    assert report.extracted == 0 and again.conn.execute("SELECT id, path FROM articles").fetchall() == ids
    assert ids[0][1] == str(root / "a.txt")


def test_a_search_engine_notices_a_refresh_made_elsewhere(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks in Lima", "Ana Ruiz met the envoy.", "2025-01-21")
    engine = engine_of(root, "Ana Ruiz")
    assert labels(engine.search("lima"), "article") == ["Talks in Lima"]
    (root / "a.txt").unlink()
    write_article(root, "b.txt", "Floods in Quito", "Rain fell for days.", "2025-01-22")
    other = LibraryIndex.open(root, extractor=names_extractor("Ana Ruiz"))  # another process's view
    other.refresh()
    assert labels(engine.search("lima"), "article") == []
    assert labels(engine.search("quito"), "article") == ["Floods in Quito"]


def test_decades_and_early_next_year_meet_date_filters(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Old trade", "Trade boomed in the 1990s.", "2025-01-21")
    write_article(root, "b.txt", "Plans", "The plant opens early next year.", "2025-08-09")
    index = LibraryIndex.open(root)  # the project's date extractor
    index.refresh()
    engine = SearchEngine(index)
    assert labels(engine.search("from:1990 to:1999"), "article") == ["Old trade"]
    assert labels(engine.search("from:2026-01 to:2026-04"), "article") == ["Plans"]


def test_two_letters_match_whole_title_words(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Chip subsidies stall", "Funds were held back.", "2025-01-21")
    write_article(root, "b.txt", "Su on trade", "Lisa Su spoke.", "2025-01-22")
    engine = engine_of(root)
    assert labels(engine.search("su"), "article") == ["Su on trade"]


def test_a_day_the_calendar_lacks_is_no_date() -> None:
    for raw in ("to:2025-02-31", "from:2025-02-30", "date:2025-04-31"):
        assert parse_query(raw).errors and "is not a date" in parse_query(raw).errors[0]
    assert not parse_query("date:2024-02-29").errors


def test_an_actor_outside_the_date_range_is_not_called_unknown(engine: SearchEngine) -> None:
    results = engine.search("actor:sheinbaum date:1990")
    assert not len(results) and results.message == "No article naming 'sheinbaum' mentions dates in that range"
    assert engine.search("actor:nobodyzz date:1990").message.startswith("No actor in the library matches")


def test_free_words_name_actors_as_actor_filters_do(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Talks", '"Security is a top priority," said Marco Rubio.', "2025-01-21")
    engine = engine_of(root, "Marco Rubio")
    for query in ("rubo", "rubio marco"):
        results = engine.search(query)
        assert labels(results, "actor") == ["Marco Rubio"], query
        assert labels(results, "quote") == ["Security is a top priority"], query


def test_a_date_filter_says_which_date_matched(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Vote", "The vote on Feb. 12 passed.", "2025-03-01")
    write_article(root, "b.txt", "Budget", "Nothing else happened.", "2025-02-20")
    index = LibraryIndex.open(root)  # the project's date extractor
    index.refresh()
    found = {r.label: r.detail for r in SearchEngine(index).search("date:2025-02").groups["article"]}
    assert found == {"Vote": "mentions “Feb. 12” (Wednesday 12 February 2025)", "Budget": "published 2025-02-20"}
