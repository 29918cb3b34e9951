"""Scrapy glue: regions, platform adapters, the reports spider, archive and pipelines."""
