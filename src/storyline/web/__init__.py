"""The web UI: Jinja2 templates, a stylesheet, one small script, and pure rendering helpers (render.py)."""
