"""The urllib package: only urllib.parse is provided."""
