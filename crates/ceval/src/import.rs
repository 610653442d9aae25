//! The import system: `sys.modules` first, then source files found on `sys.path` (modules
//! and packages), compiled once per runtime and executed once per interpreter.

use std::path::{Path, PathBuf};

use isles_compiler::Mode;
use isles_interp::new_module;
use isles_object::{ExcKind, Kind, Obj, PyErr, PyResult, Value};

use crate::ops;
use crate::thread::Thread;

fn not_found(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    )
}

impl Thread<'_> {
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
                        PathBuf::from(".")
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
        if let Some(m) = self.sys_modules_get(name)
            && !m.is_none()
        {
            return Ok(m);
        }
        let (parent, search) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = self.import(parent)?;
                let paths = match ops::getattr(self, &p, &self.intern("__path__")) {
                    Ok(v) => ops::iterate(self, &v)?
                        .iter()
                        .filter_map(|x| x.as_str().map(PathBuf::from))
                        .collect(),
                    Err(_) => {
                        return Err(PyErr::new(
                            ExcKind::ModuleNotFoundError,
                            format!("No module named '{name}'; '{parent}' is not a package"),
                        ));
                    }
                };
                (Some(p), paths)
            }
            None => (None, self.sys_path()),
        };
        let short = name.rsplit('.').next().unwrap_or(name);
        let module = if let Some(m) = self.load_native_module(name)? {
            m
        } else if let Some(m) = self.load_bundled_module(name)? {
            m
        } else {
            let Some((file, is_pkg)) = find_source(&search, short) else {
                return Err(not_found(name));
            };
            self.load_source_module(name, &file, is_pkg)?
        };
        if let Some(p) = parent {
            ops::setattr(self, &p, &self.intern(short), module.clone())?;
        }
        Ok(module)
    }

    /// A module written in Rust: its init runs once per interpreter. A module that is not
    /// isolated loads only in the main interpreter.
    fn load_native_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let def = self.st.native_modules.borrow().get(name).cloned();
        let Some((init, isolated)) = def else {
            return Ok(None);
        };
        if !isolated && self.st.runtime.main_id() != Some(self.st.id) {
            return Err(PyErr::new(
                ExcKind::ImportError,
                format!("module {name} does not support loading in subinterpreters"),
            ));
        }
        let m = self.call(&init, crate::Args::positional(&[]))?;
        self.sys_modules_set(name, Some(m.clone()));
        Ok(Some(m))
    }

    /// A module written in Python and bundled with the binary.
    fn load_bundled_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        let table = self.st.bundled.get();
        let Some(&(_, source, is_pkg)) = table.iter().find(|(n, _, _)| *n == name) else {
            return Ok(None);
        };
        let filename = format!("<isles {name}>");
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
            .cached_code(filename, source, || {
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
        // In sys.modules before running, so circular imports see the partial module.
        self.sys_modules_set(name, Some(mv.clone()));
        let data = self.st.code_data(&code);
        if let Err(e) = self.run_code(&data, &d) {
            self.sys_modules_set(name, None);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_modules_get(name).unwrap_or(mv))
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
        self.sys_modules_get(top).ok_or_else(|| not_found(top))
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
        if let Ok(sub) = self.import(&format!("{mname}.{n}")) {
            return Ok(sub);
        }
        let location = match file.as_ref().and_then(Value::as_str) {
            Some(f) => format!("({f})"),
            None => "(unknown location)".to_string(),
        };
        Err(PyErr::new(
            ExcKind::ImportError,
            format!("cannot import name '{n}' from '{mname}' {location}"),
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
