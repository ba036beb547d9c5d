"""The dashboard and API (FastAPI + Jinja2): map, timeline, incidents with their evidence, in Arabic and English."""
