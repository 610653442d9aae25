# more arguments than conversions
print("%s" % ("a",))
print("%s" % ("a", "b"))
