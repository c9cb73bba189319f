"""WABA Desk: one desktop app for businesses that serve their customers on WhatsApp."""

__version__ = "0.1.0"
