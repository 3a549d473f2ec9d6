"""Page rendering with Qt's GUI classes (no widgets): the PDF export and printing.

``editor.core`` builds the export document without Qt; this package lays it out on pages with
``QTextDocument`` and paints them on a ``QPdfWriter`` or a ``QPrinter``. The command line and
the window both use it, and import it only when a PDF or a print is asked for.
"""
