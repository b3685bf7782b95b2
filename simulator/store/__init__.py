"""Store: people, attempts, events, grades and exposure in SQLite or PostgreSQL."""
