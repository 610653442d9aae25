"""Command-line parsing (after CPython 3.11's argparse): ArgumentParser with positionals and
options (store, store_const, store_true/false, append, append_const, count, help, version),
nargs (None, N, '?', '*', '+', REMAINDER), type/choices/default/required/dest/metavar,
argument groups, mutually exclusive groups, subparsers, set_defaults, parse_known_args,
prefix matching of long options, and CPython's help and usage layout and error messages.
Interleaved positionals are gathered before they are matched to positional arguments."""

import os
import re as _re
import sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _terminal_width():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append('**%s' % repr(star_args))
        return '%s(%s)' % (type(self).__name__, ', '.join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from converting a string to the argument's type."""


def _get_action_name(argument):
    if argument is None:
        return None
    elif argument.option_strings:
        return '/'.join(argument.option_strings)
    elif argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    elif argument.dest not in (None, SUPPRESS):
        return argument.dest
    elif argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        text = version % dict(prog=parser.prog)
        sys.stdout.write(formatter._fill(text) + '\n')
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(_option_strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {'parser_name': parser_name,
                    'choices': ', '.join(map(repr, self._name_parser_map))}
            msg = 'unknown parser %(parser_name)r (choices: %(choices)s)' % args
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


class FileType:
    """Opens the named file (or stdin/stdout for '-') as the argument's value."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return sys.stdin
            elif any(c in self._mode for c in 'wax'):
                return sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


class HelpFormatter:
    """Lays out usage and help as CPython's HelpFormatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._action_max_length = 0

    def _whitespace_wrap(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    def _split_lines(self, text, width):
        return self._whitespace_wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _fill(self, text):
        return self._fill_text(text, self._width, '')

    def _get_help_string(self, action):
        return action.help

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return '%s' % get_metavar(1)
        elif action.nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        elif action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        elif action.nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        elif action.nargs == REMAINDER:
            return '...'
        elif action.nargs == PARSER:
            return '%s ...' % get_metavar(1)
        elif action.nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(action.nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(action.nargs)

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        parts = []
        if action.nargs == 0:
            parts.extend(action.option_strings)
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            for option_string in action.option_strings:
                parts.append('%s %s' % (option_string, args_string))
        return ', '.join(parts)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return []
        return get_subactions()

    def _measure(self, action, indent):
        if action.help is SUPPRESS:
            return
        inv = self._format_action_invocation(action)
        self._action_max_length = max(self._action_max_length, len(inv) + indent)
        for sub in self._iter_indented_subactions(action):
            self._measure(sub, indent)

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            action_header = '%*s%s\n' % (indent, '', action_header)
        elif len(action_header) <= action_width:
            action_header = '%*s%-*s  ' % (indent, '', action_width, action_header)
            indent_first = 0
        else:
            action_header = '%*s%s\n' % (indent, '', action_header)
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                for line in help_lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not action_header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(parts)

    def _usage_parts(self, actions, groups):
        """(optional parts, positional parts) of the usage line."""
        group_of = {}
        for g in groups:
            if not g._group_actions:
                continue
            for a in g._group_actions:
                group_of[a] = g
        opt_parts = []
        pos_parts = []
        done = set()
        for action in actions:
            if action.help is SUPPRESS and action not in group_of:
                continue
            g = group_of.get(action)
            if g is not None:
                if id(g) in done:
                    continue
                done.add(id(g))
                members = [a for a in g._group_actions if a.help is not SUPPRESS]
                if not members:
                    continue
                texts = [self._action_usage(a, in_group=True) for a in members]
                inner = ' | '.join(texts)
                if len(texts) == 1 and not g.required:
                    part = '[%s]' % inner
                elif g.required:
                    part = '(%s)' % inner if len(texts) > 1 else inner
                else:
                    part = '[%s]' % inner
                target = pos_parts if not members[0].option_strings else opt_parts
                target.append(part)
                continue
            part = self._action_usage(action)
            if part is None:
                continue
            if action.option_strings:
                opt_parts.append(part)
            else:
                pos_parts.append(part)
        return opt_parts, pos_parts

    def _action_usage(self, action, in_group=False):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        option_string = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            part = '%s %s' % (option_string, args_string)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def format_usage(self, usage, actions, groups, prefix='usage: '):
        prog = self._prog
        if usage is not None:
            usage = usage % dict(prog=prog)
        elif not actions:
            usage = prog
        else:
            opt_parts, pos_parts = self._usage_parts(actions, groups)
            usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
            text_width = self._width
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines
                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


_ACTIONS = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
}


class _ActionsContainer:
    def _container_init(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        if registry_name == 'action':
            _ACTIONS[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                if self.conflict_handler == 'resolve':
                    old = self._option_string_actions[option_string]
                    old.option_strings.remove(option_string)
                    del self._option_string_actions[option_string]
                    if not old.option_strings:
                        old.container._remove_action(old)
                else:
                    conflicting = [o for o in action.option_strings
                                   if o in self._option_string_actions]
                    raise ArgumentError(action, 'conflicting option string%s: %s' % (
                        's' if len(conflicting) > 1 else '', ', '.join(conflicting)))
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _re.match(r'^-\d+$|^-\d*\.\d+$', option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        self._container_init(description, container.prefix_chars, container.argument_default,
                             container.conflict_handler)
        self.title = title
        self._group_actions = []
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._container = container

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_ActionsContainer):
    """Parses command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._container_init(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'python'
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction) and add_help:
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            _, pos_parts = formatter._usage_parts(positionals, [])
            kwargs['prog'] = ' '.join([self.prog] + pos_parts)
        parsers_class = _ACTIONS['parsers']
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _looks_like_option(self, s):
        if not s or s[0] not in self.prefix_chars:
            return False
        if s in self._option_string_actions:
            return True
        if len(s) == 1:
            return False
        if '=' in s and s.split('=', 1)[0] in self._option_string_actions:
            return True
        if _re.match(r'^-\d+$|^-\d*\.\d+$', s) and not self._has_negative_number_optionals:
            return False
        if ' ' in s:
            return False
        return True

    def _match_option(self, arg):
        """(action, option string, explicit value) for an option-looking string."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if '=' in arg:
            opt, val = arg.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, val
        chars = self.prefix_chars
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            opt, sep, val = arg.partition('=')
            matches = [o for o in self._option_string_actions if o.startswith(opt)
                       and len(o) > 2 and o[1] in chars]
            if len(matches) > 1:
                options = ', '.join(matches)
                self.error('ambiguous option: %s could match %s' % (opt, options))
            if len(matches) == 1:
                return self._option_string_actions[matches[0]], matches[0], val if sep else None
        if len(arg) > 2 and arg[1] not in chars:
            short = arg[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg[2:]
        return None

    def _parse_known_args(self, arg_strings, namespace):
        seen_actions = set()
        seen_non_default_actions = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                others = group._group_actions[:i] + group._group_actions[i + 1:]
                conflicts.setdefault(action, []).extend(others)
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(action)
                for conflict_action in conflicts.get(action, []):
                    if conflict_action in seen_non_default_actions:
                        msg = 'not allowed with argument %s'
                        raise ArgumentError(action, msg % _get_action_name(conflict_action))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        # CPython's algorithm: classify every string as an option ('O'), a positional
        # ('A') or '--' ('-'), then alternate between runs of positionals, matched
        # together against their nargs patterns, and options with their arguments.
        option_string_indices = {}
        pattern = []
        it = iter(arg_strings)
        for i, arg in enumerate(it):
            if arg == '--':
                pattern.append('-')
                for _ in it:
                    pattern.append('A')
                break
            tup = self._parse_optional(arg)
            if tup is None:
                pattern.append('A')
            else:
                option_string_indices[i] = tup
                pattern.append('O')
        arg_strings_pattern = ''.join(pattern)
        positionals = [a for a in self._actions if not a.option_strings]

        def consume_optional(start_index):
            action, option_string, explicit = option_string_indices[start_index]
            action_tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit is not None:
                    arg_count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if arg_count == 0 and option_string[1] not in chars and explicit != '':
                        # -xyz: -x takes no argument, so y and z are flags too.
                        action_tuples.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        explicit = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % (option_string[1:] + (explicit or '')))
                    elif arg_count == 1:
                        stop = start_index + 1
                        action_tuples.append((action, [explicit], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                else:
                    start = start_index + 1
                    arg_count = self._match_argument(action, arg_strings_pattern[start:])
                    stop = start + arg_count
                    action_tuples.append((action, arg_strings[start:stop], option_string))
                    break
            for action, args_, option_string in action_tuples:
                take_action(action, args_, option_string)
            return stop

        def consume_positionals(start_index):
            counts = self._match_arguments_partial(positionals, arg_strings_pattern[start_index:])
            for action, count in zip(positionals, counts):
                args_ = arg_strings[start_index:start_index + count]
                start_index += count
                take_action(action, args_)
            positionals[:] = positionals[len(counts):]
            return start_index

        start_index = 0
        max_option_index = max(option_string_indices) if option_string_indices else -1
        while start_index <= max_option_index:
            next_option_index = min(i for i in option_string_indices if i >= start_index)
            if start_index != next_option_index:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in option_string_indices:
                extras.extend(arg_strings[start_index:next_option_index])
                start_index = next_option_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])
        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                else:
                    if (action.default is not None and isinstance(action.default, str) and
                            hasattr(namespace, action.dest) and
                            action.default is getattr(namespace, action.dest)):
                        setattr(namespace, action.dest,
                                self._get_value(action, action.default))
        if required_actions:
            self.error('the following arguments are required: %s' %
                       ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(action) for action in group._group_actions
                             if action.help is not SUPPRESS]
                    msg = 'one of the arguments %s is required'
                    self.error(msg % ' '.join(names))
        return namespace, extras

    def _parse_optional(self, arg):
        """(action, option string, explicit argument) for a string that is an option;
        (None, arg, None) for an unknown one; None for a positional."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        match = self._match_option(arg)
        if match is not None:
            return match
        if _re.match(r'^-\d+$|^-\d*\.\d+$', arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _match_argument(self, action, arg_strings_pattern):
        m = _re.match(self._nargs_pattern(action), arg_strings_pattern)
        if m is None:
            errors = {None: 'expected one argument',
                      OPTIONAL: 'expected at most one argument',
                      ONE_OR_MORE: 'expected at least one argument'}
            msg = errors.get(action.nargs)
            if msg is None:
                msg = 'expected %s argument%s' % (action.nargs, '' if action.nargs == 1 else 's')
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            pattern = ''.join(self._nargs_pattern(a) for a in actions[:i])
            m = _re.match(pattern, arg_strings_pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = '(-*A-*)'
        elif nargs == OPTIONAL:
            p = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            p = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            p = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            p = '([-AO]*)'
        elif nargs == PARSER:
            p = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            p = '(-*-*)'
        else:
            p = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            p = p.replace('-*', '').replace('-', '')
        return p

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and
              not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value, 'choices': ', '.join(map(repr, action.choices))}
            msg = 'invalid choice: %(value)r (choose from %(choices)s)'
            raise ArgumentError(action, msg % args)

    def format_usage(self):
        formatter = self._get_formatter()
        return formatter.format_usage(self.usage, self._actions,
                                      self._mutually_exclusive_groups)[:-1]

    def format_help(self):
        formatter = self._get_formatter()
        out = [formatter.format_usage(self.usage, self._actions,
                                      self._mutually_exclusive_groups)]
        if self.description:
            out.append(formatter._fill_text(self.description, formatter._width, '') + '\n\n')
        for group in self._action_groups:
            for action in group._group_actions:
                formatter._measure(action, 2)
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = [group.title + ':\n' if group.title else '']
            if group.description:
                section.append(formatter._fill_text(group.description,
                                                    formatter._width - 2, '  ') + '\n\n')
            for action in actions:
                section.append(formatter._format_action(action, 2))
            out.append(''.join(section) + '\n')
        if self.epilog:
            out.append(formatter._fill_text(self.epilog, formatter._width, '') + '\n')
        text = ''.join(out)
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        return text.strip('\n') + '\n'

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        args = {'prog': self.prog, 'message': message}
        self.exit(2, '%(prog)s: error: %(message)s\n' % args)
