# configparser: reading (comments, multi-line, DEFAULT), typed getters, fallbacks, mapping access, write, interpolation and every error message.
import configparser, io
text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
home = /home/user

[bitbucket.org]
User = hg
path = %(home)s/bb
multi = first line
    second line

    fourth line
; another comment
[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
empty =
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c.defaults(), list(c), len(c))
print(c.get("bitbucket.org", "user"), c["bitbucket.org"]["path"], repr(c["bitbucket.org"]["multi"]), c.getint("topsecret.server.com", "port"), c.getfloat("topsecret.server.com", "ratio"))
print(c.getboolean("topsecret.server.com", "forwardx11"), c.getboolean("bitbucket.org", "compression"), c["topsecret.server.com"].getboolean("forwardx11"), repr(c.get("topsecret.server.com", "empty")))
print(c.options("bitbucket.org"), c.items("bitbucket.org"), c.has_option("bitbucket.org", "User"), c.has_section("nope"), "bitbucket.org" in c)
print(c.get("nope", "x", fallback="fb"), c.get("bitbucket.org", "nope", fallback=None), c["bitbucket.org"].get("nope", "dflt"), c.getint("bitbucket.org", "nope", fallback=7))
print(c.get("bitbucket.org", "path", raw=True), c.get("bitbucket.org", "path", vars={"home": "/other"}), dict(c["topsecret.server.com"]))
sp = c["bitbucket.org"]; print(repr(sp), sp.name, len(sp), "user" in sp, sorted(sp))
c.add_section("new"); c.set("new", "key", "value"); c["other"] = {"a": "1", "B": "2"}; c["new"]["x"] = "y"
out = io.StringIO(); c.write(out); print(out.getvalue())
print(c.remove_option("new", "key"), c.remove_option("new", "key"), c.remove_section("other"), c.remove_section("other"), c.sections())
for bad in [lambda: c.get("nope", "x"), lambda: c.get("new", "zz"), lambda: c.add_section("new"), lambda: c.add_section("DEFAULT"), lambda: c["missing"],
            lambda: c.getint("bitbucket.org", "user"), lambda: c.getboolean("bitbucket.org", "user"), lambda: c.set("new", "k", 5), lambda: c.set("nosect", "k", "v"),
            lambda: c.read_string("[a]\nx=1\n[a]\n"), lambda: c.read_string("x = 1\n"), lambda: c.read_string("[s]\nok=1\ngarbage\nmore garbage\n"),
            lambda: c.read_string("[d]\nk=1\nk=2\n"), lambda: c.set("new", "bad", "100%"), lambda: configparser.ConfigParser().read_string("[s]\na=%(b)s\n") or None,
            lambda: c.add_section(5), lambda: c["new"].__setitem__("n", 1), lambda: c.__delitem__("DEFAULT")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, str(e))
c2 = configparser.ConfigParser(); c2.read_string("[s]\na=%(b)s\nb=%(a)s\nc=%(zz)s\n")
for o in "ac":
    try: c2.get("s", o)
    except configparser.Error as e: print(type(e).__name__, e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("[common]\ndir=/usr\n[app]\nbin=${common:dir}/bin\nlib=${dir}/lib\nmoney=$$5\ndir=/opt\n")
print(e.get("app", "bin"), e.get("app", "lib"), e.get("app", "money"))
r = configparser.RawConfigParser(); r.read_string("[s]\np=100%\n"); print(r.get("s", "p"))
n = configparser.ConfigParser(allow_no_value=True, delimiters=("=",), inline_comment_prefixes=("#",), strict=False)
n.read_string("[mysqld]\nskip-bdb\nuser = mysql  # inline\nkey: with colon = v\n[mysqld]\nmore=1\n"); print(n.items("mysqld"))
out = io.StringIO(); n.write(out, space_around_delimiters=False); print(out.getvalue())
cv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
cv.read_dict({"s": {"items": "a, b, c", "n": 3}}); print(cv.getlist("s", "items"), cv["s"].getlist("items"), cv.get("s", "n"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
