# str.splitlines: every line boundary, keepends positionally and by keyword
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten"
print(s.splitlines())
print(s.splitlines(True))
print("a\n\nb\n".splitlines())
print("a\n\nb\n".splitlines(keepends=True))
print("".splitlines())
print("\n".splitlines())
print("no newline".splitlines())
print("\r\n\r\n".splitlines(True))
print("x\r".splitlines(1))
print("x\ny".splitlines(0))
