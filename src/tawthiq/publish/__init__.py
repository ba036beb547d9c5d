"""The record for others: exports in the formats conflict researchers read (ACLED-style CSV, GeoJSON, HXL, JSONL)."""
