# an unsupported conversion character reports its index
print("%s %d" % ("a", 1))
print("%s %y" % ("a", 1))
