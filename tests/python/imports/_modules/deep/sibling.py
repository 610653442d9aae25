"""A sibling module of deep.inner."""
sib = 'sib'
