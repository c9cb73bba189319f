"""Search over the inbox: every message's text, and contacts by name, username or number.

``messages`` finds messages through the FTS5 trigram index (migration 0006) with a bounded
fallback for one- and two-character queries; ``contacts`` turns what a user types into
conditions on contacts (numbers in any format); ``highlight`` finds the hit spans to draw.
"""
