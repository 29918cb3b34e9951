"""The spiders; `reports` is the only one."""
