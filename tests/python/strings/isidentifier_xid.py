"""str.isidentifier follows XID_Start / XID_Continue: superscripts and other numbers that are
not digits are not identifier characters; letters of any script and combining marks are."""
for s in ["b11\u00b2", "a\u00b2", "x\u00b7y", "_x1", "1a", "a-b", "\u2115x", "x\u0301", "",
          "\u00bd", "a\u2160", "\u03b1\u03b2", "x\u200d", "\uff21", "a\u0660", "\u2118"]:
    print(ascii(s), s.isidentifier())
