"""code: read-eval-print loops — InteractiveInterpreter, InteractiveConsole, interact() —
and the interactive prompt of the `isles` command (`isles -i`, or no script on a
terminal)."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


class InteractiveInterpreter:
    """Compiles and runs source in a namespace; reports errors as the prompt does."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Runs `source` if it is complete; returns True when more input is needed."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        type_, value, tb = sys.exc_info()
        sys.last_type = type_
        sys.last_value = value
        sys.last_traceback = tb
        if filename and type_ is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(type_, value)))
        else:
            sys.excepthook(type_, value, tb)

    def showtraceback(self):
        type_, value, tb = sys.exc_info()
        sys.last_type = type_
        sys.last_value = value
        sys.last_traceback = tb
        # The first frame is runcode's own.
        tb = tb.tb_next if tb is not None else None
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception(type_, value, tb)))
        else:
            sys.excepthook(type_, value, tb)

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """The prompt loop: lines are buffered until they form a complete statement."""

    def __init__(self, locals=None, filename='<console>'):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        if not hasattr(sys, 'ps1'):
            sys.ps1 = '>>> '
        if not hasattr(sys, 'ps2'):
            sys.ps2 = '... '
        cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' %
                       (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write('%s\n' % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write('\n')
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Adds a line; runs the buffer when it is complete. True: more input needed."""
        self.buffer.append(line)
        source = '\n'.join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole over `local` (reading lines with `readfunc`)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


class _MainPrompt(InteractiveConsole):
    """The `isles` prompt: runs in __main__, reads "<stdin>"; without a terminal the
    prompts go to stderr, as CPython's do."""

    def __init__(self, namespace, tty):
        InteractiveConsole.__init__(self, namespace, '<stdin>')
        self.tty = tty
        self.history = []

    def raw_input(self, prompt=''):
        if self.tty:
            # Line editing and history (arrow keys) on a terminal.
            import _isles_readline
            line = _isles_readline.readline(prompt, self.history)
            if line.strip() and (not self.history or self.history[-1] != line):
                self.history.append(line)
            return line
        sys.stderr.write(prompt)
        sys.stderr.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line[:-1] if line.endswith('\n') else line


def _main_prompt(tty, banner):
    import __main__
    sys.ps1 = '>>> '
    sys.ps2 = '... '
    _MainPrompt(__main__.__dict__, tty).interact(banner, '')
