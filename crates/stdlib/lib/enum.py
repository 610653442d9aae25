"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

An enum class is an instance of EnumType (a plain class that build_class calls as the
metaclass of a class statement whose base is an enum). Its members are instances of a hidden
class carrying the methods of the enum body; IntEnum/IntFlag members are ints and StrEnum
members strs (that class derives from int or str). Iteration, len(), Color(value),
Color['NAME'], attribute access, reprs and Flag arithmetic behave as in CPython;
isinstance(member, Color) and type(member) is Color do not."""

import collections as _collections

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'global_enum', 'verify', 'member',
           'nonmember']

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    if type(obj).__name__ in ('function', 'builtin_function_or_method', 'property',
                              'classmethod', 'staticmethod'):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


class _EnumMember:
    """Behaviour shared by all members: name, value, repr, str, hash."""

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None


class _ReprMember(_EnumMember):
    """str() and format() of the mixed-in type's value (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class _IntMember(int, _ReprMember):
    """IntEnum members are ints: arithmetic, comparison and hashing are int's."""
    _value_repr_ = None
    __hash__ = int.__hash__


class _StrMember(str, _ReprMember):
    """StrEnum members are strs."""
    __hash__ = str.__hash__

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        return name.lower()


def _new_member(member_class, args):
    """A member object: ints and strs carry their value as the payload."""
    for data_type in (int, str):
        if issubclass(member_class, data_type):
            return data_type.__new__(member_class, *args), data_type(*args)
    return object.__new__(member_class), None


class _FlagMember(_EnumMember):
    """Members that combine with |, &, ^ and ~."""

    @classmethod
    def _generate_next_value_(cls, name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    def _enum(self):
        return self.__class__._isles_enum

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self._enum()._member_list_:
            if m._value_ and m._value_ & self._value_ == m._value_ and _is_single_bit(m._value_):
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return self._enum()(self._value_ | _flag_value(self, other))

    def __and__(self, other):
        return self._enum()(self._value_ & _flag_value(self, other))

    def __xor__(self, other):
        return self._enum()(self._value_ ^ _flag_value(self, other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        enum = self._enum()
        return enum(enum._flag_mask_ & ~self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)


def _is_single_bit(n):
    return n != 0 and n & (n - 1) == 0


def _flag_value(self, other):
    if isinstance(other, _FlagMember) and other._enum() is self._enum():
        return other._value_
    if isinstance(other, int) and isinstance(self, _IntMember):
        return other
    raise TypeError(f"unsupported operand type(s): '{self._enum().__name__}' and "
                    f"'{type(other).__name__}'")


class _IntFlagMember(_IntMember, _FlagMember):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class _MembersProxy(_collections._DictLike):
    """Enum.__members__: a read-only view of name -> member (aliases included)."""

    def __init__(self, d):
        self._d = d

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


class EnumType:
    """Metaclass for Enum (here: the type of enum "classes")."""

    def __init__(self, cls_name, bases, classdict, *, boundary=None, _simple=False, **kwds):
        self.__name__ = cls_name
        self.__qualname__ = classdict.get('__qualname__', cls_name)
        self.__module__ = classdict.get('__module__', '__main__')
        self.__doc__ = classdict.get('__doc__')
        parent = None
        for b in bases:
            if isinstance(b, EnumType):
                parent = b
        if parent is not None and parent._member_list_:
            raise TypeError(f"<enum {cls_name!r}> cannot extend {parent!r}")
        base_member = parent._member_class_ if parent is not None else _EnumMember
        self._parent_ = parent
        ns = {}
        values = []
        for key, value in classdict.items():
            if key in ('__module__', '__qualname__', '__doc__', '__annotations__',
                       '__orig_bases__'):
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
            elif isinstance(value, member):
                values.append((key, value.value))
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key)
                    or _is_descriptor(value)):
                if key == '_ignore_':
                    continue
                ns[key] = value
            else:
                values.append((key, value))
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        values = [(k, v) for k, v in values if k not in ignore]
        if '_value_repr_' not in ns:
            ns['_value_repr_'] = getattr(base_member, '_value_repr_', None)
        member_class = type(cls_name, (base_member,), ns)
        member_class.__qualname__ = self.__qualname__
        member_class.__module__ = self.__module__
        member_class._isles_enum = self
        self._member_class_ = member_class
        self._member_names_ = []
        self._member_list_ = []
        self._member_map_ = {}
        self._value2member_map_ = {}
        self._unhashable_values_ = []
        gen = member_class._generate_next_value_
        last_values = []
        seen = set()
        for key, value in values:
            if key in seen:
                raise TypeError(f'{key!r} already defined as {self._member_map_[key].value!r}'
                                if key in self._member_map_ else f'Attempted to reuse key: {key!r}')
            seen.add(key)
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(key, 1, len(self._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(key, 1, len(self._member_names_), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            self._add_member(key, value)
            last_values.append(value)
        if issubclass(member_class, _FlagMember):
            mask = 0
            for m in self._member_list_:
                if isinstance(m._value_, int):
                    mask |= m._value_
            self._flag_mask_ = mask

    def _add_member(self, name, value):
        member_class = self._member_class_
        try:
            existing = self._value2member_map_.get(value)
        except TypeError:
            existing = None
            for m in self._member_list_:
                if m._value_ == value:
                    existing = m
                    break
        if existing is not None and not issubclass(member_class, _FlagMember):
            self._member_map_[name] = existing
            object.__setattr__(self, name, existing)
            return
        args = value if isinstance(value, tuple) else (value,)
        user_new = member_class.__dict__.get('__new__')
        if user_new is not None:
            m = user_new(member_class, *args)
            if not hasattr(m, '_value_'):
                m._value_ = value
        else:
            m, data_value = _new_member(member_class, args)
            m._value_ = value if data_value is None else data_value
        m._name_ = name
        init = getattr(member_class, '__init__', None)
        if init is not None and init is not object.__init__ and '__init__' in _all_dicts(member_class):
            init(m, *args)
        if existing is not None:
            self._member_map_[name] = existing
            object.__setattr__(self, name, existing)
            return
        self._member_names_.append(name)
        self._member_list_.append(m)
        self._member_map_[name] = m
        try:
            self._value2member_map_[m._value_] = m
        except TypeError:
            self._unhashable_values_.append(m._value_)
        object.__setattr__(self, name, m)
        setattr(member_class, name, m)

    # -- the class-level protocol of an enum ------------------------------------------

    def __call__(self, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return _functional(self, value, names, module, qualname, type, start)
        if isinstance(value, _EnumMember) and value.__class__ is self._member_class_:
            return value
        try:
            return self._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in self._member_list_:
            if m._value_ == value:
                return m
        if issubclass(self._member_class_, _FlagMember) and isinstance(value, int):
            return self._flag_pseudo(value)
        result = self._member_class_._missing_(value)
        if result is not None:
            return result
        raise ValueError(f'{value!r} is not a valid {self.__qualname__}')

    def _flag_pseudo(self, value):
        if value & ~self._flag_mask_ and not issubclass(self._member_class_, _IntMember):
            raise ValueError(f'{value!r} is not a valid {self.__qualname__}')
        m = _new_member(self._member_class_, (value,))[0]
        m._value_ = value
        names = [x._name_ for x in self._member_list_
                 if x._value_ and _is_single_bit(x._value_) and x._value_ & value == x._value_]
        rest = value
        for x in self._member_list_:
            if x._value_ and _is_single_bit(x._value_) and x._value_ & value == x._value_:
                rest &= ~x._value_
        if value == 0:
            m._name_ = None
        elif rest:
            m._name_ = None if not names else '|'.join(names)
            if issubclass(self._member_class_, _IntMember):
                m._name_ = '|'.join(names + [hex(rest)]) if names else None
        else:
            m._name_ = '|'.join(names)
        self._value2member_map_[value] = m
        return m

    def __getitem__(self, name):
        return self._member_map_[name]

    def __iter__(self):
        return iter(list(self._member_list_))

    def __reversed__(self):
        return reversed(list(self._member_list_))

    def __len__(self):
        return len(self._member_list_)

    def __bool__(self):
        return True

    def __contains__(self, member):
        if not isinstance(member, _EnumMember):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, 'EnumType'))
        return member.__class__ is self._member_class_ and member._name_ in self._member_map_

    def __repr__(self):
        if self._parent_ is None and self.__name__ in ('Enum',):
            return "<enum 'Enum'>"
        return "<enum %r>" % self.__name__

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') and name not in (
                '__init_subclass__', '__class_getitem__'):
            raise AttributeError(name)
        if name == '_member_class_':
            raise AttributeError(name)
        try:
            return getattr(self._member_class_, name)
        except AttributeError:
            raise AttributeError(f"type object {self.__name__!r} has no attribute {name!r}") from None

    def __setattr__(self, name, value):
        member_map = self.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        object.__delattr__(self, name)

    @_builtin_property
    def __members__(self):
        return _MembersProxy(dict(self._member_map_))

    def __instancecheck__(self, instance):
        return isinstance(instance, self._member_class_)

    def __subclasscheck__(self, subclass):
        return isinstance(subclass, EnumType) and issubclass(
            subclass._member_class_, self._member_class_)

    def __dir__(self):
        return ['__class__', '__doc__', '__members__', '__module__'] + self._member_names_


EnumMeta = EnumType


def _all_dicts(cls):
    names = set()
    for k in cls.__mro__:
        if k in (_EnumMember, _ReprMember, _IntMember, _StrMember, _FlagMember,
                 _IntFlagMember, object):
            continue
        names.update(k.__dict__)
    return names


def _functional(base, cls_name, names, module, qualname, type_, start):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    classdict = {'__module__': module or '__main__', '__qualname__': qualname or cls_name}
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        items = []
        last = []
        gen = base._member_class_._generate_next_value_
        for count, name in enumerate(names):
            value = gen(name, start, count, last[:])
            last.append(value)
            items.append((name, value))
        names = items
    elif hasattr(names, 'items'):
        names = list(names.items())
    for name, value in names:
        classdict[name] = value
    return EnumType(cls_name, (base,), classdict)


def _make_base(name, member_class, parent=None):
    e = object.__new__(EnumType)
    object.__setattr__(e, '__name__', name)
    object.__setattr__(e, '__qualname__', name)
    object.__setattr__(e, '__module__', 'enum')
    object.__setattr__(e, '_parent_', parent)
    object.__setattr__(e, '_member_class_', member_class)
    object.__setattr__(e, '_member_names_', [])
    object.__setattr__(e, '_member_list_', [])
    object.__setattr__(e, '_member_map_', {})
    object.__setattr__(e, '_value2member_map_', {})
    object.__setattr__(e, '_flag_mask_', 0)
    member_class._isles_enum = e
    return e


Enum = _make_base('Enum', _EnumMember)
ReprEnum = _make_base('ReprEnum', _ReprMember, Enum)
IntEnum = _make_base('IntEnum', _IntMember, ReprEnum)
StrEnum = _make_base('StrEnum', _StrMember, ReprEnum)
Flag = _make_base('Flag', _FlagMember, Enum)
IntFlag = _make_base('IntFlag', _IntFlagMember, Flag)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    return cls


def verify(*checks):
    return lambda enumeration: enumeration


property = _builtin_property
