"""The other half: reads circ_ok_a.early while circ_ok_a is still running."""
import circ_ok_a
value = circ_ok_a.early + '+b'
