"""Dict- and str-heavy text processing: tokenising, word counts, bigrams and a tiny index."""

WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly hex "
         "bright jars of amber honey under pale moonlight near an old stone bridge "
         "where rivers bend and lanterns glow softly beside hidden garden paths").split()


def make_text(nlines, seed):
    lines = []
    x = seed
    for i in range(nlines):
        words = []
        for j in range(8 + i % 9):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[x % len(WORDS)]
            if x % 11 == 0:
                w = w.capitalize()
            if x % 13 == 0:
                w = w + ","
            words.append(w)
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def tokenize(text):
    out = []
    for line in text.split("\n"):
        for tok in line.split():
            tok = tok.strip(".,").lower()
            if tok:
                out.append(tok)
    return out


def count_words(tokens):
    counts = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    return counts


def bigrams(tokens):
    pairs = {}
    prev = None
    for t in tokens:
        if prev is not None:
            key = prev + " " + t
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        prev = t
    return pairs


def build_index(text):
    index = {}
    for lineno, line in enumerate(text.split("\n")):
        for tok in set(line.replace(",", "").replace(".", "").lower().split()):
            index.setdefault(tok, []).append(lineno)
    return index


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def main():
    text = make_text(90000, 42)
    tokens = tokenize(text)
    counts = count_words(tokens)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("tokens", len(tokens), "distinct", len(counts))
    print("top", top)
    pairs = bigrams(tokens)
    best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("bigrams", len(pairs), best)
    index = build_index(text)
    print("index", len(index), sum(len(v) for v in index.values()))
    enc = caesar(text[:180000], 7)
    h = 0
    for ch in enc:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    print("caesar", h, enc[:40].replace("\n", "|"))
    upper = text.upper().count("THE")
    print("the", upper, text.count("fox"), text.find("honey bridge"))


main()
