"""Importing outside text as clean articles: web pastes, plain/legacy text files, DOCX, HTML."""
