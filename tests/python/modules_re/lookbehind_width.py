# re: look-behinds must be fixed-width (CPython re.error otherwise); equal-width alternatives pass
import re
for pat in [r'(?<=a+)b', r'(?<!ab|c)d', r'(?<=ab|cd)e', r'(?<=a{2})b', r'(?<=a{1,2})b', r'(?<=\d\d)x', r'(?<=(a|b))c', r'(?<=é|a)x', r'(?<![a-z]\s)y', r'(?<=a*)']:
    try:
        print(re.compile(pat).pattern, re.findall(pat, 'aab aaeab cdex 12x éx'))
    except re.error as e:
        print('re.error', e)
