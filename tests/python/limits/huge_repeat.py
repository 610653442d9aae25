# Repeating a sequence to more memory than any machine has is a MemoryError at once (never
# a hang while an overcommitted allocation is filled); in-place forms too.
cases = [
    lambda: "ab" * 2**40,
    lambda: 2**40 * "ab",
    lambda: [0] * 2**40,
    lambda: (0, 1) * 2**40,
    lambda: b"ab" * 2**40,
    lambda: bytearray(b"a") * 2**40,
]
for make in cases:
    try:
        make()
        print("made it")
    except MemoryError as e:
        print("MemoryError", repr(str(e)))
s = "x"
try:
    s *= 2**41
except MemoryError:
    print("in-place str MemoryError", s)
ba = bytearray(b"yz")
try:
    ba *= 2**41
except MemoryError:
    print("in-place bytearray MemoryError", ba)
lst = [1]
try:
    lst *= 2**41
except MemoryError:
    print("in-place list MemoryError", lst)
print(len("ab" * 1000), len([0] * 10**6))
