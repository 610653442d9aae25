//! The instructions of `async for`, `async with` and asynchronous comprehensions: getting the
//! async iterator and its next awaitable, ending the loop on `StopAsyncIteration`, and entering
//! and leaving an asynchronous context manager.

use isles_object::{ExcKind, PyErr, PyResult, Value};

use crate::thread::BlockKind;
use crate::{Args, Thread, dunder, ops};

impl Thread<'_> {
    fn pop_value(&mut self) -> PyResult<Value> {
        self.stack
            .pop()
            .ok_or_else(|| PyErr::system_error("async op: stack underflow"))
    }

    /// `GetAIter`: replaces the top with `type(x).__aiter__(x)`.
    pub(crate) fn get_aiter(&mut self) -> PyResult<()> {
        let v = self.pop_value()?;
        let t = ops::type_of(self, &v);
        let Some(f) = ops::lookup_type_attr(&t, "__aiter__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                ops::type_name(self, &v)
            )));
        };
        let it = dunder::call_method(self, &v, f, &[])?;
        let it_t = ops::type_of(self, &it);
        if ops::lookup_type_attr(&it_t, "__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                ops::type_name(self, &it)
            )));
        }
        self.stack.push(it);
        Ok(())
    }

    /// `GetANext`: pushes the awaitable iterator of `type(it).__anext__(it)` for the async
    /// iterator on top (kept).
    pub(crate) fn get_anext(&mut self) -> PyResult<()> {
        let it = self
            .stack
            .last()
            .cloned()
            .ok_or_else(|| PyErr::system_error("async op: stack underflow"))?;
        let t = ops::type_of(self, &it);
        let Some(f) = ops::lookup_type_attr(&t, "__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                ops::type_name(self, &it)
            )));
        };
        let aw = dunder::call_method(self, &it, f, &[])?;
        let r = match crate::generator::awaitable(self, &aw) {
            Ok(r) => r,
            Err(e) if ops::err_matches(self, &e, ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    ops::type_name(self, &aw)
                )));
            }
            Err(e) => return Err(e),
        };
        self.stack.push(r);
        Ok(())
    }

    /// `EndAsyncFor`: in the handler around `__anext__`, with the async iterator and the
    /// exception on top. StopAsyncIteration ends the loop (both popped, the handler left);
    /// anything else propagates.
    pub(crate) fn end_async_for(&mut self) -> PyResult<()> {
        let exc = self.pop_value()?;
        let stop = self.st.types.exc(ExcKind::StopAsyncIteration).clone();
        if !ops::is_instance(self, &exc, &stop) {
            let mut e = self.reraise(&exc);
            e.0.reraised = true;
            return Err(e);
        }
        self.stack.pop();
        if let Some(f) = self.frames.last()
            && self.blocks.len() > f.block_base
            && self
                .blocks
                .last()
                .is_some_and(|b| b.kind == BlockKind::Handler)
        {
            self.blocks.pop();
            self.exc_stack.pop();
        }
        Ok(())
    }

    /// `BeforeAsyncWith`: pops the context manager, pushes its bound `__aexit__`, then what
    /// `__aenter__()` returns (an awaitable).
    pub(crate) fn before_async_with(&mut self) -> PyResult<()> {
        let ctx = self.pop_value()?;
        let t = ops::type_of(self, &ctx);
        let enter = ops::lookup_type_attr(&t, "__aenter__");
        let exit = ops::lookup_type_attr(&t, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if ops::lookup_type_attr(&t, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                ops::type_name(self, &ctx)
            )));
        };
        self.stack.push(ops::bind_to(&ctx, exit));
        let enter = ops::bind_to(&ctx, enter);
        let r = self.call(&enter, Args::positional(&[]))?;
        self.stack.push(r);
        Ok(())
    }

    /// `AsyncWithExcept`: with the exit callable and the exception on top, pushes what
    /// `__aexit__(type, exc, tb)` returns (awaited next).
    pub(crate) fn async_with_except(&mut self) -> PyResult<()> {
        let n = self.stack.len();
        if n < 2 {
            return Err(PyErr::system_error("async op: stack underflow"));
        }
        let (exit, exc) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
        let cls = Value::Obj(ops::type_of(self, &exc));
        let tb = self.exit_traceback(&exc);
        let r = self.call(&exit, Args::positional(&[cls, exc, tb]))?;
        self.stack.push(r);
        Ok(())
    }

    /// The traceback `__exit__`/`__aexit__` receive with the exception: its `__traceback__`
    /// (None if that cannot be made).
    pub(crate) fn exit_traceback(&mut self, exc: &Value) -> Value {
        let name = self.intern("__traceback__");
        ops::getattr(self, exc, &name).unwrap_or(Value::None)
    }
}
