"""Evidence: what a page was when we fetched it, kept as WARC records with their hashes and capture time."""
