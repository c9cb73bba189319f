"""Numbers and accounts: WABAs, their phone numbers, quality history and click-to-chat."""
