# UTF-16 and UTF-32 codecs: byte order marks, explicit byte orders, surrogate pairs, errors.
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32"):
    data = "aé€😀".encode(enc)
    print(enc, data, data.decode(enc))
print("".encode("utf-16"), b"".decode("utf-16"), "".encode("utf-32"))
print(b"\xfe\xff\x00a\x00b".decode("utf-16"), b"a\x00b\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
print(bytes.fromhex("3dd800de").decode("utf-16-le"), str(b"h\x00i\x00", "utf-16-le"))
bad = [
    (b"a\x00b", "utf-16-le"),
    (b"\x00\xd8a\x00", "utf-16-le"),
    (b"\x00\xdc", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"abc", "utf-32"),
    (b"\xff\xfea", "utf-16"),
]
for data, enc in bad:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "ignore")), repr(data.decode(enc, "backslashreplace")))
print(bytearray("xy", "utf-16-be"), "z".encode(encoding="utf-32-be"))
