"""Web archives in and out: reading WARC/ARC/WACZ files (records), listing captures in a
CDX index (cdx), the spiders' glue that turns archive records and captures into Scrapy
responses (middleware), and writing WARC/WACZ evidence files (export)."""
