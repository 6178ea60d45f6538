"""The project's one exception hierarchy."""


class ArchiveError(Exception):
    """Base class of every error this project raises on purpose."""


class InputError(ArchiveError):
    """An input (file, page, argument) could not be read or is not what it claims to be."""


class ExtractionError(ArchiveError):
    """A page was read but its article or facts could not be extracted."""


class StorageError(ArchiveError):
    """The archive database could not be opened, migrated or written."""


class CrawlError(ArchiveError):
    """A crawl could not be started or ended in failure."""
