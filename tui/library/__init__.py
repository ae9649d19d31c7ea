"""Finding, decoding and parsing article files; the on-disk index. No Textual here."""
