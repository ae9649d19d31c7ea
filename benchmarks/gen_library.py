"""Generate a synthetic news library: N articles of 300-800 words with people, places and quotes.

    python benchmarks/gen_library.py /tmp/lib10k --count 10000 [--seed 7]

Deterministic for a given seed. Articles are `.txt` files in the sample library's layout
(Title/Date header, blank line, one sentence a line), spread over folders of 1,000.
"""
from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = ("Claudia Marco Donald Ana José María Olaf Emmanuel Keir Giorgia Narendra Luiz Javier Ursula Pedro Yoon "
         "Anthony Kamala Lloyd Antony Janet Xi Vladimir Volodymyr Recep Benjamin Mohammed Cyril Bola Justin "
         "Fumio Shigeru Anwar Prabowo Ferdinand Gustavo Gabriel Daniel Sofía Lucía Tomasz Agnieszka Kofi Amina "
         "Ngozi Chen Priya Rahul Aiko Hiroshi Élodie François Søren Åsa Zoltán Ilse").split()
LAST = ("Sheinbaum Rubio Trump Lopez Kowalski Macron Starmer Meloni Modi Silva Milei Leyen Sánchez Lee Blinken "
        "Harris Austin Yellen Jinping Putin Zelensky Erdogan Netanyahu Salman Ramaphosa Tinubu Trudeau Kishida "
        "Ishiba Ibrahim Subianto Marcos Petro Boric Noboa García Fernández Nowak Wiśniewska Annan Mohammed "
        "Okonjo Wei Sharma Gupta Tanaka Sato Dubois Lefèvre Jørgensen Lindqvist Horváth Becker Novak "
        "Kowalsky Oyelaran Achterberg Villanueva Castellanos Papadopoulos").split()
ROLES = ("President Minister Senator Governor Secretary Ambassador Chancellor Mayor spokesperson analyst "
         "economist general director chairman").split()
PLACES = ("Mexico Washington Brussels Paris London Rome New_Delhi Brasília Buenos_Aires Madrid Seoul Tokyo Beijing "
          "Moscow Kyiv Ankara Jerusalem Riyadh Pretoria Abuja Ottawa Jakarta Manila Bogotá Santiago Quito Warsaw "
          "Berlin Lisbon Nairobi Lagos Cairo Istanbul Geneva Vienna Havana Caracas Lima Montevideo")
PLACES = [p.replace("_", " ") for p in PLACES.split()]
ORGS = ["the United Nations", "the European Union", "NATO", "the World Bank", "the International Monetary Fund",
        "the Pentagon", "the State Department", "Pemex", "the Federal Reserve", "the central bank",
        "the Senate", "the Supreme Court", "Reuters", "the Associated Press", "the World Health Organization",
        "General Motors", "Boeing", "Airbus", "Petrobras", "the African Union", "Mercosur", "OPEC"]
TOPICS = ("tariffs trade security migration energy climate elections inflation wages housing defence military "
          "health vaccines drought floods wildfires oil gas mining railways ports fishing agriculture banking "
          "currency budget pensions schools universities cartels borders water farming technology chips "
          "telecommunications satellites aviation shipping tourism exports imports sanctions ceasefire").split()
VERBS = ("announced approved rejected criticized defended proposed signed postponed expanded reduced increased "
         "cancelled negotiated reviewed suspended endorsed questioned welcomed condemned extended").split()
NOUNS = ("agreement plan law reform package deal programme treaty budget proposal investigation strategy "
         "framework initiative policy measure decree contract partnership summit talks report").split()
ADJ = ("new controversial sweeping modest ambitious bilateral regional national federal temporary permanent "
       "emergency joint historic unprecedented long-awaited preliminary final revised military civilian").split()
FILL = ("the government said on Tuesday that officials would meet again next week to discuss the details of "
        "the arrangement while critics warned that the cost could rise sharply over the coming months and "
        "several lawmakers asked for more time to study the proposal before any vote takes place in the "
        "chamber where the ruling coalition holds a narrow majority after the last election").split()
CUES = ("said stressed warned added insisted emphasized vowed noted argued told reporters").split(" ")
MONTHS = ("January February March April May June July August September October November December").split()
QUOTE_OPEN = ("We will not accept", "This is a top priority for", "Our position on", "Nobody should doubt",
              "The people of", "We are ready to discuss", "It is time to end", "History will judge",
              "There is no alternative to", "We expect results on", "I am confident that", "This military act")


_SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo "
              "mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze "
              "an en in on ar er ir or al el il ol st tr pr cr br gr ch sh th").split()


def _lexicon(rng: random.Random, size: int = 12000) -> list[str]:
    """Pseudo-words standing for a newsroom's vocabulary (real text has tens of thousands of words)."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lexicon = _lexicon(random.Random(1))
        # Zipf-like: word i is drawn with weight 1/(i+1).
        self.weights = list(__import__("itertools").accumulate(1 / (i + 1) for i in range(len(self.lexicon))))

    def words(self, n: int) -> str:
        r = self.rng
        out = []
        for _ in range(n):
            if r.random() < 0.45:
                out.append(r.choice(FILL))
            else:
                out.append(r.choices(self.lexicon, cum_weights=self.weights)[0])
        return " ".join(out)

    def person(self) -> tuple[str, str]:
        r = self.rng
        return r.choice(FIRST), r.choice(LAST)

    def quote(self, topic: str) -> str:
        r = self.rng
        words = [r.choice(QUOTE_OPEN), r.choice(ADJ), topic, "and", r.choice(NOUNS)]
        tail = self.words(r.randint(4, 14))
        return f"{' '.join(words)} {tail}".strip() + "."

    def article(self, published: date) -> tuple[str, str]:
        r = self.rng
        cast = [self.person() for _ in range(r.randint(2, 5))]
        places = r.sample(PLACES, 3)
        orgs = r.sample(ORGS, 2)
        topic = r.choice(TOPICS)
        lead_first, lead_last = cast[0]
        title = (f"{lead_first} {lead_last} {r.choice(VERBS)} {r.choice(ADJ)} {topic} {r.choice(NOUNS)} "
                 f"in {places[0]}")
        target = r.randint(300, 800)
        lines: list[str] = []
        words = 0
        month = MONTHS[published.month - 1]
        while words < target:
            first, last = r.choice(cast)
            role = r.choice(ROLES)
            kind = r.random()
            if kind < 0.13:
                line = (f"\u201c{self.quote(topic)}\u201d {r.choice(CUES)} {role} {first} {last} "
                        f"in {r.choice(places)} on {published.strftime('%A')}.")
            elif kind < 0.19:
                line = f"{last} {r.choice(CUES)}: \u201c{self.quote(r.choice(TOPICS))}\u201d"
            elif kind < 0.34:
                line = (f"{_cap(r.choice(orgs))} {r.choice(VERBS)} the {r.choice(ADJ)} {r.choice(NOUNS)} "
                        f"on {topic} in {month} {published.year}, according to {first} {last}.")
            elif kind < 0.44:
                line = (f"{first} {last} and {' '.join(r.choice([c for c in cast if c != (first, last)] or cast))} travelled to {r.choice(places)} on "
                        f"{published.isoformat()} for talks on {r.choice(TOPICS)}.")
            else:
                n = r.randint(12, 30)
                line = self.words(n).capitalize() + f" in {r.choice(places)}."
            lines.append(line)
            words += line.count(" ") + 1
        return title, "\n".join(lines)


def generate(out: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    writer = Writer(rng)
    start = date(2020, 1, 1)
    for i in range(count):
        published = start + timedelta(days=rng.randint(0, 5 * 365))
        title, body = writer.article(published)
        folder = out / f"part{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = f"Title: {title}\nDate: {published.isoformat()}\n\n{body}\n"
        (folder / f"article{i:06d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
