# a format ending in the middle of a conversion
print("%5.2f" % 1.0)
print("value: %5." % 1.0)
