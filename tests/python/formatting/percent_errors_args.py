# too few arguments for the conversions
print("%s-%s" % ("a", "b"))
print("%d and %d" % (1,))
