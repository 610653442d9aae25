"""JSONDecoder and JSONDecodeError (the scanner is native: `_json.scan`)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _scan(self, s, idx, whole):
        return _json.scan(s, idx, JSONDecodeError, whole, self.strict,
                          self.object_hook, self.object_pairs_hook, self.parse_float,
                          self.parse_int, self.parse_constant)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON
        document)."""
        return self._scan(s, 0, True)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and
        return a 2-tuple of the Python representation and the index in ``s`` where the
        document ended."""
        if idx < 0 or idx > len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        return self._scan(s, idx, False)
