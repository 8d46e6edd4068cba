"""Parse helpers of one field each (city-scrapers style), used by crawler.extract.

Every helper takes a `crawler.fields.page.Page` (the parsed HTML tree plus its meta
tags and JSON-LD objects, built once per page) and returns one field; each module
documents its priority order.

- page.py      Page, and reading JSON-LD and meta tags
- title.py     parse_title, site_name
- authors.py   parse_authors (JSON-LD, meta tags, byline elements), clean_author
- published.py parse_published, parse_modified, and the page's own claim to be a dated
               article (structured_article_evidence, metadata_published)
- section.py   parse_section (articleSection, meta tags, breadcrumbs)
- summary.py   parse_summary
- language.py  parse_language
- canonical.py parse_canonical

Bylines written in the article text are crawler/bylines.py; dates are read by
crawler/dates.py.
"""
