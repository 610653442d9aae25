//! Modules written in Python and compiled into the binary.

/// `(module name, source, is a package)`.
pub const MODULES: &[(&str, &str, bool)] = &[
    (
        "concurrent",
        include_str!("../lib/concurrent/__init__.py"),
        true,
    ),
    ("threading", include_str!("../lib/threading.py"), false),
    ("queue", include_str!("../lib/queue.py"), false),
    ("textwrap", include_str!("../lib/textwrap.py"), false),
    ("random", include_str!("../lib/random.py"), false),
    ("os", include_str!("../lib/os.py"), false),
    ("posixpath", include_str!("../lib/posixpath.py"), false),
    ("re", include_str!("../lib/re.py"), false),
    ("time", include_str!("../lib/time.py"), false),
    ("json", include_str!("../lib/json/__init__.py"), true),
    (
        "json.decoder",
        include_str!("../lib/json/decoder.py"),
        false,
    ),
    (
        "json.encoder",
        include_str!("../lib/json/encoder.py"),
        false,
    ),
    (
        "_isles_import",
        include_str!("../lib/_isles_import.py"),
        false,
    ),
    (
        "importlib",
        include_str!("../lib/importlib/__init__.py"),
        true,
    ),
    ("runpy", include_str!("../lib/runpy.py"), false),
    (
        "interpreters",
        include_str!("../lib/interpreters.py"),
        false,
    ),
    (
        "concurrent.futures",
        include_str!("../lib/concurrent/futures/__init__.py"),
        true,
    ),
    (
        "concurrent.interpreters",
        include_str!("../lib/concurrent/interpreters.py"),
        false,
    ),
];
