# An uncaught IndentationError: the file ends after a block header and a comment line.
print("never runs")
for x in range(3):
    # the body was never written
