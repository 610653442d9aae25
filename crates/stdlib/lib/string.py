"""String constants, capwords, Template and Formatter (after CPython 3.11's Lib/string.py)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _TemplatePiece:
    __slots__ = ()


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, text, start): kind is 'text', 'escaped', 'named', 'braced' or
        'invalid'."""
        t = self.template
        delim = self.delimiter
        i = 0
        n = len(t)
        text_start = 0
        while i < n:
            if not t.startswith(delim, i):
                i += 1
                continue
            if text_start < i:
                yield ('text', t[text_start:i], text_start)
            j = i + len(delim)
            if t.startswith(delim, j):
                yield ('escaped', delim, i)
                i = j + len(delim)
            elif j < n and t[j] == '{':
                k = j + 1
                if k < n and _is_ident_start(t[k]):
                    m = k + 1
                    while m < n and _is_ident_char(t[m]):
                        m += 1
                    if m < n and t[m] == '}':
                        yield ('braced', t[k:m], i)
                        i = m + 1
                        text_start = i
                        continue
                yield ('invalid', '', i)
                i = j
            elif j < n and _is_ident_start(t[j]):
                m = j + 1
                while m < n and _is_ident_char(t[m]):
                    m += 1
                yield ('named', t[j:m], i)
                i = m
            else:
                yield ('invalid', '', i)
                i = j
            text_start = i
        if text_start < n:
            yield ('text', t[text_start:], text_start)

    def _invalid(self, i):
        # CPython reports the position just after the delimiter.
        i += len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws} if isinstance(mapping, dict) else _ChainLookup(kws, mapping)
        out = []
        for kind, text, start in self._scan():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind in ('named', 'braced'):
                out.append(str(mapping[text]))
            else:
                self._invalid(start)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws} if isinstance(mapping, dict) else _ChainLookup(kws, mapping)
        out = []
        t = self.template
        for kind, text, start in self._scan():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'named':
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    out.append(self.delimiter + text)
            elif kind == 'braced':
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    out.append(self.delimiter + '{' + text + '}')
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        for kind, text, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, start in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery with overridable pieces."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ''
                k = 0
                while k < len(field) and field[k] not in '!:':
                    if field[k] == '[':
                        k = field.index(']', k)
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    first = int(first) if first.isdigit() else first
    rest = []
    while k < len(name):
        if name[k] == '.':
            m = k + 1
            while m < len(name) and name[m] not in '.[':
                m += 1
            rest.append((True, name[k + 1:m]))
            k = m
        else:
            m = name.index(']', k)
            key = name[k + 1:m]
            rest.append((False, int(key) if key.isdigit() else key))
            k = m + 1
    return first, rest
