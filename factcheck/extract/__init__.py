"""`factcheck extract`: a first draft of a claims file from any news article.

The draft is read from the sentence around each figure (draft), its period (periods), its speaker and the
source it cites (sources), and what it measures (metrics); model holds what is found.
"""

from factcheck.extract.draft import extract
from factcheck.extract.model import ExtractedFigure, Extraction, SourceGuess
from factcheck.extract.text import detect_language, slug

__all__ = ["ExtractedFigure", "Extraction", "SourceGuess", "detect_language", "extract", "slug"]
