"""Counts how many times its body runs (import caching)."""
import sys
runs = getattr(sys, '_counter_mod_runs', 0) + 1
sys._counter_mod_runs = runs
