"""Use cases that join the API, the store and the domain; plain asyncio, no Qt."""
