"""Domain values → Slack: one module per feature, plus the outbox renderers' registry.

Each feature module registers, with :func:`handlers.render.registry.renders`, how each
outbox message kind it causes is said in Slack. :func:`registry.load_all` imports every
module of this package so that the registry is complete.
"""
