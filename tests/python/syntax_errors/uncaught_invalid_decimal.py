# An uncaught SyntaxError: a digit followed by letters.
first = 1
2nd = 2
