# An uncaught SyntaxError: an f-string field never closed.
user = "ann"
msg = f"hello {user"
print(msg)
