"""The sales history: table model (pages from the cache), columns, view, saved views."""
