"""Who is at this desk: the profile switcher on the rail, the question at start, and the
admin lock on Settings and Numbers."""
