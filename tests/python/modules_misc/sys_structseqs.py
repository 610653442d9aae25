# sys's struct sequences and constants: version_info fields and comparisons, float_info,
# int_info, hash_info, flags, thread_info, and the trace/recursion/int-digit accessors.
import sys

vi = sys.version_info
print(type(vi).__name__, vi.major, vi.minor, vi[:2], vi >= (3, 8), vi.releaselevel, len(vi))
print(type(vi), sys.hexversion >> 16 == (vi.major << 8 | vi.minor))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.verbose, sys.thread_info.name, sys.float_repr_style)
print(sys.maxunicode, sys.maxsize, sys.gettrace(), sys.getprofile(), sys.is_finalizing())
print(sys.get_int_max_str_digits(), type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
sys.dont_write_bytecode = True
print(sys.dont_write_bytecode, sys.api_version, sys.abiflags == '', sys.warnoptions)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
