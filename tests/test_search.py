"""Search: ranking, typos and partial words, groups, filters, messages, the CLI's --json."""
from __future__ import annotations

import json
import random
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
    quote = results.groups["quote"]
    assert quote == []  # "rubio" is not in any quote's words
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
    assert engine.search("said:").message == "said: needs a name, e.g. said:rubio"
    assert engine.search("actor: ").message == "actor: needs a name, e.g. actor:rubio"
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
    assert names[corpus.top("military", 1)[0][1]] in {"milei", "javier milei"}


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
        assert set(obj) == {"group", "score", "label", "path", "span", "speaker", "articles"}
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
