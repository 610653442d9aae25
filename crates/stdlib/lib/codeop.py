"""codeop: compile a chunk of interactive input, telling a complete statement (a code
object) from one that needs more lines (None) and from a syntax error (raised).

CPython asks its parser whether the input ended too early; Isles decides from the error
the compiler reports at the end of the input (an unclosed bracket or string, a missing
indented block, a trailing backslash) and from the rule of the interactive prompt that a
compound statement ends only at a blank line."""

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

_COMPOUND = frozenset(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally',
                       'with', 'def', 'class', 'async'])


def _first_word(line):
    word = []
    for ch in line:
        if ch.isalnum() or ch == '_':
            word.append(ch)
        else:
            break
    return ''.join(word)


def _is_compound(source):
    """Whether the input starts a compound statement (which the prompt ends at a blank
    line)."""
    for line in source.split('\n'):
        stripped = line.strip()
        if not stripped or stripped.startswith('#'):
            continue
        if stripped.startswith('@'):
            return True
        word = _first_word(stripped)
        if word in _COMPOUND:
            return True
        # `match` and `case` are soft keywords: `match x:` opens a block, `match = 1` not.
        if word in ('match', 'case'):
            rest = stripped[len(word):].lstrip()
            return bool(rest) and rest[0] not in '=.([,)' and stripped.rstrip().endswith(':')
        return False
    return False


def _incomplete(source, err):
    msg = getattr(err, 'msg', '') or ''
    if msg in ('unexpected EOF while parsing', 'incomplete input'):
        return True
    if msg.endswith('was never closed'):
        return True
    if msg.startswith('unterminated triple-quoted string literal'):
        return True
    if msg.startswith('expected an indented block') and not source.endswith('\n'):
        return True
    if source.rstrip(' \t').endswith('\\') and not source.endswith('\n'):
        return True
    # Decorators wait for their definition.
    lines = [line.strip() for line in source.split('\n') if line.strip()]
    if lines and lines[-1].startswith('@') and not source.endswith('\n'):
        return True
    return False


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split('\n'):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != 'eval':
            source = 'pass'
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as err:
        if _incomplete(source, err):
            return None
        raise
    if symbol == 'single' and not source.endswith('\n') and _is_compound(source):
        return None
    return code


def compile_command(source, filename='<input>', symbol='single'):
    """A code object if `source` is a complete command, None if it needs more input;
    raises SyntaxError, ValueError or OverflowError if it is invalid."""
    return _maybe_compile(compile, source, filename, symbol)


class Compile:
    """compile() that remembers __future__ statements seen (Isles has none that change
    compilation, so this is compile())."""

    def __init__(self):
        self.flags = 0

    def __call__(self, source, filename, symbol, **kwargs):
        return compile(source, filename, symbol)


class CommandCompiler:
    """compile_command() with the memory of Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
