"""Shell-like splitting and quoting (after CPython 3.11's shlex, POSIX mode): split with
single and double quotes, backslash escapes and optional # comments, quote and join. The
shlex class itself (non-POSIX mode, punctuation_chars, source inclusion) is not provided."""

import re

__all__ = ['split', 'quote', 'join']

_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search
_WHITESPACE = ' \t\r\n'


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError('s argument must not be None')
    if not posix:
        raise NotImplementedError('isles shlex supports only posix=True')
    tokens = []
    token = []
    in_token = False
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if in_token:
                tokens.append(''.join(token))
                token = []
                in_token = False
            i += 1
        elif comments and c == '#':
            j = s.find('\n', i)
            if in_token:
                tokens.append(''.join(token))
                token = []
                in_token = False
            i = n if j < 0 else j + 1
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            token.append(s[i + 1])
            in_token = True
            i += 2
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            token.append(s[i + 1:j])
            in_token = True
            i = j + 1
        elif c == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\':
                    if i + 1 >= n:
                        raise ValueError('No escaped character')
                    nxt = s[i + 1]
                    if nxt in '"\\':
                        token.append(nxt)
                    else:
                        token.append('\\' + nxt)
                    i += 2
                    continue
                token.append(c)
                i += 1
            in_token = True
        else:
            token.append(c)
            in_token = True
            i += 1
    if in_token:
        tokens.append(''.join(token))
    return tokens


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


def quote(s):
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
