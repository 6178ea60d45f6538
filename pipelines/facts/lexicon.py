"""Fast matching of cue phrases, and the sentence around a figure.

Python's regex engine tries every branch of an alternation at every position. Cue lists
have hundreds of branches, so `word_start_regex` groups them by their first letter behind
a one-character lookahead: at a word start only the branches that can match are tried.
"""

from __future__ import annotations

import re
from collections import defaultdict

BUCKET_SIZE = 5
_LITERAL_START_RE = re.compile(r"[^\W\d_]", re.UNICODE)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regex: "a|b(c|d)|e" -> ["a", "b(c|d)", "e"]."""
    branches, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return [b for b in branches if b]


def _group_end(pattern: str) -> int | None:
    """Index of the ")" closing the group that opens `pattern`, or None."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return i
        i += 1
    return None


def _group_first_letters(branch: str) -> set[str] | None:
    """First letters of a branch that opens with a group of plain words ("(?:in|to)\\s+x"),
    or None if they cannot be told simply (the group is optional, or a branch of it
    starts with anything but a letter)."""
    if not branch.startswith("(?:"):
        return None
    end = _group_end(branch)
    if end is None or branch[end + 1 : end + 2] in ("?", "*", "{", "+"):
        return None
    letters = set()
    for alternative in split_alternatives(branch[3:end]):
        if not _LITERAL_START_RE.match(alternative) or alternative[1:2] in ("?", "*", "{", "+"):
            return None
        letters |= {alternative[0].casefold(), alternative[0].upper()}
    return letters


def dispatch_by_first_letter(branches: list[str]) -> str:
    """An alternation of `branches`, grouped behind a lookahead on their first letter.

    Branches that start with a group, a class or an escape are kept as they are, after the
    grouped ones. Only valid for case-insensitive use (the lookahead holds one case).
    """
    grouped: dict[str, list[str]] = defaultdict(list)
    others: list[str] = []
    for branch in branches:
        bare = branch.split(">", 1)[1] if branch.startswith("(?P<") else branch
        if _LITERAL_START_RE.match(bare) and (len(bare) == 1 or bare[1] not in "?*{+"):
            grouped[bare[0].casefold()].append(branch)
        elif letters := _group_first_letters(bare):
            others.append(f"(?=[{''.join(map(re.escape, sorted(letters)))}])(?:{branch})")
        else:
            others.append(branch)
    letters = sorted(grouped)
    buckets = [letters[i : i + BUCKET_SIZE] for i in range(0, len(letters), BUCKET_SIZE)]
    parts = []
    for bucket in buckets:  # two levels: a class of a few letters, then the letter itself
        inner = "|".join(f"(?={re.escape(c)})(?:{'|'.join(grouped[c])})" for c in bucket)
        parts.append(f"(?=[{''.join(map(re.escape, bucket))}])(?:{inner})")
    return "|".join(parts + others)


def word_start_regex(pattern: str, *, whole_words: bool = False) -> re.Pattern[str]:
    """Case-insensitive regex matching `pattern` only where a word starts (and, with
    `whole_words`, only where a word ends)."""
    alternation = dispatch_by_first_letter(split_alternatives(pattern))
    end = r"(?![^\W\d_])" if whole_words else ""
    return re.compile(rf"(?<![^\W\d_])(?:{alternation}){end}", re.IGNORECASE)


class TaggedCues:
    """Many tagged cue patterns matched in one pass; each match is told its tag.

    The scan uses one dispatched regex without groups (groups make every branch slower);
    the tag of a matched phrase is then found by matching the phrase alone against each
    tagged pattern, once per distinct phrase.
    """

    def __init__(self, tagged: list[tuple[object, str]], *, whole_words: bool = False) -> None:
        end = r"(?![^\W\d_])" if whole_words else ""
        branches = [b + end for _, pattern in tagged for b in split_alternatives(pattern)]
        alternation = dispatch_by_first_letter(branches)
        self.scan = re.compile(rf"(?<![^\W\d_])(?:{alternation})", re.IGNORECASE)
        self._tagged = [(tag, re.compile(rf"(?:{p})", re.IGNORECASE)) for tag, p in tagged]
        self._tag_cache: dict[str, object] = {}

    def finditer(self, text: str):
        """(match, tag) for every cue phrase in `text`, in order."""
        for match in self.scan.finditer(text):
            yield match, self.tag_of(match.group(0))

    def tag_of(self, phrase: str) -> object:
        key = phrase.casefold()
        if key not in self._tag_cache:
            if len(self._tag_cache) > 10_000:
                self._tag_cache.clear()
            self._tag_cache[key] = next(
                (tag for tag, pattern in self._tagged if pattern.fullmatch(phrase)), None
            )
        return self._tag_cache[key]


def hint_windows(
    hint: re.Pattern[str], text: str, before: int, after: int, keep=None
) -> list[tuple[int, int]]:
    """Merged spans of `text` around each match of a cheap `hint` regex (that `keep(match)`
    accepts, if given).

    An expensive pattern then runs only inside these spans (`pattern.finditer(text, start,
    end)`: look-behinds still see the text before `start`).
    """
    windows: list[tuple[int, int]] = []
    for match in hint.finditer(text):
        if keep is not None and not keep(match):
            continue
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


# Sentence ends: ". " before a capital, "!", "?", or a line break. Abbreviations such as
# "ca. 265" or "mio. kr." do not end a sentence because a digit or lower case follows.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?(?:\s+(?=[A-ZÅÄÖÆØÉ\"“–-])|(?=[–—]))|[!?]|\n")
BEFORE_CHARS = 220
AFTER_CHARS = 160


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the sentence around text[start:end]: before it and after it
    (at most BEFORE_CHARS and AFTER_CHARS long)."""
    before = text[max(0, start - BEFORE_CHARS) : start]
    ends = list(SENTENCE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[end : end + AFTER_CHARS]
    stop = SENTENCE_END_RE.search(after)
    if stop:
        after = after[: stop.start()]
    return before, after
