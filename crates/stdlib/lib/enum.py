"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

EnumType is a real metaclass: its __prepare__ namespace (_EnumDict) records the member
names in order (resolving auto() as they are assigned, refusing reused names), and its
__new__ makes the class and then the members, which are instances of that class (ints for
IntEnum/IntFlag, strs for StrEnum). Lookup by value (Color(1)), by name (Color['RED']),
iteration, len(), `in`, reassignment errors, Flag composition with its boundaries and the
reprs, strs and formats follow CPython 3.11."""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property
_builtin_bin = bin
_FunctionType = type(lambda: None)

# Set to the real classes once they exist; EnumType.__new__ checks them while making them.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, _builtin_property)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and
            name[pat_len:pat_len + 1] != ['_'] and
            (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are represented in two's-complement,
    and the leading bit always indicates sign (0=positive, 1=negative)."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property:
    """The name and value attributes of members: read-only, with enum's error messages."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError, TypeError):
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            raise AttributeError('<enum %r> member has no attribute %r'
                                 % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def setter(self, fset):
        self.fset = fset
        return self

    def deleter(self, fdel):
        self.fdel = fdel
        return self


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in definition order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                           '_ignore_', '_iter_member_', '_iter_member_by_value_',
                           '_iter_member_by_def_', '_value_', '_name_', '_add_alias_',
                           '_add_value_alias_'):
                raise ValueError(
                    '_sunder_ names, such as %r, are reserved for future Enum use'
                    % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(
                        '_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._auto_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto_value(self, key, value):
        if value.value is _auto_null:
            value.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return value.value

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


def _find_data_type(class_name, bases):
    data_types = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or base.__module__ == 'builtins':
                data_types.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, data_types))
    elif data_types:
        return data_types.pop()
    return None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = [n for n in classdict._member_names if n not in ignore]
        ns = {}
        for key, value in dict.items(classdict):
            if key in ignore or key == '_ignore_' or key in classdict._member_names:
                continue
            ns[key] = value
        members = [(name, dict.__getitem__(classdict, name)) for name in member_names]
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        new_member = ns.get('__new__')
        if new_member is None:
            new_member = getattr(first_enum, '__new_member__', None) if first_enum else None
        if new_member is None:
            new_member = member_type.__new__
            use_args = member_type is not object
        else:
            new_member = getattr(new_member, '__func__', new_member)
            use_args = True
        if new_member is object.__new__:
            use_args = False
        ns['_new_member_'] = staticmethod(new_member)
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if '_value_repr_' not in ns:
            inherited = None
            for base in bases:
                if isinstance(base, EnumType):
                    inherited = getattr(base, '_value_repr_', None)
                    if inherited is not None:
                        break
            if inherited is None and member_type is not object:
                inherited = member_type.__repr__
            ns['_value_repr_'] = inherited
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)):
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_singles_mask_'] = 0
            ns['_all_bits_'] = 0
            ns['_inverted_'] = None
        elif boundary is not None:
            ns['_boundary_'] = boundary
        if member_type is not object and '__hash__' not in ns:
            # The data type's hash (int's, str's), found before Enum.__hash__ as in CPython.
            ns['__hash__'] = member_type.__hash__
        if Enum is not None:
            if '__new__' in ns:
                ns['__new_member__'] = ns['__new__']
            ns['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        for name, value in members:
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            single_bits = multi_bits = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    if _is_single_bit(v):
                        single_bits |= v
                    else:
                        multi_bits |= v
            flag_mask = single_bits | multi_bits
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', single_bits)
            type.__setattr__(enum_class, '_all_bits_', 2 ** (flag_mask.bit_length()) - 1)
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    'ReprEnum subclass %s must be mixed with a data type (i.e. int, str, '
                    'float, etc.)' % cls)
        if '_order_' in classdict:
            order = classdict['_order_']
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, member_name, value):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        for name, canonical in cls._member_map_.items():
            if canonical._value_ == value:
                enum_member = canonical
                break
        else:
            if (Flag is None or not issubclass(cls, Flag)
                    or (isinstance(value, int) and _is_single_bit(value))
                    or value == 0):
                cls._member_names_.append(member_name)
        cls._member_map_[member_name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, member_name, enum_member)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            darn = ("in 3.12 __contains__ will no longer raise TypeError, but will return "
                    "True or\nFalse depending on whether the value is a member or the value "
                    "of a member")
            warnings.warn(darn, DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set([
            '__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
            '__members__', '__module__', '__name__', '__qualname__',
        ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(
                        "<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = _find_data_type(class_name, bases) or object
        return member_type, first_enum


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            elif (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            else:
                ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
                if result is None and exc is None:
                    raise ve_exc
                elif exc is None:
                    exc = TypeError(
                        'error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
                if not isinstance(exc, ValueError):
                    exc.__context__ = ve_exc
                raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            else:
                return last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                               'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.mro():
            if cls.__module__ == 'enum' or cls is object:
                continue
            for name in cls.__dict__:
                if name[0] != '_':
                    interesting.add(name)
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How out-of-range values are handled by a Flag."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(val)
            if m is not None:
                yield m

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            pseudo_member._name_ = '|'.join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _builtin_bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _flag_operand(member, other):
    # The value that `other`, a member of the same flag or of its member type, brings to | & ^.
    if isinstance(other, member.__class__):
        return other._value_
    if member._member_type_ is not object and isinstance(other, member._member_type_):
        return other
    return NotImplemented


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


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


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high) if v not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s' % (
                        enumeration.__name__, ', '.join(str(m) for m in missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Export the members into the module's namespace and show them as module globals."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
