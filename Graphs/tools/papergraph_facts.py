"""Shared helpers for the Graphs/ data tools: LaTeX-to-Unicode, BibTeX reading, name and title normalization.

Only standard library. Deterministic: no dict/set iteration order reaches output unsorted.
"""
import re
import unicodedata

# Accent commands -> combining characters (composed with NFC afterwards).
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
    "c": "\u0327", "k": "\u0328", "r": "\u030a",
}
# Letter commands -> characters.
_LETTERS = {
    "L": "Ł", "l": "ł", "O": "Ø", "o": "ø", "ss": "ß", "ae": "æ", "AE": "Æ",
    "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "i": "ı", "j": "ȷ",
}


def latex_to_unicode(text):
    """Convert the LaTeX escapes found in BibTeX author/title fields to Unicode and strip braces."""
    s = text
    # \'{e}, \'e, {\'e}, \'{\i}, \v{c}, \c{c} ...
    def accent(m):
        cmd, arg = m.group(1), m.group(2)
        if arg.startswith("\\"):
            arg = {"i": "i", "j": "j"}.get(arg[1:], _LETTERS.get(arg[1:], arg))
        return arg + _ACCENTS[cmd]
    s = re.sub(r"\\([`'^\"~=.])\s*\{?\s*(\\[a-zA-Z]+|[A-Za-z])\s*\}?", accent, s)
    s = re.sub(r"\\([uvHckr])(?:\s+|\{)\s*(\\[a-zA-Z]+|[A-Za-z])\s*\}?", accent, s)
    # Letter commands: {\L}ukasz, \o{}, \ss
    s = re.sub(r"\\(ss|ae|AE|oe|OE|aa|AA|L|l|O|o|i|j)(?![A-Za-z])\s*(\{\})?",
               lambda m: _LETTERS[m.group(1)], s)
    s = s.replace("\\&", "&").replace("--", "–").replace("~", " ")
    s = s.replace("{", "").replace("}", "")
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)


def split_authors(field):
    """Split a BibTeX author field into display names ("First Last"), in order.

    Returns (names, complete); complete is False when the list ends with "others"/"et al.".
    """
    names, complete = [], True
    for part in re.split(r"\s+and\s+", field.strip()):
        part = part.strip()
        if not part:
            continue
        if part.lower() in ("others", "et al.", "et al", "{others}"):
            complete = False
            continue
        if part.startswith("{") and part.endswith("}") and part.count("{") == 1:
            names.append(latex_to_unicode(part))  # corporate name such as {Gemma Team}
            continue
        pieces = split_top_level(part, ",")
        if len(pieces) == 2:
            last, first = pieces
            part = f"{first.strip()} {last.strip()}"
        elif len(pieces) == 3:  # Last, Jr, First
            last, jr, first = pieces
            part = f"{first.strip()} {last.strip()} {jr.strip()}"
        names.append(latex_to_unicode(part))
    return names, complete


def split_top_level(text, sep):
    """Split on sep where it is not inside braces."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def parse_bib(text):
    """Parse BibTeX text into a list of (entry_type, key, {field: raw_value}) in file order."""
    entries = []
    i = 0
    while True:
        m = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,").search(text, i)
        if not m:
            break
        etype, key = m.group(1).lower(), m.group(2)
        j = m.end()
        fields = {}
        while True:
            fm = re.compile(r"\s*(\w+)\s*=\s*").match(text, j)
            if not fm:
                break
            name = fm.group(1).lower()
            j = fm.end()
            if text[j] == "{":
                depth, k = 0, j
                while True:
                    if text[k] == "{":
                        depth += 1
                    elif text[k] == "}":
                        depth -= 1
                        if depth == 0:
                            break
                    k += 1
                value, j = text[j + 1:k], k + 1
            elif text[j] == '"':
                k = text.index('"', j + 1)
                value, j = text[j + 1:k], k + 1
            else:
                vm = re.compile(r"[^,}\s]+").match(text, j)
                value, j = vm.group(0), vm.end()
            fields[name] = re.sub(r"\s+", " ", value).strip()
            cm = re.compile(r"\s*,").match(text, j)
            if cm:
                j = cm.end()
        entries.append((etype, key, fields))
        i = j
    return entries


def norm_title(title):
    """Lower-case, drop LaTeX braces/accents and punctuation, join hyphenated words: for title matching."""
    s = latex_to_unicode(title)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("-", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()
