"""govqa write side: load, clean, chunk, embed and index report files."""
