"""The concurrent package (Isles ships its interpreters module)."""
