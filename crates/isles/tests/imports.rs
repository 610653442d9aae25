//! The import system across interpreters (a module's code is compiled once per runtime and
//! run once per interpreter) and `isles -m`, compared with `python3 -m`.

use std::path::PathBuf;
use std::process::Command;

use isles::{InterpConfig, Runtime, RuntimeConfig};

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("isles-imports-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn one_module_imported_by_100_interpreters_is_compiled_once() {
    let dir = temp_dir("cache");
    std::fs::write(
        dir.join("shared_mod.py"),
        "import textwrap\nvalue = 40 + 2\nbodies = [1]\n",
    )
    .unwrap();
    let rt = Runtime::new(RuntimeConfig {
        module_paths: vec![dir.clone()],
        ..RuntimeConfig::default()
    });
    let interps: Vec<_> = (0..100)
        .map(|_| rt.create_interpreter(InterpConfig::default()))
        .collect();
    let src = "import shared_mod\nshared_mod.bodies.append(2)\nassert shared_mod.value == 42";
    let before = rt.compile_count();
    interps[0].exec(src).unwrap();
    let first = rt.compile_count() - before;
    // The script, shared_mod, and the bundled modules it pulls in.
    assert!(first >= 2, "first import compiled {first} sources");
    let handles: Vec<_> = interps[1..]
        .chunks(33)
        .map(|chunk| {
            let chunk = chunk.to_vec();
            std::thread::spawn(move || {
                for i in chunk {
                    i.exec("import shared_mod\nshared_mod.bodies.append(2)\nassert shared_mod.value == 42")
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(
        rt.compile_count() - before,
        first,
        "no interpreter compiled again"
    );
    // Each interpreter ran the module body itself: its own module object and list.
    for i in &interps {
        assert_eq!(i.eval_repr("shared_mod.bodies").unwrap(), "[1, 2]");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs `python3 -m` and `isles -m` in `dir`; their outputs must match once the program
/// names in the one-line error reports are made the same.
fn compare_dash_m(dir: &PathBuf, args: &[&str]) {
    let run = |exe: &str| {
        let out = Command::new(exe)
            .arg("-m")
            .args(args)
            .current_dir(dir)
            .env_remove("PYTHONPATH")
            .output()
            .expect("run");
        let norm = |b: &[u8]| {
            String::from_utf8_lossy(b)
                .lines()
                .map(|l| match l.split_once(": ") {
                    Some((prog, rest)) if prog.ends_with("python3") || prog.ends_with("isles") => {
                        format!("PROG: {rest}")
                    }
                    _ => l.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        (norm(&out.stdout), norm(&out.stderr), out.status.code())
    };
    let want = run("python3");
    let got = run(env!("CARGO_BIN_EXE_isles"));
    assert_eq!(got, want, "isles -m {args:?}");
}

#[test]
fn dash_m_runs_modules_and_packages_like_python3() {
    let dir = temp_dir("dash-m");
    std::fs::write(
        dir.join("tool.py"),
        "import sys\nprint(__name__, repr(__package__), __spec__.name, sys.argv[1:])\n\
         print(sys.argv[0].endswith('tool.py'), __file__.endswith('tool.py'))\n",
    )
    .unwrap();
    std::fs::write(dir.join("failing.py"), "def f():\n    return 1 / 0\nf()\n").unwrap();
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("app/__init__.py"), "print('app init', __name__)\n").unwrap();
    std::fs::write(
        dir.join("app/__main__.py"),
        "import sys\nfrom . import helper\nprint('main', __name__, __package__, helper.X, sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::write(dir.join("app/helper.py"), "X = 'helped'\n").unwrap();
    std::fs::create_dir_all(dir.join("nomain")).unwrap();
    std::fs::write(dir.join("nomain/__init__.py"), "").unwrap();
    for args in [
        &["tool", "a", "-b"][..],
        &["app", "x"],
        &["app.helper"],
        &["failing"],
        &["no_such_mod"],
        &["no_such_pkg.mod"],
        &["nomain"],
        &["app.missing"],
        &["sys"],
    ] {
        compare_dash_m(&dir, args);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
