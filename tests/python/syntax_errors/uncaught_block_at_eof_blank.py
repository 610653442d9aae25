# An uncaught IndentationError on an empty last line: CPython prints the empty line.
while True:

