"""Text wrapping and filling (after CPython 3.11's Lib/textwrap.py): TextWrapper, wrap, fill,
shorten, dedent, indent. Words are split by hand with the rules of CPython's wordsep_re."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _split_chunks(text, break_on_hyphens):
    """CPython's wordsep_re (or wordsep_simple_re) done by hand: runs of whitespace,
    and words, split after hyphens between letters and before/after em-dashes."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if not break_on_hyphens:
            j = i
            while j < n and text[j] not in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash between words is a chunk of its own.
        if (text[i] == '-' and i > 0 and _is_word_punct(text[i - 1])):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and (text[j].isalnum() or text[j] == '_'):
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run ending at a break point.
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                break
            c = text[j - 1]
            if c == '-' and j - 1 > i:
                # hyphenated word: "ab-" or "a-b-" before, letter [-] letter after
                before_ok = ((j - 3 >= i and _is_letter(text[j - 3]) and _is_letter(text[j - 2]))
                             or (j - 4 >= 0 and j - 4 >= i - 0 and _is_letter(text[j - 2])
                                 and text[j - 3] == '-' and _is_letter(text[j - 4])))
                after_ok = (j < n and _is_letter(text[j]) and
                            ((j + 1 < n and _is_letter(text[j + 1])) or
                             (j + 2 < n and text[j + 1] == '-' and _is_letter(text[j + 2]))))
                if before_ok and after_ok:
                    break
            if (text[j] == '-' and j + 2 < n and text[j + 1] == '-' and
                    _is_word_punct(text[j - 1])):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k < n and (text[k].isalnum() or text[k] == '_'):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = {}
    sentence_end_chars = '.!?'

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        return [c for c in _split_chunks(text, self.break_on_hyphens) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if (chunks[i + 1] == " " and len(c) >= 2 and c[-1] in self.sentence_end_chars
                    or (len(c) >= 3 and c[-1] in '"\'' and c[-2] in self.sentence_end_chars)) \
                    and chunks[i + 1] == " " and self._sentence_end(c):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _sentence_end(self, c):
        k = len(c) - 1
        if c[k] in '"\'':
            k -= 1
        if k < 1 or c[k] not in self.sentence_end_chars:
            return False
        return c[k - 1].islower()

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more than
        'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than
        'self.width' columns, and return a new string containing the entire wrapped
        paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))



def _leading(line):
    n = 0
    while n < len(line) and line[n] in " \t":
        n += 1
    return line[:n]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.splitlines(True)
    cleaned = []
    for line in lines:
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if body.strip(" \t") == "":
            cleaned.append(ending)
        else:
            cleaned.append(line)
    margin = None
    for line in cleaned:
        if line.strip(" \t\r\n") == "":
            continue
        lead = _leading(line)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while common < len(margin) and common < len(lead) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cleaned = [line[len(margin):] if line.startswith(margin) else line for line in cleaned]
    return "".join(cleaned)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` (by default, to those that are not blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
