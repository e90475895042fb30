"""The composition root: settings, dependencies, the Bolt app factory, the web server,
the CLI and the delivery worker. ``app.offline`` holds the shell and its Slack stand-in.

Nothing in ``bot/``, ``handlers/`` or ``storage/`` imports from here; this package
imports them all and wires them together.
"""
