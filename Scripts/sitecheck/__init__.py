"""Helpers shared by the site-check scripts in Scripts/ (check-site, link-check, reflow-check, export-check,
screenshots): which pages make a page type, and a headless Chromium to measure them in."""
