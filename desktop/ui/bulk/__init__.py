"""Bulk send: the wizard (recipients, template, check) and the progress of a job."""
