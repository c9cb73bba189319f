"""Bulk send: one approved template to many recipients, through the outbox.

``csv_import`` reads a recipients file (refusing huge or odd files with a reason),
``plan`` checks every row before anything is sent and prices the job, ``runner`` stores the
job and hands its rows to the outbox at the number's throughput, exactly once each, with
pause, resume and cancel; a job running when the app stops resumes at the next start.
"""
