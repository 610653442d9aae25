//! isles-runtime: the state one Isles runtime owns above its interpreters.
//!
//! A [`Runtime`] is a value the embedder creates (two in one process are independent). It
//! holds the registry of live interpreters (ids only: the runtime never names an object), which
//! one is main, and the compiled-code cache that every interpreter shares.
#![forbid(unsafe_code)]

use std::any::Any;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use dashmap::DashMap;
use isles_compiler::{CodeObject, Mode};

/// How many compiled one-off sources (`exec` strings, `<stdin>`, anything not a module file)
/// the code cache keeps; the oldest are dropped first. Modules are kept for the runtime's
/// life: there are as many as there are module files.
pub const ONE_OFF_CODE_CACHE: usize = 256;

/// The code cache's key: file name, compile mode and a hash of the source (the source itself
/// is kept in the entry and compared on every hit).
type CodeKey = (String, u8, u64);

struct CodeEntry {
    source: Box<str>,
    code: Arc<CodeObject>,
}

/// Settings for a whole runtime (`isles::RuntimeConfig`): the main interpreter's `sys.argv`
/// and extra module directories.
///
/// ```
/// use isles_runtime::{Runtime, RuntimeConfig};
/// let rt = Runtime::new(RuntimeConfig {
///     argv: vec!["job.py".into(), "--fast".into()],
///     module_paths: vec!["/opt/app/lib".into()],
/// });
/// assert_eq!(rt.config().argv[1], "--fast");
/// assert_eq!(RuntimeConfig::default().argv, vec![String::new()]);
/// ```
#[derive(Debug, Clone)]
pub struct RuntimeConfig {
    /// `sys.argv` of the main interpreter.
    pub argv: Vec<String>,
    /// Directories searched for modules after the script's own.
    pub module_paths: Vec<PathBuf>,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            argv: vec![String::new()],
            module_paths: Vec::new(),
        }
    }
}

/// What the runtime records about one live interpreter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpRecord {
    pub id: u64,
    /// How it was made, as PEP 734's `whence` (e.g. "runtime init", "stdlib").
    pub whence: &'static str,
}

struct Inner {
    config: RuntimeConfig,
    next_id: AtomicU64,
    interpreters: DashMap<u64, InterpRecord>,
    /// The interpreter handles themselves, type-erased: the runtime never names an
    /// interpreter's types, it only keeps them alive until they are closed.
    handles: DashMap<u64, Arc<dyn Any + Send + Sync>>,
    main_id: Mutex<Option<u64>>,
    code_cache: DashMap<CodeKey, CodeEntry>,
    /// The keys of cached one-off sources, oldest first (bounded by [`ONE_OFF_CODE_CACHE`]).
    one_off: Mutex<VecDeque<CodeKey>>,
    /// How many times `cached_code` really compiled (cache misses), for tests and stats.
    compiles: AtomicU64,
    /// Queues and channels shared by this runtime's interpreters.
    channels: isles_channel::Registry,
    /// Set by the embedder's SIGINT handler; the main interpreter raises KeyboardInterrupt
    /// at its next check.
    interrupt: Arc<AtomicBool>,
}

/// A runtime: cheap to clone (a shared handle), `Send + Sync`.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("interpreters", &self.inner.interpreters.len())
            .finish()
    }
}

impl Runtime {
    pub fn new(config: RuntimeConfig) -> Runtime {
        Runtime {
            inner: Arc::new(Inner {
                config,
                next_id: AtomicU64::new(0),
                interpreters: DashMap::new(),
                handles: DashMap::new(),
                main_id: Mutex::new(None),
                code_cache: DashMap::new(),
                one_off: Mutex::new(VecDeque::new()),
                compiles: AtomicU64::new(0),
                channels: isles_channel::Registry::new(),
                interrupt: Arc::new(AtomicBool::new(false)),
            }),
        }
    }

    /// The flag a SIGINT handler sets (the embedder registers it: signals belong to the
    /// process, e.g. `signal_hook::flag::register(SIGINT, rt.interrupt_flag())`).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.inner.interrupt)
    }

    /// Whether an interrupt is waiting for interpreter `id` (only the main one takes it),
    /// clearing it.
    pub fn take_interrupt(&self, id: u64) -> bool {
        self.inner.interrupt.load(Ordering::Relaxed)
            && self.main_id() == Some(id)
            && self.inner.interrupt.swap(false, Ordering::Relaxed)
    }

    pub fn config(&self) -> &RuntimeConfig {
        &self.inner.config
    }

    /// Reserves a new interpreter id; ids are never reused while the runtime lives. The first
    /// registered interpreter becomes main.
    pub fn register_interpreter(&self, whence: &'static str) -> u64 {
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        self.inner
            .interpreters
            .insert(id, InterpRecord { id, whence });
        let mut main = self.inner.main_id.lock().unwrap_or_else(|e| e.into_inner());
        if main.is_none() {
            *main = Some(id);
        }
        tracing::debug!(id, whence, "interpreter registered");
        id
    }

    /// Keeps `handle` for interpreter `id` until it is unregistered (PEP 734: an
    /// interpreter lives until closed, whether or not Python code still refers to it).
    pub fn set_handle(&self, id: u64, handle: Arc<dyn Any + Send + Sync>) {
        if self.inner.interpreters.contains_key(&id) {
            self.inner.handles.insert(id, handle);
        }
    }

    /// The handle registered for `id`, if that interpreter is live.
    pub fn handle(&self, id: u64) -> Option<Arc<dyn Any + Send + Sync>> {
        self.inner.handles.get(&id).map(|h| h.value().clone())
    }

    /// Drops every interpreter handle (finalization): closing is up to their owners' drops.
    pub fn take_handles(&self) -> Vec<Arc<dyn Any + Send + Sync>> {
        let ids: Vec<u64> = self.inner.handles.iter().map(|h| *h.key()).collect();
        ids.into_iter()
            .filter_map(|id| self.inner.handles.remove(&id).map(|(_, h)| h))
            .collect()
    }

    /// Forgets a closed interpreter; what it left in queues and channels becomes unbound
    /// (PEP 734's `unbounditems`).
    pub fn unregister_interpreter(&self, id: u64) {
        self.inner.interpreters.remove(&id);
        self.inner.handles.remove(&id);
        self.inner.channels.release_interpreter(id);
        tracing::debug!(id, "interpreter unregistered");
    }

    pub fn main_id(&self) -> Option<u64> {
        *self.inner.main_id.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn is_live(&self, id: u64) -> bool {
        self.inner.interpreters.contains_key(&id)
    }

    /// Live interpreters, in id order.
    pub fn interpreters(&self) -> Vec<InterpRecord> {
        let mut v: Vec<InterpRecord> = self
            .inner
            .interpreters
            .iter()
            .map(|r| r.value().clone())
            .collect();
        v.sort_by_key(|r| r.id);
        v
    }

    /// The queues and channels of this runtime.
    pub fn channels(&self) -> &isles_channel::Registry {
        &self.inner.channels
    }

    /// Compiled code for `(filename, source, mode)`, compiling once per runtime. Module
    /// files stay cached; one-off sources (file names in `<...>` other than bundled
    /// `<frozen ...>` modules) are bounded by [`ONE_OFF_CODE_CACHE`], oldest dropped first.
    pub fn cached_code(
        &self,
        filename: &str,
        source: &str,
        mode: Mode,
        compile: impl FnOnce() -> Result<Arc<CodeObject>, isles_compiler::CompileError>,
    ) -> Result<Arc<CodeObject>, isles_compiler::CompileError> {
        let key: CodeKey = (filename.to_string(), mode as u8, fingerprint(source));
        if let Some(c) = self.inner.code_cache.get(&key) {
            if &*c.source == source {
                return Ok(c.code.clone());
            }
            // Same hash, other text: compile it, uncached.
            drop(c);
            self.inner.compiles.fetch_add(1, Ordering::Relaxed);
            return compile();
        }
        let one_off = filename.starts_with('<') && !filename.starts_with("<frozen ");
        // The entry's shard stays locked while compiling, so interpreters importing the same
        // module at once compile it once.
        let code = {
            let entry = self
                .inner
                .code_cache
                .entry(key.clone())
                .or_try_insert_with(|| {
                    self.inner.compiles.fetch_add(1, Ordering::Relaxed);
                    compile().map(|code| CodeEntry {
                        source: source.into(),
                        code,
                    })
                })?;
            entry.value().code.clone()
        };
        if one_off {
            let evicted = {
                let mut order = self.inner.one_off.lock().unwrap_or_else(|e| e.into_inner());
                if !order.contains(&key) {
                    order.push_back(key);
                }
                let excess = order.len().saturating_sub(ONE_OFF_CODE_CACHE);
                order.drain(..excess).collect::<Vec<_>>()
            };
            for k in evicted {
                self.inner.code_cache.remove(&k);
            }
        }
        Ok(code)
    }

    /// How many compiled sources the code cache holds now.
    pub fn code_cache_len(&self) -> usize {
        self.inner.code_cache.len()
    }

    /// How many sources this runtime has compiled (each `(filename, source)` once).
    pub fn compile_count(&self) -> u64 {
        self.inner.compiles.load(Ordering::Relaxed)
    }
}

fn fingerprint(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_not_reused_and_first_is_main() {
        let rt = Runtime::new(RuntimeConfig::default());
        let a = rt.register_interpreter("runtime init");
        let b = rt.register_interpreter("stdlib");
        rt.unregister_interpreter(b);
        let c = rt.register_interpreter("stdlib");
        assert_eq!(rt.main_id(), Some(a));
        assert_ne!(b, c);
        assert_eq!(
            rt.interpreters().iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![a, c]
        );
    }

    #[test]
    fn two_runtimes_are_independent() {
        let r1 = Runtime::new(RuntimeConfig::default());
        let r2 = Runtime::new(RuntimeConfig::default());
        r1.register_interpreter("runtime init");
        assert!(r2.interpreters().is_empty());
        assert_eq!(r2.main_id(), None);
    }

    #[test]
    fn one_off_sources_are_bounded_and_modules_are_kept() {
        let rt = Runtime::new(RuntimeConfig::default());
        let get = |name: &str, src: &str| {
            rt.cached_code(name, src, Mode::Exec, || {
                isles_compiler::compile(src, name, Mode::Exec)
            })
            .expect("compiles")
        };
        let module = get("/m.py", "x = 0");
        for i in 0..(ONE_OFF_CODE_CACHE * 3) {
            get("<string>", &format!("x = {i}"));
        }
        assert_eq!(rt.code_cache_len(), ONE_OFF_CODE_CACHE + 1);
        let before = rt.compile_count();
        assert!(Arc::ptr_eq(&module, &get("/m.py", "x = 0")));
        let last = format!("x = {}", ONE_OFF_CODE_CACHE * 3 - 1);
        get("<string>", &last);
        assert_eq!(
            rt.compile_count(),
            before,
            "module and newest one-off stay cached"
        );
        get("<string>", "x = 0");
        assert_eq!(
            rt.compile_count(),
            before + 1,
            "the oldest one-off was dropped"
        );
    }

    #[test]
    fn mode_is_part_of_the_key() {
        let rt = Runtime::new(RuntimeConfig::default());
        let exec = rt
            .cached_code("<string>", "1", Mode::Exec, || {
                isles_compiler::compile("1", "<string>", Mode::Exec)
            })
            .expect("exec");
        let eval = rt
            .cached_code("<string>", "1", Mode::Eval, || {
                isles_compiler::compile("1", "<string>", Mode::Eval)
            })
            .expect("eval");
        assert!(!Arc::ptr_eq(&exec, &eval));
    }
}
