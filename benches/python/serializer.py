"""A JSON-like serializer and parser written in Python: nested dicts/lists, escapes, numbers."""


def dumps(obj):
    parts = []
    _dump(obj, parts)
    return "".join(parts)


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def _dump(obj, parts):
    if obj is None:
        parts.append("null")
    elif obj is True:
        parts.append("true")
    elif obj is False:
        parts.append("false")
    elif isinstance(obj, int):
        parts.append(str(obj))
    elif isinstance(obj, float):
        parts.append(repr(obj))
    elif isinstance(obj, str):
        parts.append('"')
        for ch in obj:
            parts.append(ESCAPES.get(ch, ch))
        parts.append('"')
    elif isinstance(obj, (list, tuple)):
        parts.append("[")
        first = True
        for item in obj:
            if not first:
                parts.append(",")
            first = False
            _dump(item, parts)
        parts.append("]")
    elif isinstance(obj, dict):
        parts.append("{")
        first = True
        for key in sorted(obj):
            if not first:
                parts.append(",")
            first = False
            _dump(str(key), parts)
            parts.append(":")
            _dump(obj[key], parts)
        parts.append("}")
    else:
        raise TypeError("cannot serialize %s" % type(obj).__name__)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ValueError("%s at %d" % (msg, self.pos))

    def skip(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \n\t":
            self.pos += 1

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.parse_object()
        if ch == "[":
            return self.parse_array()
        if ch == '"':
            return self.parse_string()
        if ch == "n":
            self.pos += 4
            return None
        if ch == "t":
            self.pos += 4
            return True
        if ch == "f":
            self.pos += 5
            return False
        return self.parse_number()

    def parse_object(self):
        self.pos += 1
        out = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.skip()
            key = self.parse_string()
            self.skip()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            out[key] = self.parse()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out
            if ch != ",":
                self.error("expected ','")

    def parse_array(self):
        self.pos += 1
        out = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.parse())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out
            if ch != ",":
                self.error("expected ','")

    def parse_string(self):
        text = self.text
        self.pos += 1
        chars = []
        while True:
            ch = text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chars)
            if ch == "\\":
                esc = text[self.pos]
                self.pos += 1
                chars.append({"n": "\n", "t": "\t"}.get(esc, esc))
            else:
                chars.append(ch)

    def parse_number(self):
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in "-+0123456789.eE":
            self.pos += 1
        s = text[start:self.pos]
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)


def make_doc(i):
    return {
        "id": i,
        "name": "item \"%d\"\twith\\escapes" % i,
        "price": i * 1.25 + 0.1,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11), None, True],
        "dims": {"w": i % 13, "h": (i * 3) % 17, "ratio": (i % 13 + 1) / ((i * 3) % 17 + 1)},
        "history": [[j, j * j - i, j % 2 == 0] for j in range(i % 6)],
    }


def main():
    docs = [make_doc(i) for i in range(20000)]
    text = dumps(docs)
    back = Parser(text).parse()
    again = dumps(back)
    print("length:", len(text), "roundtrip equal:", text == again, back == docs)
    h = 0
    for ch in again[::7]:
        h = (h * 33 + ord(ch)) % 4294967291
    print("hash:", h)
    print("sample:", again[:120])


main()
