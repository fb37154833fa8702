"""MkDocs hook: give each language its own 404 page.

mkdocs-static-i18n builds every language into the same `site_dir`, so the
Lithuanian build would overwrite the Latvian `404.html`. The Lithuanian page goes
to `lt/404.html` instead, and the root one stays Latvian.
"""

from pathlib import Path


def on_post_template(output_content, template_name, config):
    language = config.theme.get("language")
    if template_name != "404.html" or language == "lv":
        return output_content
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output_content, encoding="utf-8")
    return ""  # an empty result is not written, so the root 404 stays Latvian
