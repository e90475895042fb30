"""Offline pieces: the text shell, the local Slack Web API stand-in, signed-request
builders. Tests and ``course-bot shell`` use them; production never does."""
