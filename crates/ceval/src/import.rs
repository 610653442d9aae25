//! The import system: `sys.modules` first, then source files found on `sys.path` (modules
//! and packages), compiled once per runtime and executed once per interpreter.

use std::path::{Path, PathBuf};

use isles_compiler::Mode;
use isles_interp::new_module;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::ops;
use crate::thread::Thread;

/// The bundled helper module that makes `ModuleSpec` objects.
const SPEC_MODULE: &str = "_isles_import";

fn is_not_found(e: &PyErr, name: &str) -> bool {
    let isles_object::ErrValue::Obj(o) = &e.0.value else {
        return false;
    };
    match o.kind() {
        Kind::Exception(x) => {
            x.class.as_type().and_then(|t| t.exc_kind) == Some(ExcKind::ModuleNotFoundError)
                && x.dict.borrow().get_str("name").and_then(Value::as_str) == Some(name)
        }
        _ => false,
    }
}

/// An ImportError (or subclass) carrying CPython's `msg`, `name` and `path` attributes.
pub fn import_error(
    th: &Thread<'_>,
    kind: ExcKind,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> PyErr {
    let o = ops::new_exception(th.st.types.exc(kind), vec![Value::str(msg.as_str())]);
    if let Kind::Exception(x) = o.kind() {
        set_import_error_attrs(
            x,
            Value::str(msg),
            name.map_or(Value::None, Value::str),
            path.map_or(Value::None, Value::str),
        );
    }
    PyErr::from_obj(o)
}

/// Sets `msg`, `name` and `path` on an ImportError instance.
pub fn set_import_error_attrs(x: &isles_object::ExcObj, msg: Value, name: Value, path: Value) {
    let mut d = x.dict.borrow_mut();
    d.set_str("msg", msg);
    d.set_str("name", name);
    d.set_str("path", path);
}

impl Thread<'_> {
    fn not_found(&self, name: &str) -> PyErr {
        import_error(
            self,
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
            Some(name),
            None,
        )
    }

    fn sys_modules_get(&self, name: &str) -> Option<Value> {
        match self.st.modules.kind() {
            Kind::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
    }

    fn sys_modules_set(&self, name: &str, v: Option<Value>) {
        if let Kind::Dict(d) = self.st.modules.kind() {
            match v {
                Some(v) => d.borrow_mut().set_str(name, v),
                None => {
                    d.borrow_mut().remove_str(name);
                }
            }
        }
    }

    /// Directories of `sys.path` (non-str entries are skipped, as CPython's finders do).
    fn sys_path(&self) -> Vec<PathBuf> {
        let Some(Value::Obj(sys)) = self.sys_modules_get("sys") else {
            return Vec::new();
        };
        let Some(d) = self.st.module_dict(&sys) else {
            return Vec::new();
        };
        let path = match d.kind() {
            Kind::Dict(d) => d.borrow().get_str("path").cloned(),
            _ => None,
        };
        match path.as_ref().and_then(Value::kind) {
            Some(Kind::List(l)) => l
                .borrow()
                .iter()
                .filter_map(|p| p.as_str())
                .map(|p| {
                    if p.is_empty() {
                        // CPython's finder for '' works in the absolute current directory,
                        // so `__file__` and error messages name absolute paths.
                        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
                    } else {
                        PathBuf::from(p)
                    }
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Resolves a relative import against the importing module's package.
    pub(crate) fn resolve_name(&self, name: &str, level: usize, globals: &Obj) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        let get = |k: &str| match globals.kind() {
            Kind::Dict(d) => d.borrow().get_str(k).cloned(),
            _ => None,
        };
        let package = match get("__package__").filter(|p| !p.is_none()) {
            Some(p) => p.as_str().unwrap_or("").to_string(),
            None => {
                let modname = get("__name__").and_then(|n| n.as_str().map(str::to_string));
                let is_pkg = get("__path__").is_some();
                match modname {
                    Some(m) if is_pkg => m,
                    Some(m) => m
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default(),
                    None => String::new(),
                }
            }
        };
        if package.is_empty() {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// `import name` machinery: imports every dotted prefix, returns the leaf module.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_modules_get(name) {
            if m.is_none() {
                return Err(import_error(
                    self,
                    ExcKind::ModuleNotFoundError,
                    format!("import of {name} halted; None in sys.modules"),
                    Some(name),
                    None,
                ));
            }
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import(parent)?;
                // Importing the parent may have made the child (os.py sets sys.modules['os.path']).
                if let Some(m) = self.sys_modules_get(name).filter(|m| !m.is_none()) {
                    return Ok(m);
                }
                let paths = match ops::getattr(self, &p, &self.intern("__path__")) {
                    Ok(v) => ops::iterate(self, &v)?
                        .iter()
                        .filter_map(|x| x.as_str().map(PathBuf::from))
                        .collect(),
                    Err(_) => {
                        return Err(import_error(
                            self,
                            ExcKind::ModuleNotFoundError,
                            format!("No module named '{name}'; '{parent}' is not a package"),
                            Some(name),
                            None,
                        ));
                    }
                };
                (Some(p), paths)
            }
            None => (None, self.sys_path()),
        };
        let short = name.rsplit('.').next().unwrap_or(name);
        // CPython's order: builtin modules, then sys.path (script directory, PYTHONPATH),
        // then the standard library (here bundled in the binary).
        let module = if let Some(m) = self.load_native_module(name)? {
            m
        } else if let Some((file, is_pkg)) = find_source(&search, short) {
            self.load_source_module(name, &file, is_pkg)?
        } else if let Some(m) = self.load_bundled_module(name)? {
            m
        } else {
            return Err(self.not_found(name));
        };
        if let Some(p) = parent {
            ops::setattr(self, &p, &self.intern(short), module.clone())?;
        }
        Ok(module)
    }

    /// A module written in Rust: its init runs once per interpreter. A module that is not
    /// isolated loads only in the main interpreter.
    fn load_native_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let def = self.st.native_module(name);
        let Some((init, isolated)) = def else {
            return Ok(None);
        };
        if !isolated && self.st.check_multi_interp_extensions {
            return Err(PyErr::new(
                ExcKind::ImportError,
                format!("module {name} does not support loading in subinterpreters"),
            ));
        }
        let m = self.call(&init, crate::Args::positional(&[]))?;
        if let Some(d) = m.as_obj().and_then(|o| self.st.module_dict(o)) {
            let spec = self.make_spec(name, "built-in", false)?;
            if let Kind::Dict(d) = d.kind() {
                d.borrow_mut().set_str("__spec__", spec);
            }
        }
        self.sys_modules_set(name, Some(m.clone()));
        Ok(Some(m))
    }

    /// Where module `name` would load from, without running it (its parent package is
    /// imported): `("built-in", false)`, `("<frozen name>", is_pkg)` or `(path, is_pkg)`.
    pub fn find_module(&mut self, name: &str) -> PyResult<Option<(String, bool)>> {
        if matches!(name, "sys" | "builtins") || self.st.native_module(name).is_some() {
            return Ok(Some(("built-in".to_string(), false)));
        }
        let search = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import(parent)?;
                match ops::getattr(self, &p, &self.intern("__path__")) {
                    Ok(v) => ops::iterate(self, &v)?
                        .iter()
                        .filter_map(|x| x.as_str().map(PathBuf::from))
                        .collect(),
                    Err(_) => return Ok(None),
                }
            }
            None => self.sys_path(),
        };
        let short = name.rsplit('.').next().unwrap_or(name);
        if let Some((file, is_pkg)) = find_source(&search, short) {
            return Ok(Some((file.display().to_string(), is_pkg)));
        }
        let table = self.st.bundled.get();
        Ok(table
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|&(_, _, is_pkg)| (format!("<frozen {name}>"), is_pkg)))
    }

    /// Runs module `name` (found at `origin` by [`Thread::find_module`]) in `__main__`, as
    /// `isles -m name` does.
    pub fn exec_main(&mut self, name: &str, origin: &str) -> PyResult<Value> {
        let source = match origin.strip_prefix("<frozen ") {
            Some(_) => {
                let table = self.st.bundled.get();
                match table.iter().find(|(n, _, _)| *n == name) {
                    Some(&(_, src, _)) => src.to_string(),
                    None => return Err(self.not_found(name)),
                }
            }
            None => std::fs::read_to_string(origin).map_err(|e| {
                PyErr::new(ExcKind::ImportError, format!("cannot read {origin}: {e}"))
            })?,
        };
        let code = self
            .st
            .runtime
            .cached_code(origin, &source, Mode::Exec, || {
                isles_compiler::compile(&source, origin, Mode::Exec)
            })
            .map_err(|e| crate::traceback::syntax_error_to_pyerr(self, &e))?;
        let spec = self.make_spec(name, origin, false)?;
        let d = self
            .st
            .module_dict(&self.st.main)
            .ok_or_else(|| PyErr::system_error("__main__ has no dict"))?;
        if let Kind::Dict(dict) = d.kind() {
            let mut dict = dict.borrow_mut();
            dict.set_str("__name__", Value::str("__main__"));
            if !origin.starts_with('<') {
                dict.set_str("__file__", Value::str(origin));
            }
            let package = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            dict.set_str("__package__", Value::str(package));
            dict.set_str("__spec__", spec);
        }
        let data = self.st.code_data(&code);
        self.run_code(&data, &d)
    }

    /// A module written in Python and bundled with the binary.
    fn load_bundled_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let table = self.st.bundled.get();
        let Some(&(_, source, is_pkg)) = table.iter().find(|(n, _, _)| *n == name) else {
            return Ok(None);
        };
        let filename = format!("<frozen {name}>");
        self.exec_module_source(name, source, &filename, is_pkg, None)
            .map(Some)
    }

    fn load_source_module(&mut self, name: &str, file: &Path, is_pkg: bool) -> PyResult<Value> {
        let source = std::fs::read_to_string(file).map_err(|e| {
            PyErr::new(
                ExcKind::ImportError,
                format!("cannot read {}: {e}", file.display()),
            )
        })?;
        let filename = file.display().to_string();
        let dir = file.parent().map(|p| p.display().to_string());
        self.exec_module_source(name, &source, &filename, is_pkg, dir)
    }

    /// Creates module `name`, registers it in sys.modules and runs `source` in it.
    fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
        is_pkg: bool,
        dir: Option<String>,
    ) -> PyResult<Value> {
        let code = self
            .st
            .runtime
            .cached_code(filename, source, Mode::Exec, || {
                isles_compiler::compile(source, filename, Mode::Exec)
            })
            .map_err(|e| crate::traceback::syntax_error_to_pyerr(self, &e))?;
        let m = new_module(name);
        let d = self.st.module_dict(&m).expect("module dict");
        if let Kind::Dict(dict) = d.kind() {
            let mut dict = dict.borrow_mut();
            dict.set_str("__file__", Value::str(filename));
            dict.set_str("__builtins__", Value::Obj(self.st.builtins.clone()));
            let package = if is_pkg {
                name.to_string()
            } else {
                name.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            };
            dict.set_str("__package__", Value::str(package));
            if is_pkg {
                let path: Vec<Value> = dir.into_iter().map(Value::str).collect();
                dict.set_str("__path__", Value::list(path));
            }
        }
        let mv = Value::Obj(m);
        let spec = self.make_spec(name, filename, is_pkg)?;
        if let Kind::Dict(dict) = d.kind() {
            dict.borrow_mut().set_str("__spec__", spec.clone());
            if let Some(Kind::Instance(_)) = spec.kind()
                && let Ok(loader) = ops::getattr(self, &spec, &self.intern("loader"))
            {
                dict.borrow_mut().set_str("__loader__", loader);
            }
        }
        // In sys.modules before running, so circular imports see the partial module.
        self.sys_modules_set(name, Some(mv.clone()));
        self.set_initializing(&spec, true)?;
        let data = self.st.code_data(&code);
        let run = self.run_code(&data, &d);
        self.set_initializing(&spec, false)?;
        if let Err(e) = run {
            self.sys_modules_set(name, None);
            return Err(e);
        }
        if name == SPEC_MODULE {
            let spec = self.make_spec(name, filename, is_pkg)?;
            if let Kind::Dict(dict) = d.kind() {
                dict.borrow_mut().set_str("__spec__", spec);
            }
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_modules_get(name).unwrap_or(mv))
    }

    /// A `ModuleSpec` (from the bundled `_isles_import`) for a module being loaded; None
    /// while that helper module itself is loading.
    fn make_spec(&mut self, name: &str, origin: &str, is_pkg: bool) -> PyResult<Value> {
        if name == SPEC_MODULE && self.sys_modules_get(SPEC_MODULE).is_none() {
            return Ok(Value::None);
        }
        let helper = match self.sys_modules_get(SPEC_MODULE) {
            Some(m) if !m.is_none() => m,
            _ => self.import(SPEC_MODULE)?,
        };
        let f = ops::getattr(self, &helper, &self.intern("_spec_for"))?;
        self.call(
            &f,
            crate::Args::positional(&[Value::str(name), Value::str(origin), Value::bool(is_pkg)]),
        )
    }

    /// Makes the deferred attributes of module `m`, if it has any (see
    /// `InterpState::lazy_modules`); attributes already set are kept.
    pub fn complete_module(&mut self, m: &Obj) -> PyResult<()> {
        // A module may have several (`sys`: its second half, the streams, `sys.flags` etc.).
        while self.complete_module_step(m)? {}
        Ok(())
    }

    /// Runs the oldest of module `m`'s deferred fillers; false when it had none left. A
    /// missing attribute runs them one at a time until it appears, so `sys.setrecursionlimit`
    /// does not run `sys.flags`' Python filler (which a program that replaced a builtin such
    /// as `len` would break).
    pub fn complete_module_step(&mut self, m: &Obj) -> PyResult<bool> {
        let init = {
            let mut lazy = self.st.lazy_modules.borrow_mut();
            match lazy.iter().position(|(o, _)| o.is(m)) {
                Some(i) => lazy.remove(i).1,
                None => return Ok(false),
            }
        };
        self.call(&init, crate::Args::positional(&[Value::Obj(m.clone())]))?;
        Ok(true)
    }

    fn set_initializing(&mut self, spec: &Value, on: bool) -> PyResult<()> {
        if spec.is_none() {
            return Ok(());
        }
        ops::setattr(self, spec, &self.intern("_initializing"), Value::bool(on))
    }

    /// Whether `module` is still running its body (its spec says `_initializing`).
    pub(crate) fn is_initializing(&mut self, module: &Value) -> bool {
        // Read from the module's dict: a getattr would come back here for a missing name.
        let spec = match module.kind() {
            Some(Kind::Module(m)) => match m.dict.kind() {
                Kind::Dict(d) => d.borrow().get_str("__spec__").cloned(),
                _ => None,
            },
            _ => ops::getattr(self, module, &self.intern("__spec__")).ok(),
        };
        let Some(spec) = spec.filter(|s| !s.is_none()) else {
            return false;
        };
        match ops::getattr(self, &spec, &self.intern("_initializing")) {
            Ok(v) => ops::truthy(self, &v).unwrap_or(false),
            Err(_) => false,
        }
    }

    /// The IMPORT_NAME instruction: the top package (no fromlist) or the named module.
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &Obj,
    ) -> PyResult<Value> {
        let full = self.resolve_name(name, level, globals)?;
        let module = self.import(&full)?;
        let has_fromlist = match fromlist.kind() {
            Some(Kind::Tuple(t)) => !t.is_empty(),
            _ => !fromlist.is_none(),
        };
        if has_fromlist || level > 0 && name.is_empty() {
            return Ok(module);
        }
        if level > 0 {
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or(&full);
        self.sys_modules_get(top).ok_or_else(|| self.not_found(top))
    }

    /// The IMPORT_FROM instruction: an attribute, or a submodule imported on demand.
    pub(crate) fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Ok(v) = ops::getattr(self, module, name) {
            return Ok(v);
        }
        let n = name.as_str().unwrap_or("");
        let (mname, file) = match module.kind() {
            Some(Kind::Module(m)) => {
                let file = self
                    .st
                    .module_dict(module.as_obj().expect("module"))
                    .and_then(|d| match d.kind() {
                        Kind::Dict(d) => d.borrow().get_str("__file__").cloned(),
                        _ => None,
                    });
                (m.name.clone(), file)
            }
            _ => ("?".to_string(), None),
        };
        let full = format!("{mname}.{n}");
        let is_pkg = ops::getattr(self, module, &self.intern("__path__")).is_ok();
        match if is_pkg {
            self.import(&full)
        } else {
            Err(self.not_found(&full))
        } {
            Ok(sub) => return Ok(sub),
            // Only a missing submodule falls through to "cannot import name"; errors raised
            // while running the submodule propagate.
            Err(e) if !is_not_found(&e, &full) => return Err(e),
            Err(_) => {}
        }
        let location = match file.as_ref().and_then(Value::as_str) {
            Some(f) if !f.starts_with('<') => format!("({f})"),
            _ => "(unknown location)".to_string(),
        };
        let msg = if self.is_initializing(module) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) {location}"
            )
        } else {
            format!("cannot import name '{n}' from '{mname}' {location}")
        };
        let path = file.as_ref().and_then(Value::as_str);
        Err(import_error(
            self,
            ExcKind::ImportError,
            msg,
            Some(&mname),
            path,
        ))
    }
}

/// `dir/name/__init__.py` (a package) or `dir/name.py`, in path order.
fn find_source(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let pkg = d.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let module = d.join(format!("{name}.py"));
        if module.is_file() {
            return Some((module, false));
        }
    }
    None
}

/// The `__import__(name, globals=None, locals=None, fromlist=(), level=0)` builtin.
pub fn builtin_import(th: &mut Thread<'_>, a: crate::Args<'_>) -> PyResult<Value> {
    a.only_kwargs(
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let arg = |i: usize, k: &str| a.pos.get(i).or_else(|| a.kw(k)).cloned();
    let Some(name) = arg(0, "name") else {
        return Err(PyErr::type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    if a.pos.len() > 5 {
        return Err(PyErr::type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(name_s) = name.as_str().map(str::to_string) else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let level = match arg(4, "level") {
        None => 0,
        Some(Value::Int(l)) => l,
        Some(Value::Bool(b)) => b.get() as i64,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name(th, &v)
            )));
        }
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    if level == 0 && name_s.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let fromlist = arg(3, "fromlist").unwrap_or(Value::None);
    let globals = match arg(1, "globals") {
        Some(Value::Obj(o)) if matches!(o.kind(), Kind::Dict(_)) => o,
        Some(v) if !v.is_none() && level > 0 => {
            return Err(PyErr::type_error("globals must be a dict"));
        }
        _ if level > 0 => {
            return Err(PyErr::new(ExcKind::KeyError, "'__name__' not in globals"));
        }
        _ => th
            .st
            .module_dict(&th.st.main)
            .ok_or_else(|| PyErr::system_error("__main__ has no dict"))?,
    };
    let has_fromlist = match fromlist.kind() {
        Some(Kind::Tuple(t)) => !t.is_empty(),
        Some(Kind::List(l)) => !l.borrow().is_empty(),
        _ => !fromlist.is_none() && ops::truthy(th, &fromlist)?,
    };
    let fl = if has_fromlist {
        Value::tuple(vec![Value::str("*")])
    } else {
        Value::None
    };
    th.import_name(&name_s, &fl, level as usize, &globals)
}

/// A builtin exception class called with arguments: only ImportError and its subclasses take
/// keywords (`name`, `path`), as in CPython.
pub(crate) fn new_exception_kw(
    th: &mut Thread<'_>,
    cls: &Obj,
    a: &crate::Args<'_>,
    user_init: bool,
) -> PyResult<Value> {
    // `OSError(errno, strerror)` makes the subclass for that errno, as CPython's
    // `OSError.__new__` does.
    let os_error = th.st.types.exc(ExcKind::OSError);
    let mapped = match (cls.is(os_error), a.pos) {
        (true, [Value::Int(errno), _, ..]) => match *errno {
            11 | 114 | 115 => Some(ExcKind::BlockingIOError),
            10 => Some(ExcKind::ChildProcessError),
            32 | 108 => Some(ExcKind::BrokenPipeError),
            103 => Some(ExcKind::ConnectionAbortedError),
            111 => Some(ExcKind::ConnectionRefusedError),
            104 => Some(ExcKind::ConnectionResetError),
            17 => Some(ExcKind::FileExistsError),
            2 => Some(ExcKind::FileNotFoundError),
            21 => Some(ExcKind::IsADirectoryError),
            20 => Some(ExcKind::NotADirectoryError),
            4 => Some(ExcKind::InterruptedError),
            1 | 13 => Some(ExcKind::PermissionError),
            3 => Some(ExcKind::ProcessLookupError),
            110 => Some(ExcKind::TimeoutError),
            _ => None,
        },
        _ => None,
    };
    let cls = &mapped.map_or_else(|| cls.clone(), |k| th.st.types.exc(k).clone());
    let o = ops::new_exception(cls, a.pos.to_vec());
    // SyntaxError's attributes exist (None) even when a subclass's own __init__ runs.
    if ops::is_subtype(cls, th.st.types.exc(ExcKind::SyntaxError))
        && let Kind::Exception(x) = o.kind()
    {
        let args = if user_init { &[][..] } else { a.pos };
        crate::traceback::init_syntax_error_attrs(th, x, args)?;
    }
    if user_init {
        return Ok(Value::Obj(o));
    }
    if ops::is_subtype(cls, os_error)
        && let Kind::Exception(x) = o.kind()
    {
        os_error_filename(th, cls, x, a.pos);
    }
    let import_kind = th.st.types.exc(ExcKind::ImportError);
    let is_import = ops::is_subtype(cls, import_kind);
    // `NameError(name=...)`, `AttributeError(name=..., obj=...)`.
    let allowed: &[&str] = if ops::is_subtype(cls, th.st.types.exc(ExcKind::NameError)) {
        &["name"]
    } else if ops::is_subtype(cls, th.st.types.exc(ExcKind::AttributeError)) {
        &["name", "obj"]
    } else {
        &[]
    };
    if !is_import && !allowed.is_empty() {
        for k in a.kwnames {
            let k = k.as_str().unwrap_or("");
            if !allowed.contains(&k) {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    ops::type_name_of_type(cls)
                )));
            }
        }
        if let Kind::Exception(x) = o.kind() {
            let mut d = x.dict.borrow_mut();
            for (k, v) in a.kwnames.iter().zip(a.kwvals) {
                d.set_str(k.as_str().unwrap_or(""), v.clone());
            }
        }
        return Ok(Value::Obj(o));
    }
    if !is_import {
        if !a.kwnames.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                ops::type_name_of_type(cls)
            )));
        }
        return Ok(Value::Obj(o));
    }
    let (mut name, mut path) = (Value::None, Value::None);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        match k.as_str() {
            Some("name") => name = v.clone(),
            Some("path") => path = v.clone(),
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for {}()",
                    ops::type_name_of_type(cls)
                )));
            }
            None => {}
        }
    }
    let msg = if a.pos.len() == 1 {
        a.pos[0].clone()
    } else {
        Value::None
    };
    if let Kind::Exception(x) = o.kind() {
        set_import_error_attrs(x, msg, name, path);
    }
    Ok(Value::Obj(o))
}

/// CPython's `oserror_init` for `OSError(errno, strerror, filename[, winerror[,
/// filename2]])`: the file names move out of `args`, which keeps the first two; a
/// BlockingIOError's third argument, when a number, is `characters_written` instead.
fn os_error_filename(th: &Thread<'_>, cls: &Obj, x: &isles_object::ExcObj, pos: &[Value]) {
    let (2..=5, Some(filename)) = (pos.len(), pos.get(2).filter(|f| !f.is_none())) else {
        return;
    };
    let mut d = x.dict.borrow_mut();
    if cls.is(th.st.types.exc(ExcKind::BlockingIOError))
        && let Value::Int(_) | Value::Bool(_) = filename
    {
        d.set_str("characters_written", filename.clone());
        d.set_str("filename", Value::None);
        return;
    }
    d.set_str("filename", filename.clone());
    if let Some(f2) = pos.get(4).filter(|f| !f.is_none()) {
        d.set_str("filename2", f2.clone());
    }
    *x.args.borrow_mut() = Value::tuple(pos[..2].to_vec());
}

/// Where the Python frame `depth` levels below the innermost one is: its filename, current
/// line, that line's source text (stripped), its function name and its module `__name__`.
pub struct FrameInfo {
    pub filename: String,
    pub line: u32,
    pub text: String,
    pub name: String,
    pub module: Value,
}

impl Thread<'_> {
    /// `exc.__traceback__`: a chain of traceback objects built from the exception's entries.
    /// Reports the compiler's `SyntaxWarning`s for freshly compiled `code` through
    /// `warnings.warn_explicit` (CPython warns while compiling, before the code runs).
    pub fn compile_warnings(&mut self, code: &isles_compiler::CodeObject) -> PyResult<()> {
        if code.warnings.is_empty() {
            return Ok(());
        }
        let module = self.import("warnings")?;
        let warn = ops::getattr(self, &module, &self.intern("warn_explicit"))?;
        let cat = Value::Obj(self.st.types.exc(ExcKind::SyntaxWarning).clone());
        for (line, msg) in &code.warnings {
            // CPython reads the line from the file; `<string>` and the like have none.
            let pseudo = code.filename.starts_with('<');
            let text = match code.source_line(*line) {
                Some(l) if !pseudo => Value::str(l.trim()),
                _ => Value::None,
            };
            // A registry of its own: compile-time warnings are not deduplicated.
            let registry = Value::Obj(Obj::new(Kind::Dict(Box::new(std::cell::RefCell::new(
                isles_object::Dict::new(),
            )))));
            let args = [
                Value::str(msg.as_str()),
                cat.clone(),
                Value::str(&*code.filename),
                Value::Int(i64::from(*line)),
                Value::None,
                registry,
                Value::None,
                Value::None,
                text,
            ];
            self.call(&warn, crate::Args::positional(&args))?;
        }
        Ok(())
    }

    pub fn traceback_object(&mut self, exc: &Value) -> PyResult<Value> {
        let module = self.import("_isles_tbobj")?;
        let make = ops::getattr(self, &module, &self.intern("make"))?;
        self.call(&make, crate::Args::positional(std::slice::from_ref(exc)))
    }

    /// The Python frame `depth` levels below the innermost one as a traceback entry (its
    /// code and current instruction), for `traceback.extract_stack`.
    pub fn frame_entry(&self, depth: usize) -> Option<isles_object::TbEntry> {
        let f = self
            .frames
            .len()
            .checked_sub(depth + 1)
            .map(|i| &self.frames[i])?;
        Some(isles_object::TbEntry {
            code: f.func.code.code.clone(),
            instr: f.ip.saturating_sub(1) as u32,
        })
    }

    pub fn frame_info(&self, depth: usize) -> Option<FrameInfo> {
        let f = self
            .frames
            .len()
            .checked_sub(depth + 1)
            .map(|i| &self.frames[i])?;
        let code = &f.func.code.code;
        let line = code
            .positions
            .get(f.ip.saturating_sub(1))
            .map_or(code.first_line, |p| p.line);
        let text = code
            .source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
            .trim()
            .to_string();
        let module = match f.func.globals.kind() {
            Kind::Dict(d) => d.borrow().get_str("__name__").cloned(),
            _ => None,
        }
        .unwrap_or(Value::None);
        Some(FrameInfo {
            filename: code.filename.to_string(),
            line,
            text,
            name: code.name.to_string(),
            module,
        })
    }
}
