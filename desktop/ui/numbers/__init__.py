"""The Numbers page: accounts tree, number details, quality history, click-to-chat."""
