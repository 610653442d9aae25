# %(key)s needs a mapping
print("%(k)s" % {"k": "v"})
print("%(k)s" % ("v",))
