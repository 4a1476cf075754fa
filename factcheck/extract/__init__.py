"""`factcheck extract`: a first draft of a claims file from any news article.

draft runs the readers (readers/: period, form and sign, kind, speaker, cites, subject and metric, place)
over one context per figure; model holds what is found, and the claims writer alone words it.
"""

from factcheck.extract.draft import extract
from factcheck.extract.model import ExtractedFigure, Extraction, SourceGuess
from factcheck.extract.text import detect_language, slug

__all__ = ["ExtractedFigure", "Extraction", "SourceGuess", "detect_language", "extract", "slug"]
