"""Qt widgets, item models and delegates: the only layer that knows Qt."""
