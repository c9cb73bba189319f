"""Storage entities, database set-up and Meta's wire payloads. No Qt, no asyncio."""
