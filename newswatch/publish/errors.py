"""The error publishing raises for a problem the user can fix."""


class PublishError(Exception):
    """A problem the user can fix (missing file, missing password hash...)."""
