"""The Gigastore wire: an httpx.AsyncClient and the JSON format, no Qt."""
