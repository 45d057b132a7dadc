"""Fuzzy matching of personal names for sanctions screening: transliteration (Cyrillic and
Greek to Latin, accents dropped), spelling variants folded (Yusuf/Youssef/Yousef,
Marcus/Markus, Hashimi/Hachimi), name particles ignored (al-, bin, da, van…), word order
ignored; each word of the person's name is compared with the best word of the listed name
(Jaro-Winkler with the edit distance), scored 0-100."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i",
     "i", "ye", "g"], strict=True))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                   "p", "r", "s", "t", "i", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "i",
                   "o", "s"], strict=True))
_SPECIAL = {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ł": "l",
            "đ": "d", "\u0131": "i"}  # the last: dotless i
PARTICLES = frozenset({"al", "el", "ul", "bin", "ibn", "bint", "abu", "da", "de", "di", "do",
                       "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "la",
                       "le", "mc", "mac", "y"})
# spelling variants folded before comparing (order matters)
_FOLDS = (("sch", "sh"), ("ch", "sh"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("q", "k"),
          ("c", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("w", "v"), ("z", "s"),
          ("j", "i"), ("dh", "d"), ("th", "t"), ("gh", "g"))


def transliterate(text: str) -> str:
    out = []
    for char in text.casefold():
        out.append(_CYRILLIC.get(char) or _GREEK.get(char) or _SPECIAL.get(char) or char)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters once


def words(name: str) -> tuple[str, ...]:
    """The comparable words of a name (particles dropped, variants folded)."""
    plain = re.split(r"[^a-z]+", transliterate(name))
    kept = [w for w in plain if w and w not in PARTICLES]
    return tuple(_fold(w) for w in kept if w)


def jaro_winkler(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    reach = max(len(a), len(b)) // 2 - 1
    taken = [False] * len(b)
    matched_a = []
    for i, char in enumerate(a):
        for j in range(max(0, i - reach), min(len(b), i + reach + 1)):
            if not taken[j] and b[j] == char:
                taken[j] = True
                matched_a.append(char)
                break
    if not matched_a:
        return 0.0
    matched_b = [b[j] for j in range(len(b)) if taken[j]]
    transpositions = sum(x != y for x, y in zip(matched_a, matched_b, strict=True)) / 2
    m = len(matched_a)
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def _edit_similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance / the longer length."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b), 1)


def similarity(a: str, b: str) -> float:
    """Two words: Jaro-Winkler (kind to shared starts) balanced by the edit distance (strict
    about different endings: "Jansen" is not "Ellingsen")."""
    return (jaro_winkler(a, b) + _edit_similarity(a, b)) / 2


def score(person: Sequence[str], listed: Sequence[str]) -> int:
    """0-100: how well the person's name words are found in the listed name (any order; each
    listed word used once). A person named with one word scores at most 80."""
    if not person or not listed:
        return 0
    left = list(listed)
    total = 0.0
    for word in sorted(person, key=len, reverse=True):
        best, at = 0.0, -1
        for index, other in enumerate(left):
            alike = similarity(word, other)
            if alike > best:
                best, at = alike, index
        total += best
        if at >= 0:
            left.pop(at)
        if not left:
            break
    result = 100 * total / len(person)
    return round(min(result, 80.0) if len(person) == 1 else result)


def keys(name_words: Iterable[str]) -> set[str]:
    """Blocking keys: a listed name is compared only with names sharing one (the first two
    letters of a word), so screening stays fast with thousands of names."""
    return {w[:2] for w in name_words if len(w) >= 2}
