"""The newsroom's archive: published claims files kept by key, and drafts checked against them.

Nothing here is imported by `verify` unless it checks against the archive: the commands that need the archive
import `factcheck.archive.door`, the one module that meets the engine.
"""
