"""Readers that turn files and streams into Documents."""

BATCH_SIZE = 500  # documents committed together: a killed ingest loses at most these, and re-reads them
