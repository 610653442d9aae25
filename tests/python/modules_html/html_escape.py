# html: escape with and without quotes, unescape of named, numeric and malformed references
import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('"q" & \'s\'', quote=False))
for s in ('&lt;p&gt; &amp; &quot;hi&quot; &#39;x&#39;', '&copy; 2024 &eacute;t&eacute;', '&#x41;&#66;&#X43;',
          '&notit; &notin; &not', '&amp', '&#0; &#128; &#xD800; &#x110000; &#1;', '&unknownentity;', 'no refs',
          '&AMP;&LT;&GT', '&#x1F600;', '&;', '&#;', '&#xZZ;'):
    print(repr(html.unescape(s)))
print(name2codepoint['eacute'], codepoint2name[0x3c], entitydefs['amp'], html5['gt;'], len(html5) > 2000)
print(html.unescape(html.escape('round <trip> & "back"')))
