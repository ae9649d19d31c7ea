"""Actors: tokenizer offsets, mention spans, merging, roles, boilerplate, the seed article."""
from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.extract.actors import extract_actors
from tui.extract.actors.tokenizer import END, START, TEXT, sentences, tokenize
from tui.library.loader import load_article


def by_name(actors):
    return {a.name: a for a in actors}


def find(actors, name):
    for a in actors:
        if a.name == name or name in a.aliases:
            return a
    raise AssertionError(f"{name!r} not among {[a.name for a in actors]}")


# ---------------------------------------------------------------- tokenizer

@pytest.mark.parametrize("text, tokens", [
    ("Trump's plan", ["Trump", "'s", "plan"]),
    ("Mexico’s capital", ["Mexico", "’s", "capital"]),
    ("the U.S. military", ["the", "U.S.", "military"]),
    ("Air Force (USAF) said", ["Air", "Force", "(", "USAF", ")", "said"]),
    ("“top priority.”", ["“", "top", "priority", ".", "”"]),
    ("don't, O'Brien, AT&T", ["do", "n't", ",", "O'Brien", ",", "AT&T"]),
    ("Mr. Smith and J. Doe", ["Mr.", "Smith", "and", "J.", "Doe"]),
    ("EU rejects German call to boycott British lamb .", None),
])
def test_tokenizer_offsets(text, tokens):
    toks = tokenize(text)
    for t in toks:
        assert text[t[START]:t[END]] == t[TEXT]
    if tokens is not None:
        assert [t[TEXT] for t in toks] == tokens
    else:  # CoNLL-style text: space-separated tokens come back as they are
        assert [t[TEXT] for t in toks] == text.split()


def test_tokens_and_sentences_are_tuples_the_collector_stops_tracking():
    # a long text's tokens live through the whole extraction: tuples of strings and integers
    # (no NamedTuples, no lists), which the garbage collector stops walking at its first pass
    sents = sentences("President Donald Trump met Angela Merkel in Berlin. They spoke.\nBRUSSELS 1996-08-22")
    gc.collect()
    gc.collect()  # (a tuple goes untracked once its items are: one seen before its tokens, next time)
    assert len(sents) == 3
    assert all(type(s) is tuple and not gc.is_tracked(s) for s in sents)
    assert all(type(t) is tuple and not gc.is_tracked(t) for s in sents for t in s)


def test_extraction_leaves_no_reference_cycles(seed_path):
    # what an extraction makes goes by reference counting as soon as it is done with; garbage
    # in cycles would wait for a full collection, which holds the GIL while it walks everything
    from tui.extract import extract

    article = load_article(seed_path)
    extract(article.text, article.published)  # the model and the name lists load once
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        extraction = extract(article.text, article.published)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
    assert extraction.actors and extraction.quotes and extraction.dates


def test_sentences_and_dateline():
    text = "WASHINGTON, D.C. President Donald Trump spoke. He left.\nBRUSSELS 1996-08-22"
    sents = [[t[TEXT] for t in s] for s in sentences(text)]
    assert sents[0] == ["WASHINGTON", ",", "D.C."]
    assert sents[1][:3] == ["President", "Donald", "Trump"]
    assert sents[2] == ["He", "left", "."]
    assert sents[3] == ["BRUSSELS", "1996-08-22"]


# ---------------------------------------------------------------- mentions and merging

PROSE = ("President Donald Trump met German Chancellor Angela Merkel in Berlin on Monday. "
         "Trump's aides said the United States Air Force (USAF) would help. "
         "Merkel told reporters that the U.S. and Germany agreed, and the USAF confirmed it.\n"
         "Later, Merkel's office in Berlin and the United States issued a statement.")


def test_mention_spans_are_exact():
    actors = extract_actors(PROSE)
    assert actors
    for a in actors:
        for m in a.mentions:
            assert PROSE[m.start:m.end] == m.text
            assert not m.text.endswith("'s") and not m.text.lower().startswith("the ")


def test_merging_surname_title_possessive():
    actors = extract_actors(PROSE)
    trump = find(actors, "Donald Trump")
    assert trump.kind == "person"
    assert [m.text for m in trump.mentions] == ["Donald Trump", "Trump"]
    assert "President Donald Trump" in trump.aliases and "Trump" in trump.aliases
    merkel = find(actors, "Angela Merkel")
    assert len(merkel.mentions) == 3
    assert len([a for a in actors if "Merkel" in a.name]) == 1


def test_merging_acronyms():
    actors = extract_actors(PROSE)
    usaf = find(actors, "United States Air Force")
    assert usaf.kind == "organization"
    assert sum(m.text == "USAF" for m in usaf.mentions) == 2
    us = find(actors, "United States")
    assert us.kind == "place" and "U.S." in us.aliases
    assert find(actors, "Berlin").kind == "place"
    assert len(find(actors, "Berlin").mentions) == 2


def test_roles_from_titles_and_appositions():
    text = ("White House spokesperson Anna Kelly declined to comment. "
            "U.S. Secretary of State Marco Rubio spoke to reporters. "
            "The plan was backed by John Smith, the chief executive of Acme Corp, on Friday.")
    actors = extract_actors(text)
    assert find(actors, "Anna Kelly").roles == ("White House spokesperson",)
    assert find(actors, "Marco Rubio").roles == ("U.S. Secretary of State",)
    assert "chief executive of Acme Corp" in find(actors, "John Smith").roles


def test_boilerplate_yields_no_actors():
    text = "Download IPFS\nShare\nAdvertisement\nTwitter\nFacebook\nRead more:\n"
    assert extract_actors(text) == []
    body = "Download IPFS\nMarco Rubio visited Mexico.\nShare\n"
    assert {a.name for a in extract_actors(body)} == {"Marco Rubio", "Mexico"}


def test_glued_names_and_surnames():
    text = ("President of the United States Barack Obama spoke in Detroit. "
            "The United States will help, Obama said.")
    actors = extract_actors(text)
    obama = find(actors, "Barack Obama")
    assert obama.kind == "person" and [m.text for m in obama.mentions] == ["Barack Obama", "Obama"]
    assert "President of the United States" in obama.roles
    assert find(actors, "United States").kind == "place"


def spans_of(actor):
    return [m.start for m in actor.mentions]


def test_people_sharing_a_surname_are_kept_apart():
    # gender from a title: "Mr. Obama" is not Michelle Obama, and the title "President" that
    # she never carries goes with him
    text = ("President Obama spoke first at the rally on Tuesday. Michelle Obama followed him. "
            "Mr. Obama said he was proud. Mrs. Obama thanked the crowd.")
    actors = extract_actors(text)
    michelle = find(actors, "Michelle Obama")
    assert [text[m.start - 5:m.end] for m in michelle.mentions][1:] == ["Mrs. Obama"]
    him = [a for a in actors if a.name == "Obama"]
    assert len(him) == 1 and "Mr. Obama" in him[0].aliases and "President Obama" in him[0].aliases

    text = ("Bill Clinton campaigned in Ohio on Monday. Hillary Clinton spoke in Iowa. "
            "Mrs. Clinton said she would win. Clinton added that the race was close. "
            "Mr. Clinton said he was hopeful.")
    actors = extract_actors(text)
    bill, hillary = find(actors, "Bill Clinton"), find(actors, "Hillary Clinton")
    assert "Mr. Clinton" in bill.aliases and "Mrs. Clinton" not in bill.aliases
    assert "Mrs. Clinton" in hillary.aliases
    assert text.index("Clinton added") in spans_of(hillary)  # the one most recently named


def test_a_bare_surname_nothing_decides_stays_apart():
    text = "Hillary Clinton and Bill Clinton arrived in Denver. Clinton said the economy was strong."
    actors = extract_actors(text)
    assert len(find(actors, "Bill Clinton").mentions) == 1
    assert len(find(actors, "Hillary Clinton").mentions) == 1
    assert any(a.name == "Clinton" for a in actors)


def test_the_story_s_principal_keeps_the_surname():
    # a spouse named once does not take over every later "Cruz"
    text = ("Sen. Ted Cruz endorsed the nominee on Friday. Cruz had refused for months. "
            "Cruz said the choice was hard. Supporters of Cruz were angry.\n\n"
            "The nominee once mocked Heidi Cruz in a post.\n\n"
            "Delegates asked how Cruz could change course. Cruz said voters deserved a choice.")
    actors = extract_actors(text)
    ted = find(actors, "Ted Cruz")
    assert text.rindex("Cruz said voters") in spans_of(ted)
    assert len(find(actors, "Heidi Cruz").mentions) == 1
    # a middle initial does not make a second person
    text = "Chief Justice John G. Roberts spoke on Monday. John Roberts said Roberts would stay."
    assert [len(a.mentions) for a in extract_actors(text) if "Roberts" in a.name] == [3]


def test_and_inside_one_organization_name():
    # the part after "and" that opens with an ordinary word and ends in a head is no name alone
    text = ("Airbus is owned by European Aeronautic Defence and Space Company EADS N.V., "
            "which said profits rose. Johnson Controls Inc and Lear Corp agreed on Monday.")
    names = {a.name for a in extract_actors(text)}
    assert "European Aeronautic Defence and Space Company EADS N.V." in names
    assert {"Johnson Controls Inc", "Lear Corp"} <= names


def test_company_cues_anywhere_make_an_organization():
    text = ("Shares in the auto companies Toyota, Nissan and Honda all dropped. "
            "The files came from Lockheed Martin, Boeing's rival in the launch contest. "
            "\"Sentiment is weak,\" said the senior market strategist for Invesco AIM, Fritz Meyer. "
            "Tim Cook spoke at Apple on Monday. Before his post at Apple, Cook held positions at IBM.")
    kinds = names_of(text)
    assert kinds["Nissan"] == "organization" and kinds["Invesco AIM"] == "organization"
    assert kinds["Lockheed Martin"] == "organization"
    assert kinds["Fritz Meyer"] == "person" and kinds["Tim Cook"] == "person"


def test_media_and_companies_are_no_places():
    text = ("\"We are thrilled,\" a spokesperson told Bloomberg. According to Hulu, the series "
            "drew 3 million viewers. GM said it was cancelling a deal to sell Opel to Magna, a "
            "Canadian automobile parts company. Loans may end up with major banks such as "
            "Citibank, HSBC, and Commerzbank. Addressing a conference in Wyoming, the bank chief "
            "said the outlook was better.")
    kinds = names_of(text)
    for name in ("Bloomberg", "Hulu", "Magna", "HSBC"):
        assert kinds[name] == "organization", name
    assert kinds["Wyoming"] == "place"
    # no medium's cue: someone in the place said it; the place has a coast
    kinds = names_of("Police in the town of Sha said the corporal had been arrested. "
                     "He was spotted in Diechart, a town on Golnaik's southern coast.")
    assert kinds.get("Sha") == "place" and kinds.get("Golnaik") == "place"
    # a known place keeps its kind before "shares": a market, not a company
    assert names_of("Mumbai shares fell 2 percent on Monday as investors sold banks.") == \
        {"Mumbai": "place"}


def test_title_case_terms_with_an_acronym_are_no_organizations():
    text = ("Analyst Paul Nesbit said that Maintenance, Repair and Overhaul (MRO) operations "
            "could push the value higher. The MRO work would go to Alabama. The United States "
            "Air Force (USAF) and the Environmental Protection Agency (EPA) agreed.")
    kinds = names_of(text)
    assert not any(n in kinds for n in ("MRO", "Maintenance", "Repair", "Overhaul"))
    assert kinds["United States Air Force"] == "organization"
    assert kinds["Environmental Protection Agency"] == "organization"


def test_a_company_the_tagger_took_for_a_product_name():
    # "Boeing" (as in "Boeing 747") is the company "Boeing Co." named in the same story;
    # a short name does not join a longer one through a possessive ("Boeing's Delta IV")
    text = ("The Air Force will decide. Boeing will have to submit a plan, and the Pentagon will "
            "review it, Boeing Co. said. American officials said the Chicago-based firm agreed.")
    actors = extract_actors(text)
    assert [len(a.mentions) for a in actors if a.name == "Boeing Co."] == [2]
    assert not any(a.name in ("American", "Chicago-based") for a in actors)
    text = "Lockheed Martin's Atlas V and Boeing's Delta IV are rockets. Boeing shares fell."
    assert any(a.name == "Boeing" for a in extract_actors(text))


def test_what_is_left_of_a_title_is_no_one():
    text = ("The plan, the brainchild of Ford's Chief Executive Officer, William Clay Ford Jr., "
            "is to end losses. \"It is unparalleled,\" said Joe Leonard, Chairman and Chief "
            "Operating Officer of AirTran Airways.")
    names = {a.name for a in extract_actors(text)}
    assert not names & {"Executive Officer", "Operating Officer", "Chief Executive Officer"}
    assert "Joe Leonard" in names


def test_empty_and_blank():
    assert extract_actors("") == []
    assert extract_actors(" \n\t\n") == []


# ---------------------------------------------------------------- modern news conventions

def names_of(text):
    return {a.name: a.kind for a in extract_actors(text)}


def test_title_case_headline_reads_as_prose():
    text = ("Lindsey Graham Says Voters Want Change After Long Campaign\n"
            "Sen. Lindsey Graham said on Sunday that voters in South Carolina want change. "
            "Graham spoke in Columbia.")
    actors = extract_actors(text)
    graham = find(actors, "Lindsey Graham")
    assert graham.kind == "person" and len(graham.mentions) == 3
    assert not any("Says" in a.name or "Campaign" in a.name for a in actors)


def test_title_case_headline_keeps_names_the_body_repeats():
    text = ("Black Lawmakers Rip Donald Trump As A Disgusting Fraud\n"
            "Members of Congress criticized Donald Trump on Friday. Trump did not respond.")
    actors = extract_actors(text)
    trump = find(actors, "Donald Trump")
    assert [m.text for m in trump.mentions] == ["Donald Trump", "Donald Trump", "Trump"]
    assert not any("Rip" in a.name or "Fraud" in a.name for a in actors)


def test_handles_and_hashtags_are_no_actors():
    names = names_of("Read the post by @JohnMelloy and #Election2016 here. John Smith said so.")
    assert names == {"John Smith": "person"}


def test_party_state_tags():
    text = ("Sen. David Vitter (R-Louisiana) and Rep. Jim Clyburn (D-S.C.) voted against it, "
            "as did Sens. Jon Tester and Jeff Merkley.")
    names = names_of(text)
    assert not any(n.startswith(("R-", "D-")) or n == "Louisiana" for n in names)
    assert "Sens" not in names and names.get("Jon Tester") == "person"
    assert names.get("David Vitter") == names.get("Jim Clyburn") == "person"


def test_names_do_not_run_into_ordinal_or_lower_case_words():
    names = names_of("The chain said Best Buy for the No. 2 spot was a surprise.")
    assert names == {"Best Buy": "organization"}


def test_ordinary_word_opening_a_sentence_is_no_part_of_the_name():
    names = names_of("Rival GM said on Monday it would cut jobs. GM employs thousands in Detroit.")
    assert "Rival GM" not in names and names.get("GM") == "organization"


def test_lone_ordinary_word_opening_a_sentence_is_no_name():
    text = ("Mary Barra will lead General Motors, the company said.\n"
            "Additional reporting by John Smith.\nWorldwide, sales fell.")
    names = names_of(text)
    assert "Additional" not in names and "Worldwide" not in names
    assert names.get("Mary Barra") == "person" and names.get("General Motors") == "organization"


def test_person_glued_to_an_institution_comes_apart():
    actors = extract_actors("Supreme Court Justice Antonin Scalia died in February. "
                            "Antonin Scalia served for decades.")
    assert find(actors, "Antonin Scalia").kind == "person"
    assert len(find(actors, "Antonin Scalia").mentions) == 2
    assert find(actors, "Supreme Court").kind == "organization"


def test_groups_by_origin_or_faith_are_no_actors():
    names = names_of("Hispanics and Muslims voted early, and Latino voters turned out in Ohio.")
    assert names == {"Ohio": "place"}


def test_company_words_after_a_name_make_it_an_organization():
    actors = extract_actors("Northrop Grumman CEO Ron Sugar said Northrop Grumman would appeal.")
    assert find(actors, "Northrop Grumman").kind == "organization"
    assert find(actors, "Ron Sugar").kind == "person"


def test_surname_before_administration_is_the_person():
    actors = extract_actors("Barack Obama spoke on Monday. Critics of the Obama administration "
                            "said the Obama campaign had promised more.")
    obama = find(actors, "Barack Obama")
    assert obama.kind == "person" and len(obama.mentions) == 3
    names = names_of("President Obama spoke. NATO welcomed the Obama administration's plan.")
    assert names.get("Obama") == "person"


def test_product_shaped_names_are_no_people():
    assert not any(a.kind in ("person", "place") and a.name.startswith("iPod")
                   for a in extract_actors("Apple sold more of the iPod Touch this year."))


def test_role_words_do_not_become_a_person():
    names = names_of("Apple Chief Executive Officer Tim Cook said the company would grow.")
    assert names.get("Tim Cook") == "person"
    assert not any("Officer" in n for n in names)


# ---------------------------------------------------------------- the seed article

def test_seed_actors(seed_path):
    article = load_article(seed_path)
    actors = extract_actors(article.text)
    names = {a.name.lower().removeprefix("the "): a.kind for a in actors}
    expected = {
        "donald trump": "person", "anna kelly": "person", "marco rubio": "person",
        "nicolás maduro": "person", "claudia sheinbaum": "person",
        "pentagon": "organization", "white house": "organization",
        "new york times": "organization", "wall street journal": "organization",
        "ewtn": "organization", "department of defense": "organization",
        "tren de aragua": "organization", "sinaloa cartel": "organization",
        "cartel of the suns": "organization",
        "washington": "place", "united states": "place", "mexico": "place",
        "venezuela": "place", "latin america": "place",
    }
    assert names == expected
    trump = find(actors, "Donald Trump")
    assert "President" in trump.roles
    assert {"Trump", "President Donald Trump"} <= set(trump.aliases)
    assert "White House spokesperson" in find(actors, "Anna Kelly").roles
    assert "U.S. Secretary of State" in find(actors, "Marco Rubio").roles
    assert "U.S." in find(actors, "United States").aliases
    nyt = find(actors, "The New York Times")
    assert nyt.kind == "organization" and [m.text for m in nyt.mentions] == ["New York Times"]
    for a in actors:
        for m in a.mentions:
            assert article.text[m.start:m.end] == m.text
    # every "U.S." and "Mexico" is a mention, the one in "U.S.-Mexico" too
    us = find(actors, "United States")
    assert len(us.mentions) == article.text.count("U.S.") + article.text.count("United States")
    assert len(find(actors, "Mexico").mentions) == article.text.count("Mexico")


def test_washington_dc_is_washington():
    for text in ("Washington, D.C. is quiet in August, officials in D.C. said.",
                 "Washington , D.C. is quiet in August , officials in D.C. said ."):  # CoNLL spacing
        actors = extract_actors(text)
        assert [(a.name, [m.text for m in a.mentions]) for a in actors if a.kind == "place"] == \
            [("Washington", ["Washington", "D.C.", "D.C."])]


# one story about a family, told over and over: a long text is merged by indexes and running
# tallies instead of scans of everything named so far, and must still place every mention
FAMILY = ("President Donald Trump said on Monday that the economy was strong. "
          "Ivanka Trump, his daughter, said she would travel to Tokyo. "
          "Trump told reporters in Washington, D.C. that he would meet Xi Jinping. "
          "Mrs. Trump said she was pleased, and the Federal Bureau of Investigation (FBI) agreed.")


def test_a_story_told_many_times_names_the_same_actors():
    once = extract_actors(FAMILY)
    many = extract_actors("\n\n".join([FAMILY] * 40))
    assert {(a.name, a.kind) for a in many} == {(a.name, a.kind) for a in once}
    assert sum(len(a.mentions) for a in many) == 40 * sum(len(a.mentions) for a in once)
    fbi = find(many, "Federal Bureau of Investigation")
    assert [m.text for m in fbi.mentions].count("FBI") == 40
    assert len(find(many, "Washington").mentions) == 80  # each "D.C." joined Washington


# ---------------------------------------------------------------- robustness

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_random_text_never_raises(text):
    for a in extract_actors(text):
        assert a.kind in ("person", "organization", "place")
        for m in a.mentions:
            assert text[m.start:m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Trump", "'s", "U.S.", "(", ")", "the", "Mexico", "President",
                                 "USAF", ",", ".", "\n", "said", "New", "York", "“", "”", "-",
                                 "Secretary", "of", "State", "Anna", "Kelly", "D.C."]),
                max_size=60))
def test_random_name_soup_never_raises(words):
    text = " ".join(words)
    for a in extract_actors(text):
        assert a.mentions and a.name
        for m in a.mentions:
            assert text[m.start:m.end] == m.text


def test_core_does_not_load_textual():
    code = "import sys, tui.extract.actors as a; a.extract_actors('Marco Rubio'); print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_company_suffix_then_a_given_name_is_a_company_and_its_officer():
    got = {(a.name, a.kind) for a in extract_actors(
        '"Signs of life," said the chairman of Acme Motors LLC Jim Press.')}
    assert {("Acme Motors LLC", "organization"), ("Jim Press", "person")} <= got


def test_an_office_of_a_name_is_the_name():
    got = {(a.name, a.kind) for a in extract_actors('"A hard day," said Jim Press, the Vice Chairman of Zorvex.')}
    assert got == {("Jim Press", "person"), ("Zorvex", "organization")}
    got = {(a.name, a.kind) for a in extract_actors("Joe Bloggs, the Governor of Texas, spoke.")}
    assert ("Texas", "place") in got
    # offices whose "of" leads to a department or a team are left whole or alone
    assert "Staff" not in {a.name for a in extract_actors("Ana Ruiz, the White House Chief of Staff, spoke.")}
    assert "South" not in {a.name for a in extract_actors("Queen of the South won 2-1 at home.")}


def test_mutual_and_insurance_head_company_names():
    got = names_of("It follows the failures of Lehman Brothers ($691 billion), Washington Mutual ($327 billion) "
                   "and Zorvex Insurance.")
    assert got["Washington Mutual"] == "organization" and got["Zorvex Insurance"] == "organization"


def test_the_portfolio_of_a_title_is_no_organization():
    got = names_of('"We are monitoring," said Interior Minister Carla Mendes.')
    assert got == {"Carla Mendes": "person"}
    assert names_of("The Interior Ministry said so.") == {"Interior Ministry": "organization"}


def test_a_capital_letter_ending_a_sentence_keeps_no_period():
    from tui.extract.actors.tokenizer import tokenize

    assert [t[TEXT] for t in tokenize("He wrote on X.")][-2:] == ["X", "."]
    assert [t[TEXT] for t in tokenize("He chose Plan B. The vote failed.")][3:6] == ["B", ".", "The"]
    assert [t[TEXT] for t in tokenize("John F. Kennedy spoke.")][:3] == ["John", "F.", "Kennedy"]


def test_an_unknown_first_word_heading_an_officer_title_is_the_company():
    assert names_of("Zorvex CEO Ana Ruiz said so.") == {"Zorvex": "organization", "Ana Ruiz": "person"}
    assert names_of("Party chairman Jim Press said so.") == {"Jim Press": "person"}


# ---------------------------------------------------------------- people's names the tagger garbled

def test_a_given_name_and_a_surname_with_no_company_cue_is_a_person():
    # the tagger takes this one for an organization; no title, no company's cue anywhere
    actors = extract_actors("Helen Varga met with Emmanuel Dubrec in Paris. Varga said the talks went well.")
    varga = find(actors, "Helen Varga")
    assert varga.kind == "person" and [m.text for m in varga.mentions] == ["Helen Varga", "Varga"]
    # a company's cue or a company's suffix keeps an organization
    assert names_of("Helen Varga Inc. reported a loss.") == {"Helen Varga Inc.": "organization"}
    assert names_of("Philip Morris said profits rose.") == {"Philip Morris": "organization"}
    assert names_of("Victoria Falls is a waterfall in Zambia.")["Victoria Falls"] == "place"


def test_a_generational_suffix_makes_a_person():
    got = names_of("The plan was drawn up by Trexa's chief executive, Robert Tamberg Jr.")
    assert got == {"Trexa": "organization", "Robert Tamberg Jr.": "person"}


def test_lower_case_particles_keep_one_name():
    assert names_of("Officials said Omar bin Tariq was hiding.") == {"Omar bin Tariq": "person"}
    assert names_of('"No," said Karim bin Halim.') == {"Karim bin Halim": "person"}
    assert names_of("Ursula von der Marwitz spoke in Brussels.") == {
        "Ursula von der Marwitz": "person", "Brussels": "place"}
    assert names_of('"We will act," said Juan Ramón de la Vega.') == {"Juan Ramón de la Vega": "person"}
    # a name with a particle that ends in a place's head is that place
    assert names_of("Charles de Gaulle Airport was closed on Friday.") == {
        "Charles de Gaulle Airport": "place"}


def test_a_title_does_not_reach_over_another_person():
    actors = extract_actors("Prime Minister Tom Varga and Chancellor Anna Korvath met on Monday.")
    assert find(actors, "Tom Varga").roles == ("Prime Minister",)
    assert find(actors, "Anna Korvath").roles == ("Chancellor",)
    # "and" between two role words is still one title
    assert find(extract_actors("Chairman and Chief Executive Officer Mary Barra spoke."),
                "Mary Barra").roles == ("Chairman and Chief Executive Officer",)


def test_a_country_is_one_actor_however_named():
    actors = extract_actors("The US economy grew. The United States is big. America is great. "
                            "US Airways flew.")
    us = find(actors, "United States")
    assert us.kind == "place" and {"US", "America"} <= set(us.aliases) and len(us.mentions) == 3
    assert find(actors, "US Airways").kind == "organization"
    uk = [a for a in extract_actors("Britain and the UK agreed, the United Kingdom said.")]
    assert [(a.name, a.kind, len(a.mentions)) for a in uk] == [("United Kingdom", "place", 3)]


def test_names_lose_a_leading_conjunction_and_a_stray_quote():
    got = names_of("the companies Zorvex-Benz (Kelmar-Benz) and Trexa, which merged in 1998, would split.")
    assert got == {"Zorvex-Benz": "organization", "Kelmar-Benz": "organization", "Trexa": "organization"}
    got = names_of("Airbus flew. The jet came from Airbus ' Delivery Center.")
    assert got.get("Airbus") == "organization" and not any("'" in n for n in got)
    # a plural's apostrophe inside an organization's name stays
    assert names_of("The Revolutionary Workers' Party said so.") == {
        "Revolutionary Workers' Party": "organization"}


def test_an_organization_run_into_a_person_comes_apart():
    assert names_of("The exchange with Kelmar Networks Bill Tamberg was short.") == {
        "Kelmar Networks": "organization", "Bill Tamberg": "person"}


@pytest.mark.parametrize("seed, name, kind", [
    ("60658_*", "Chrysler", "organization"),
    ("1173_*", "Bill Bodie", "person"),
    ("31706_*", "William Clay Ford Jr.", "person"),
    ("82597_*", "Airbus", "organization"),
])
def test_seed_names_are_whole(seed, name, kind):
    from pathlib import Path

    path = next((Path(__file__).resolve().parent.parent / "seeds").glob(seed))
    actors = extract_actors(load_article(path).text)
    assert any(a.kind == kind and (a.name == name or name in a.aliases) for a in actors)
    for a in actors:
        assert not a.name.lower().startswith(("and ", "or ")) and " ' " not in a.name
        assert not ("Bodie" in a.name and a.kind != "person")


def test_a_title_in_another_script_is_no_part_of_the_name():
    actors = extract_actors("Президент Иван Петренко провёл встречу.")
    assert [(a.name, a.kind, a.roles) for a in actors] == [("Иван Петренко", "person", ("Президент",))]


def test_a_body_after_an_adjective_of_place_is_an_organization():
    assert names_of("Critics in the European Parliament remain sceptical.") == {"European Parliament": "organization"}
    assert names_of("The Bundestag voted.") == {"Bundestag": "organization"}
    assert names_of("The Hague hosts the court.") == {"The Hague": "place"}


def test_a_namesake_called_by_first_name_leaves_the_surname_to_the_other():
    # the story calls her "Melania" and so means him by "Trump" (the Heidi Cruz test above keeps
    # a surname the story has already used for someone)
    text = ("Hold Melania Trump to her husband's standards.\n"
            "Weeks ago, Donald Trump said Melania would explain her story. Now Melania has gone "
            "quiet. It is astounding that Trump demands transparency from others.")
    actors = extract_actors(text)
    assert text.rindex("Trump demands") in spans_of(find(actors, "Donald Trump"))
    assert [m.text for m in find(actors, "Melania Trump").mentions] == ["Melania Trump", "Melania", "Melania"]


def test_a_namesake_in_office_is_the_one_the_bare_surname_means_first():
    text = ("First lady Melania Trump visited a hospital in Texas on Monday. She met nurses there. "
            "Later, President Donald Trump spoke at a rally in Ohio. Trump told supporters the "
            "economy was strong.")
    actors = extract_actors(text)
    assert text.index("Trump told") in spans_of(find(actors, "Donald Trump"))
    assert len(find(actors, "Melania Trump").mentions) == 1
    # a former office is no office now: the one introduced first keeps the surname
    text = ("Hillary Clinton spoke in Iowa on Monday. Her husband, former President Bill Clinton, "
            "joined her there. Voters said they liked what they heard. Clinton said the race was close.")
    actors = extract_actors(text)
    assert text.index("Clinton said") in spans_of(find(actors, "Hillary Clinton"))


# ---------------------------------------------------------------- names with numbers, openers, datelines

def test_a_number_that_belongs_to_a_name_stays_in_it():
    assert names_of("The interview was broadcast on BBC Radio 4 on Monday.") == {"BBC Radio 4": "organization"}
    assert names_of("He appeared on Channel 4 news.") == {"Channel 4": "organization"}
    got = names_of("He drove along Route 66 to Chicago. Traffic on Interstate 95 was slow.")
    assert got["Route 66"] == "place" and got["Interstate 95"] == "place"
    got = names_of("Leaders of the G7 met in Japan, and the G-20 summit followed.")
    assert got["G7"] == "organization" and got["G-20"] == "organization"
    # a score after a side is no part of its name
    assert names_of("Glamorgan 259 and 121, Derbyshire 471") == {
        "Glamorgan": "organization", "Derbyshire": "organization"}


def test_an_apposition_naming_a_body_makes_an_organization():
    assert names_of("Copa-Cogeca, the EU farmers' group, said prices were falling.")["Copa-Cogeca"] \
        == "organization"
    # a possessive is no head: the place stays a place
    assert names_of("Texas, the party's stronghold, voted early.") == {"Texas": "place"}


def test_an_unknown_name_that_opens_a_sentence_and_speaks_is_an_actor():
    assert names_of("Maersk said on Tuesday it would cut jobs.") == {"Maersk": "organization"}
    assert names_of("Singh said he was alarmed by the images.") == {"Singh": "person"}
    assert names_of("Officials said the road was closed. Analysts warned of delays.") == {}


def test_a_given_name_opening_a_sentence_is_part_of_the_name():
    actors = extract_actors("Zach Carter is a co-host of the podcast. Carter spoke on Monday.")
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [("Zach Carter", "person", 2)]
    assert names_of("Speaker Ryan said the vote would go ahead.") == {"Ryan": "person"}


def test_the_place_a_story_is_filed_from_is_a_place():
    text = ("SOCCER - BARATELLI TO COACH NICE .\nNICE , France 1996-08-30\n"
            "Baratelli , who played for Nice and Paris St Germain , takes over .")
    actors = extract_actors(text)
    dateline = [a for a in actors if any(m.start == text.index("NICE ,") for m in a.mentions)]
    assert [a.kind for a in dateline] == ["place"]
    assert names_of("NABLUS , West Bank 1996-08-30\nTroops left .")["West Bank"] == "place"
    got = names_of("BRUSSELS (Reuters) - The European Union said on Monday it would act.")
    assert got["Brussels"] == "place" and got["Reuters"] == "organization"
    assert "GOLF" not in names_of("GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN .\nHe won .")


def test_a_name_before_a_known_place_is_a_place_in_it():
    assert names_of("The bombing of a flight over Lockerbie, Scotland, killed 270 people.") == {
        "Lockerbie": "place", "Scotland": "place"}
    # a person named in full keeps their kind ("Amra Kevic, Belgrade newsroom")
    assert names_of("Contact Amra Kevic, Belgrade newsroom.")["Amra Kevic"] == "person"


def test_a_place_after_in_keeps_its_kind_in_a_story_of_its_team():
    text = ("Montreal won for the third time in four games. Montreal lost on Sunday. "
            "In Montreal, Scott Sanders allowed one hit.")
    kinds = {(m.start, a.kind) for a in extract_actors(text) for m in a.mentions}
    assert (text.index("In Montreal") + 3, "place") in kinds


def test_both_sides_of_a_result_line_are_named():
    assert names_of("Sale 31 Wasps 33\nNewport 29 Caerphilly 10") == {
        "Sale": "organization", "Wasps": "organization", "Newport": "organization",
        "Caerphilly": "organization"}


def test_a_unit_glued_to_its_number_is_not_an_actor():
    from tui.extract.actors import extract_actors
    names = {a.name for a in extract_actors("The player comes with 16GB or 160GB of storage, Apple said.")}
    assert "GB" not in names and "Apple" in names
