# A misspelt builtin exception name not used before: the suggestion still finds it.
try:
    x = 1
except UnicodeWarnin:
    pass
raise PendingDeprecationWarnin("x")
