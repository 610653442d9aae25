# SyntaxError: an unclosed parenthesis; nothing runs, no traceback header.
# The report points at the opening parenthesis, not at the end of the file.
print("never printed")
a = 1
b = [a, a]
x = (1 +
print("also never printed")
c = 3
d = 4
e = 5
