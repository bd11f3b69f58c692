"""The bundled demo corpus (team-written Arabic news-style reports); see MANIFEST.md."""
