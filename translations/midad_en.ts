<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Midad</source>
        <translation>About Midad</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2, Python %3</source>
        <translation>Qt %1, PySide %2, Python %3</translation>
    </message>
    <message>
        <source>Midad is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Midad is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>The Amiri and Noto Sans Arabic fonts: SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>The Amiri and Noto Sans Arabic fonts: SIL Open Font License 1.1 (OFL-1.1).</translation>
    </message>
    <message>
        <source>The Arabic spelling dictionary (Ayaspell, hunspell-ar), © 2006–2008 Mohamed Kebdani: GPL-2.0-or-later, LGPL-2.1-or-later or MPL-1.1, at your choice.</source>
        <translation>The Arabic spelling dictionary (Ayaspell, hunspell-ar), © 2006–2008 Mohamed Kebdani: GPL-2.0-or-later, LGPL-2.1-or-later or MPL-1.1, at your choice.</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6): LGPL-3.0.</source>
        <translation>Qt and Qt for Python (PySide6): LGPL-3.0.</translation>
    </message>
    <message>
        <source>Midad</source>
        <translation>Midad</translation>
    </message>
    <message>
        <source>An editor for articles written in Arabic.</source>
        <translation>An editor for articles written in Arabic.</translation>
    </message>
    <message>
        <source>Shipped with Midad</source>
        <translation>Shipped with Midad</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date (e.g. 2026-12-02)</source>
        <translation>No date (e.g. 2026-12-02)</translation>
    </message>
    <message>
        <source>Type a date such as 2026-12-02, or pick one</source>
        <translation>Type a date such as 2026-12-02, or pick one</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Set the date to today</source>
        <translation>Set the date to today</translation>
    </message>
    <message>
        <source>Not a date Midad can read; it is kept as written. Type it as 2026-12-02.</source>
        <translation>Not a date Midad can read; it is kept as written. Type it as 2026-12-02.</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The article has unsaved changes. Save them first?</source>
        <translation>The article has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>Word lists (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add the words of a text file (one word a line)</source>
        <translation>Add the words of a text file (one word a line)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the words to a text file, one word a line</source>
        <translation>Save the words to a text file, one word a line</translation>
    </message>
    <message>
        <source>My personal dictionary</source>
        <translation>My personal dictionary</translation>
    </message>
    <message>
        <source>Team dictionary</source>
        <translation>Team dictionary</translation>
    </message>
    <message>
        <source>No team dictionary is set. Choose one in Settings ▸ Dictionaries.</source>
        <translation>No team dictionary is set. Choose one in Settings ▸ Dictionaries.</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n word(s), shared by the team (read-only)</source>
        <translation>
            <numerusform>%1
%n word, shared by the team (read-only)</numerusform>
            <numerusform>%1
%n words, shared by the team (read-only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the dictionary</source>
        <translation>Cannot change the dictionary</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message numerus="yes">
        <source>%n new word(s) imported</source>
        <translation>
            <numerusform>%n new word imported</numerusform>
            <numerusform>%n new words imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) exported</source>
        <translation>
            <numerusform>%n word exported</numerusform>
            <numerusform>%n words exported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Words</source>
        <translation>Import Words</translation>
    </message>
    <message>
        <source>my-dictionary.txt</source>
        <translation>my-dictionary.txt</translation>
    </message>
    <message>
        <source>Export Words</source>
        <translation>Export Words</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Markdown articles (*.md *.markdown);;Text files (*.txt);;All files (*)</source>
        <translation>Markdown articles (*.md *.markdown);;Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Could not write the recovery journal: %1</source>
        <translation>Could not write the recovery journal: %1</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Open Article</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>Opened with warnings</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Save Article</source>
        <translation>Save Article</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>Another program changed this file since you opened it. Overwrite its changes with yours?</source>
        <translation>Another program changed this file since you opened it. Overwrite its changes with yours?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program. Reload it?</source>
        <translation>“%1” was changed by another program. Reload it?</translation>
    </message>
    <message>
        <source>Your unsaved changes in Midad would be lost.</source>
        <translation>Your unsaved changes in Midad would be lost.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>Ignore tashkeel and hamza forms</source>
        <translation>Ignore tashkeel and hamza forms</translation>
    </message>
    <message>
        <source>Ignore tashkeel and tatweel; treat ا أ إ آ, ى ي and ة ه as the same letter</source>
        <translation>Ignore tashkeel and tatweel; treat ا أ إ آ, ى ي and ة ه as the same letter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Distraction-Free Writing</source>
        <translation>&amp;Distraction-Free Writing</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Midad Help</source>
        <translation>Midad Help</translation>
    </message>
</context>
<context>
    <name>ImageInserter</name>
    <message>
        <source>Insert Image</source>
        <translation>Insert Image</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save the article first</source>
        <translation>Save the article first</translation>
    </message>
    <message>
        <source>Pictures are kept in an “images” folder beside the article, so it needs a file first. Save it now?</source>
        <translation>Pictures are kept in an “images” folder beside the article, so it needs a file first. Save it now?</translation>
    </message>
    <message>
        <source>Cannot insert the picture</source>
        <translation>Cannot insert the picture</translation>
    </message>
    <message>
        <source>Picture copied to %1</source>
        <translation>Picture copied to %1</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importable files (*.txt *.text *.html *.htm *.docx *.md);;All files (*)</source>
        <translation>Importable files (*.txt *.text *.html *.htm *.docx *.md);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>the clipboard</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Export Article</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Exported to “%1”. Open it now?</source>
        <translation>Exported to “%1”. Open it now?</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Imported “%1”.</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n line(s))</source>
        <translation>
            <numerusform>Removed (%n line)</numerusform>
            <numerusform>Removed (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>share/print/email widget</source>
        <translation>share/print/email widget</translation>
    </message>
    <message>
        <source>follow/subscribe widget</source>
        <translation>follow/subscribe widget</translation>
    </message>
    <message>
        <source>comment form or comment widget</source>
        <translation>comment form or comment widget</translation>
    </message>
    <message>
        <source>comment form notice</source>
        <translation>comment form notice</translation>
    </message>
    <message>
        <source>navigation link</source>
        <translation>navigation link</translation>
    </message>
    <message>
        <source>navigation menu</source>
        <translation>navigation menu</translation>
    </message>
    <message>
        <source>breadcrumb navigation</source>
        <translation>breadcrumb navigation</translation>
    </message>
    <message>
        <source>“read also”/related links</source>
        <translation>“read also”/related links</translation>
    </message>
    <message>
        <source>copyright/site footer</source>
        <translation>copyright/site footer</translation>
    </message>
    <message>
        <source>advertisement marker</source>
        <translation>advertisement marker</translation>
    </message>
    <message>
        <source>tag line</source>
        <translation>tag line</translation>
    </message>
    <message>
        <source>category line</source>
        <translation>category line</translation>
    </message>
    <message>
        <source>picture credit (the picture itself is not in the paste)</source>
        <translation>picture credit (the picture itself is not in the paste)</translation>
    </message>
    <message>
        <source>app or download promotion</source>
        <translation>app or download promotion</translation>
    </message>
    <message>
        <source>relative time or reading time</source>
        <translation>relative time or reading time</translation>
    </message>
    <message>
        <source>stray number (a share or comment counter?)</source>
        <translation>stray number (a share or comment counter?)</translation>
    </message>
    <message>
        <source>no words (decoration or stray symbols)</source>
        <translation>no words (decoration or stray symbols)</translation>
    </message>
    <message>
        <source>repeats the title, byline, date or section already found</source>
        <translation>repeats the title, byline, date or section already found</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Article details</source>
        <translation>Article details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>Proofreading</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Midad</source>
        <translation>Midad</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Separate tags with commas (، or ,)</source>
        <translation>Separate tags with commas (، or ,)</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Suggest a slug from the title</source>
        <translation>Suggest a slug from the title</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>longer than search results show</source>
        <translation>longer than search results show</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>The article&apos;s headings: click one to go there</source>
        <translation>The article&apos;s headings: click one to go there</translation>
    </message>
    <message>
        <source>(untitled heading)</source>
        <translation>(untitled heading)</translation>
    </message>
</context>
<context>
    <name>ProofingCommands</name>
    <message>
        <source>Next Finding</source>
        <translation>Next Finding</translation>
    </message>
    <message>
        <source>Previous Finding</source>
        <translation>Previous Finding</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>Fix All Safe</translation>
    </message>
    <message>
        <source>&amp;Dictionaries…</source>
        <translation>&amp;Dictionaries…</translation>
    </message>
    <message>
        <source>The team dictionary can be read again.</source>
        <translation>The team dictionary can be read again.</translation>
    </message>
    <message>
        <source>Team dictionary: %1</source>
        <translation>Team dictionary: %1</translation>
    </message>
    <message>
        <source>Cannot open the dictionary</source>
        <translation>Cannot open the dictionary</translation>
    </message>
    <message>
        <source>(delete)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <source>Ignore Once</source>
        <translation>Ignore Once</translation>
    </message>
    <message>
        <source>Ignore in This Article</source>
        <translation>Ignore in This Article</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Add to Dictionary</translation>
    </message>
    <message numerus="yes">
        <source>%n safe fix(es) applied</source>
        <translation>
            <numerusform>%n safe fix applied</numerusform>
            <numerusform>%n safe fixes applied</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe fixes undone</source>
        <translation>Safe fixes undone</translation>
    </message>
    <message numerus="yes">
        <source>%n safe fix(es) applied again</source>
        <translation>
            <numerusform>%n safe fix applied again</numerusform>
            <numerusform>%n safe fixes applied again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofingPanel</name>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typography</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Names to verify</source>
        <translation>Names to verify</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Ignore until the article is checked again</source>
        <translation>Ignore until the article is checked again</translation>
    </message>
    <message>
        <source>Ignore All</source>
        <translation>Ignore All</translation>
    </message>
    <message>
        <source>Ignore this word everywhere in the article (kept with the article)</source>
        <translation>Ignore this word everywhere in the article (kept with the article)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Add to Dictionary</translation>
    </message>
    <message>
        <source>Add this word to your personal dictionary</source>
        <translation>Add this word to your personal dictionary</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>Fix All Safe</translation>
    </message>
    <message>
        <source>Apply every fix that needs no judgement, as one step you can undo</source>
        <translation>Apply every fix that needs no judgement, as one step you can undo</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safe to fix automatically</source>
        <translation>
            <numerusform>%n safe to fix automatically</numerusform>
            <numerusform>%n safe to fix automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) to verify</source>
        <translation>
            <numerusform>%n name to verify</numerusform>
            <numerusform>%n names to verify</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted piece of the text</comment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-break space(s)</source>
        <translation>
            <numerusform>%n no-break space</numerusform>
            <numerusform>%n no-break spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invisible mark(s)</source>
        <translation>
            <numerusform>%n invisible mark</numerusform>
            <numerusform>%n invisible marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank character(s)</source>
        <translation>
            <numerusform>%n blank character</numerusform>
            <numerusform>%n blank characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n space(s)</source>
        <translation>
            <numerusform>Remove %n space</numerusform>
            <numerusform>Remove %n spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>Remove the space before %1</source>
        <translation>Remove the space before %1</translation>
    </message>
    <message>
        <source>Remove the space after %1</source>
        <translation>Remove the space after %1</translation>
    </message>
    <message>
        <source>Add a space before %1</source>
        <translation>Add a space before %1</translation>
    </message>
    <message>
        <source>Add a space after %1</source>
        <translation>Add a space after %1</translation>
    </message>
    <message>
        <source>Move the space after %1</source>
        <translation>Move the space after %1</translation>
    </message>
    <message>
        <source>Move the space before %1</source>
        <translation>Move the space before %1</translation>
    </message>
    <message>
        <source>Correct the spacing in %1</source>
        <translation>Correct the spacing in %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lines %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>how many times a word occurs</comment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Other suggestions: %1</source>
        <translation>Other suggestions: %1</translation>
    </message>
    <message>
        <source>→</source>
        <comment>from the text to its fix; mirrored in right-to-left languages</comment>
        <translation>→</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>Midad closed without saving these articles. Check the ones to recover; recovered articles open unsaved so you can review them before saving.</source>
        <translation>Midad closed without saving these articles. Check the ones to recover; recovered articles open unsaved so you can review them before saving.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Ask Me Later</source>
        <translation>Ask Me Later</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>Discard All</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Discard unsaved work</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved work of %n article(s)? It cannot be recovered afterwards.</source>
        <translation>
            <numerusform>Discard the unsaved work of %n article? It cannot be recovered afterwards.</numerusform>
            <numerusform>Discard the unsaved work of %n articles? It cannot be recovered afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>less than a minute ago</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Takes effect when Midad starts again</source>
        <translation>Takes effect when Midad starts again</translation>
    </message>
    <message>
        <source>Web engine when installed, otherwise light</source>
        <translation>Web engine when installed, otherwise light</translation>
    </message>
    <message>
        <source>The interface language changes the next time Midad starts.</source>
        <translation>The interface language changes the next time Midad starts.</translation>
    </message>
    <message>
        <source>Light (built in)</source>
        <translation>Light (built in)</translation>
    </message>
    <message>
        <source>Web engine (Chromium), as a browser shows it</source>
        <translation>Web engine (Chromium), as a browser shows it</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check spelling while typing</source>
        <translation>Check spelling while typing</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Relaxed: ا for أ/إ/آ is not an error</source>
        <translation>Relaxed: ا for أ/إ/آ is not an error</translation>
    </message>
    <message>
        <source>Relaxed: ي and ى at a word&apos;s end are equal</source>
        <translation>Relaxed: ي and ى at a word&apos;s end are equal</translation>
    </message>
    <message>
        <source>The article&apos;s own style</source>
        <translation>The article&apos;s own style</translation>
    </message>
    <message>
        <source>Straight quotes</source>
        <translation>Straight quotes</translation>
    </message>
    <message>
        <source>One style per article</source>
        <translation>One style per article</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢)</source>
        <translation>Arabic-Indic (٠١٢)</translation>
    </message>
    <message>
        <source>Western (012)</source>
        <translation>Western (012)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor font</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Recovery copy of unsaved typing every</source>
        <translation>Recovery copy of unsaved typing every</translation>
    </message>
    <message>
        <source>Preview engine</source>
        <translation>Preview engine</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Initial alef-hamza</source>
        <translation>Initial alef-hamza</translation>
    </message>
    <message>
        <source>Final yaa / alef maqsura</source>
        <translation>Final yaa / alef maqsura</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Quotation marks</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>Proofreading</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <source>Midad will show its interface in the new language the next time it starts.</source>
        <translation>Midad will show its interface in the new language the next time it starts.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Restart Now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start writing here, or:</source>
        <translation>Start writing here, or:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Line %1, Column %2</translation>
    </message>
    <message>
        <source>A background task failed; the details are in the log file.</source>
        <translation>A background task failed; the details are in the log file.</translation>
    </message>
    <message>
        <source>Spelling: on</source>
        <translation>Spelling: on</translation>
    </message>
    <message>
        <source>Spelling: off</source>
        <translation>Spelling: off</translation>
    </message>
</context>
<context>
    <name>TeamDictionarySettings</name>
    <message>
        <source>Team dictionary</source>
        <translation>Team dictionary</translation>
    </message>
    <message>
        <source>A word list your newsroom keeps in one shared place: a text file with one word a line, or a folder of such files. Its words are never marked as misspelled, and Midad reads it again when it changes.</source>
        <translation>A word list your newsroom keeps in one shared place: a text file with one word a line, or a folder of such files. Its words are never marked as misspelled, and Midad reads it again when it changes.</translation>
    </message>
    <message>
        <source>No team dictionary</source>
        <translation>No team dictionary</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choose Folder…</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>File or folder</translation>
    </message>
    <message>
        <source>Manage Dictionaries…</source>
        <translation>Manage Dictionaries…</translation>
    </message>
    <message>
        <source>Your personal dictionary: search, remove, import and export words</source>
        <translation>Your personal dictionary: search, remove, import and export words</translation>
    </message>
    <message>
        <source>Team Dictionary File</source>
        <translation>Team Dictionary File</translation>
    </message>
    <message>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>Word lists (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Team Dictionary Folder</source>
        <translation>Team Dictionary Folder</translation>
    </message>
    <message>
        <source>This file or folder does not exist.</source>
        <translation>This file or folder does not exist.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Unexpected Error</translation>
    </message>
    <message>
        <source>Midad ran into an unexpected problem. You can go on working, but save your article now in case it happens again.</source>
        <translation>Midad ran into an unexpected problem. You can go on working, but save your article now in case it happens again.</translation>
    </message>
    <message>
        <source>The details were written to the log file:</source>
        <translation>The details were written to the log file:</translation>
    </message>
    <message>
        <source>Start Midad with --debug to see the details.</source>
        <translation>Start Midad with --debug to see the details.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Open Log Folder</translation>
    </message>
</context>
<context>
    <name>WebPasteBar</name>
    <message>
        <source>This looks like a web page: clean it up?</source>
        <translation>This looks like a web page: clean it up?</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Clean Up</translation>
    </message>
    <message>
        <source>Remove the page&apos;s menus, share buttons, comment forms and footer from the pasted text</source>
        <translation>Remove the page&apos;s menus, share buttons, comment forms and footer from the pasted text</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>Paste as New Article</translation>
    </message>
    <message>
        <source>Keep the paste as it is</source>
        <translation>Keep the paste as it is</translation>
    </message>
</context>
<context>
    <name>WebPreviewPane</name>
    <message>
        <source>This part of the article is too large for the web preview; choose the light preview in Settings.</source>
        <translation>This part of the article is too large for the web preview; choose the light preview in Settings.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show Invisible Characters</source>
        <translation>Show Invisible Characters</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Web Page (HTML)…</source>
        <translation>Web Page (HTML)…</translation>
    </message>
    <message>
        <source>Word Document (DOCX)…</source>
        <translation>Word Document (DOCX)…</translation>
    </message>
    <message>
        <source>Clean Markdown…</source>
        <translation>Clean Markdown…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF Document…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>Print Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>Paste as Plain Text</translation>
    </message>
    <message>
        <source>Paste as New Article</source>
        <translation>Paste as New Article</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Find &amp;Previous</translation>
    </message>
    <message>
        <source>Flip Paragraph &amp;Direction</source>
        <translation>Flip Paragraph &amp;Direction</translation>
    </message>
    <message>
        <source>Insert Right-to-Left Mark</source>
        <translation>Insert Right-to-Left Mark</translation>
    </message>
    <message>
        <source>Insert Left-to-Right Mark</source>
        <translation>Insert Left-to-Right Mark</translation>
    </message>
</context>
<context>
    <name>WordTargetDialog</name>
    <message>
        <source>Word Target</source>
        <translation>Word Target</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>How many words the article should have. It is kept in the article&apos;s file; 0 removes the target.</source>
        <translation>How many words the article should have. It is kept in the article&apos;s file; 0 removes the target.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordTargetStatus</name>
    <message>
        <source>%1 / %2 words</source>
        <translation>%1 / %2 words</translation>
    </message>
    <message>
        <source>%1% of the word target</source>
        <translation>%1% of the word target</translation>
    </message>
</context>
<context>
    <name>WritingComfort</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>Insert &amp;Image…</translation>
    </message>
    <message>
        <source>Word &amp;Target…</source>
        <translation>Word &amp;Target…</translation>
    </message>
    <message>
        <source>Midad &amp;Help</source>
        <translation>Midad &amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Midad</source>
        <translation>&amp;About Midad</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Show &amp;Toolbar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The article has no file name yet; choose where to save it.</source>
        <translation>The article has no file name yet; choose where to save it.</translation>
    </message>
    <message>
        <source>Unknown export format “{fmt}”; choose one of: {choices}.</source>
        <translation>Unknown export format “{fmt}”; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>--fragment applies to HTML exports only.</source>
        <translation>--fragment applies to HTML exports only.</translation>
    </message>
    <message>
        <source>Exporting to “{path}” would overwrite the article itself; choose another file name.</source>
        <translation>Exporting to “{path}” would overwrite the article itself; choose another file name.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; give a file name to export to.</source>
        <translation>“{path}” is a folder; give a file name to export to.</translation>
    </message>
    <message>
        <source>The article has no file name yet; choose where to export it.</source>
        <translation>The article has no file name yet; choose where to export it.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a file.</source>
        <translation>“{path}” is a folder, not a file.</translation>
    </message>
    <message>
        <source>“{path}” is too large to be an article ({size} MB).</source>
        <translation>“{path}” is too large to be an article ({size} MB).</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>“{path}” does not exist.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”.</source>
        <translation>You do not have permission to read “{path}”.</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {reason}.</source>
        <translation>“{path}” could not be read: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” could not be saved: {reason}.</source>
        <translation>“{path}” could not be saved: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” could not be saved: {reason}. The previous version is unchanged.</source>
        <translation>“{path}” could not be saved: {reason}. The previous version is unchanged.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is damaged ({reason}).</source>
        <translation>“{name}” cannot be imported: it is damaged ({reason}).</translation>
    </message>
    <message>
        <source>The import vocabulary “{name}” could not be read: {reason}.</source>
        <translation>The import vocabulary “{name}” could not be read: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {why}.</source>
        <translation>“{name}” cannot be imported: {why}.</translation>
    </message>
    <message>
        <source>The folder “{path}” could not be created: {reason}.</source>
        <translation>The folder “{path}” could not be created: {reason}.</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” does not exist.</source>
        <translation>The team dictionary “{path}” does not exist.</translation>
    </message>
    <message>
        <source>You do not have permission to read the team dictionary “{path}”.</source>
        <translation>You do not have permission to read the team dictionary “{path}”.</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” could not be read: {reason}.</source>
        <translation>The team dictionary “{path}” could not be read: {reason}.</translation>
    </message>
    <message>
        <source>The team dictionary “{path}” is not UTF-8 text.</source>
        <translation>The team dictionary “{path}” is not UTF-8 text.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data).</source>
        <translation>{name} is not a text file (it contains binary data).</translation>
    </message>
    <message>
        <source>{name} is not a text file, or its encoding could not be recognised.</source>
        <translation>{name} is not a text file, or its encoding could not be recognised.</translation>
    </message>
    <message>
        <source>{name} is not a text file: it looks like {what}.</source>
        <translation>{name} is not a text file: it looks like {what}.</translation>
    </message>
    <message>
        <source>{name} starts with a {label} byte-order mark but is not valid {label} text.</source>
        <translation>{name} starts with a {label} byte-order mark but is not valid {label} text.</translation>
    </message>
    <message>
        <source>“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP).</source>
        <translation>“{name}” is not a picture (PNG, JPEG, GIF, WebP, SVG or BMP).</translation>
    </message>
    <message>
        <source>“{name}” could not be copied into “{folder}”: {reason}.</source>
        <translation>“{name}” could not be copied into “{folder}”: {reason}.</translation>
    </message>
    <message>
        <source>Unknown way to export pictures “{mode}”; choose one of: {choices}.</source>
        <translation>Unknown way to export pictures “{mode}”; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Unknown paper size “{paper}”; choose one of: {choices}.</source>
        <translation>Unknown paper size “{paper}”; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Unknown digits “{digits}”; choose one of: {choices}.</source>
        <translation>Unknown digits “{digits}”; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>PDF pages need Qt&apos;s page renderer, which this program did not load.</source>
        <translation>PDF pages need Qt&apos;s page renderer, which this program did not load.</translation>
    </message>
    <message>
        <source>Unknown way to export tracked changes “{mode}”; choose one of: {choices}.</source>
        <translation>Unknown way to export tracked changes “{mode}”; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>No change or comment starts at offset {offset}.</source>
        <translation>No change or comment starts at offset {offset}.</translation>
    </message>
    <message>
        <source>{problem} Correct it before the changes are resolved.</source>
        <translation>{problem} Correct it before the changes are resolved.</translation>
    </message>
    <message>
        <source>Line 1: the article&apos;s text opens a front matter block with “---” that is never closed; close it with a “---” line, or remove it, before exporting.</source>
        <translation>Line 1: the article&apos;s text opens a front matter block with “---” that is never closed; close it with a “---” line, or remove it, before exporting.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter could not be read ({problem}); correct it before exporting, so that it is not published as the article&apos;s text.</source>
        <translation>Line {line}: the front matter could not be read ({problem}); correct it before exporting, so that it is not published as the article&apos;s text.</translation>
    </message>
    <message>
        <source>The article&apos;s text opens with a second front matter block; move what it holds into the article&apos;s details and remove it before exporting.</source>
        <translation>The article&apos;s text opens with a second front matter block; move what it holds into the article&apos;s details and remove it before exporting.</translation>
    </message>
    <message>
        <source>The picture “{name}” could not be copied beside the export: {reason}.</source>
        <translation>The picture “{name}” could not be copied beside the export: {reason}.</translation>
    </message>
    <message>
        <source>The article nests lists or quotations too deeply (thousands of levels) to be exported; flatten the deepest ones.</source>
        <translation>The article nests lists or quotations too deeply (thousands of levels) to be exported; flatten the deepest ones.</translation>
    </message>
    <message>
        <source>The article has {count} notes, more than the {limit} Midad exports; split it into several articles.</source>
        <translation>The article has {count} notes, more than the {limit} Midad exports; split it into several articles.</translation>
    </message>
    <message>
        <source>The export failed because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>The export failed because of a problem in Midad ({problem}); the log file has the details.</translation>
    </message>
    <message>
        <source>The import failed because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>The import failed because of a problem in Midad ({problem}); the log file has the details.</translation>
    </message>
    <message>
        <source>The file could not be opened because of a problem in Midad ({problem}); the log file has the details.</source>
        <translation>The file could not be opened because of a problem in Midad ({problem}); the log file has the details.</translation>
    </message>
    <message>
        <source>Line {line}: “{closer}” closes no mark; it is kept as text.</source>
        <translation>Line {line}: “{closer}” closes no mark; it is kept as text.</translation>
    </message>
    <message>
        <source>Line {line}: a mark “{opener}” holds another mark “{inner}”; marks cannot be nested, so both are kept as text.</source>
        <translation>Line {line}: a mark “{opener}” holds another mark “{inner}”; marks cannot be nested, so both are kept as text.</translation>
    </message>
    <message>
        <source>Line {line}: the mark “{opener}” is never closed with “{closer}”; it is kept as text.</source>
        <translation>Line {line}: the mark “{opener}” is never closed with “{closer}”; it is kept as text.</translation>
    </message>
    <message>
        <source>Line {line}: the substitution “{opener}” has no “~&gt;” between the old and the new text; it is kept as text.</source>
        <translation>Line {line}: the substitution “{opener}” has no “~&gt;” between the old and the new text; it is kept as text.</translation>
    </message>
    <message>
        <source>{changes} tracked change(s) and {comments} comment(s) were kept as review marks; `midad changes` lists them.</source>
        <translation>{changes} tracked change(s) and {comments} comment(s) were kept as review marks; `midad changes` lists them.</translation>
    </message>
    <message>
        <source>{count} comment(s) were attached to no text; they are kept at the article&apos;s end.</source>
        <translation>{count} comment(s) were attached to no text; they are kept at the article&apos;s end.</translation>
    </message>
    <message>
        <source>the front matter is not a list of “key: value” lines</source>
        <translation>the front matter is not a list of “key: value” lines</translation>
    </message>
    <message>
        <source>Line {line}: the value of “{key}” holds a colon, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</source>
        <translation>Line {line}: the value of “{key}” holds a colon, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</translation>
    </message>
    <message>
        <source>Line {line}: the value of “{key}” starts with “{mark}”, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</source>
        <translation>Line {line}: the value of “{key}” starts with “{mark}”, which the front matter allows only in quotes; it was read as text, and saving the article quotes it.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter is indented with a tab, which it does not allow; the tab was read as spaces.</source>
        <translation>Line {line}: the front matter is indented with a tab, which it does not allow; the tab was read as spaces.</translation>
    </message>
    <message>
        <source>The picture “{src}” was not found beside the article; the page shows its description in its place.</source>
        <translation>The picture “{src}” was not found beside the article; the page shows its description in its place.</translation>
    </message>
    <message>
        <source>“{src}” is not a picture a browser shows; its address was kept.</source>
        <translation>“{src}” is not a picture a browser shows; its address was kept.</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (Arabic)</translation>
    </message>
    <message>
        <source>ISO-8859-6 (Arabic)</source>
        <translation>ISO-8859-6 (Arabic)</translation>
    </message>
    <message>
        <source>DOS-720 (Arabic)</source>
        <translation>DOS-720 (Arabic)</translation>
    </message>
    <message>
        <source>DOS-864 (Arabic)</source>
        <translation>DOS-864 (Arabic)</translation>
    </message>
    <message>
        <source>Mac Arabic</source>
        <translation>Mac Arabic</translation>
    </message>
    <message>
        <source>UTF-16 (no byte-order mark)</source>
        <translation>UTF-16 (no byte-order mark)</translation>
    </message>
    <message>
        <source>{count} picture(s) embedded in the page were saved in “{folder}”.</source>
        <translation>{count} picture(s) embedded in the page were saved in “{folder}”.</translation>
    </message>
    <message>
        <source>“read also”/related links</source>
        <translation>“read also”/related links</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>byline</translation>
    </message>
    <message>
        <source>byline → author: {name}</source>
        <translation>byline → author: {name}</translation>
    </message>
    <message>
        <source>dateline → date: {date}</source>
        <translation>dateline → date: {date}</translation>
    </message>
    <message>
        <source>section label → category: {category}</source>
        <translation>section label → category: {category}</translation>
    </message>
    <message>
        <source>deck under the title → subtitle</source>
        <translation>deck under the title → subtitle</translation>
    </message>
    <message>
        <source>tags → {items}</source>
        <translation>tags → {items}</translation>
    </message>
    <message>
        <source>category → {items}</source>
        <translation>category → {items}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>a ZIP archive or an office document (DOCX, ODT)</source>
        <translation>a ZIP archive or an office document (DOCX, ODT)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>an old Microsoft Office document</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>it is encrypted</translation>
    </message>
    <message>
        <source>it is a ZIP archive but not a Word document (no word/document.xml)</source>
        <translation>it is a ZIP archive but not a Word document (no word/document.xml)</translation>
    </message>
    <message>
        <source>it is damaged or not a Word document (not a valid ZIP archive)</source>
        <translation>it is damaged or not a Word document (not a valid ZIP archive)</translation>
    </message>
    <message>
        <source>A slug cannot contain spaces; use hyphens.</source>
        <translation>A slug cannot contain spaces; use hyphens.</translation>
    </message>
    <message>
        <source>A slug may hold only letters, digits and single hyphens, and starts and ends with a letter or digit.</source>
        <translation>A slug may hold only letters, digits and single hyphens, and starts and ends with a letter or digit.</translation>
    </message>
    <message>
        <source>A slug is written in lower case.</source>
        <translation>A slug is written in lower case.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the enchant library could not be loaded ({detail}).</source>
        <translation>Spelling is not checked: the enchant library could not be loaded ({detail}).</translation>
    </message>
    <message>
        <source>Spelling is not checked: the Arabic dictionary could not be opened ({detail}).</source>
        <translation>Spelling is not checked: the Arabic dictionary could not be opened ({detail}).</translation>
    </message>
    <message>
        <source>Spelling is not checked: no Arabic dictionary is installed (install hunspell-ar, or reinstall Midad).</source>
        <translation>Spelling is not checked: no Arabic dictionary is installed (install hunspell-ar, or reinstall Midad).</translation>
    </message>
    <message>
        <source>its aliases (“*name”) repeat more than {limit} values</source>
        <translation>its aliases (“*name”) repeat more than {limit} values</translation>
    </message>
    <message>
        <source>its lists or mappings are nested too deeply</source>
        <translation>its lists or mappings are nested too deeply</translation>
    </message>
    <message>
        <source>The “{field}” detail is longer than the {limit} characters a Word document property holds; the document&apos;s properties keep its beginning only.</source>
        <translation>The “{field}” detail is longer than the {limit} characters a Word document property holds; the document&apos;s properties keep its beginning only.</translation>
    </message>
    <message>
        <source>Line {line}: the rule “{rule}” found more than {limit} problems in one paragraph; only the first {limit} are listed.</source>
        <translation>Line {line}: the rule “{rule}” found more than {limit} problems in one paragraph; only the first {limit} are listed.</translation>
    </message>
    <message>
        <source>Line 1: the front matter opened with “---” is never closed; the whole file was kept as the article&apos;s text.</source>
        <translation>Line 1: the front matter opened with “---” is never closed; the whole file was kept as the article&apos;s text.</translation>
    </message>
    <message>
        <source>A tag had an unexpected structure; it was kept as text.</source>
        <translation>A tag had an unexpected structure; it was kept as text.</translation>
    </message>
    <message>
        <source>No title was found: the text starts with a paragraph.</source>
        <translation>No title was found: the text starts with a paragraph.</translation>
    </message>
    <message>
        <source>The front matter could not be read; only the text after it was checked.</source>
        <translation>The front matter could not be read; only the text after it was checked.</translation>
    </message>
    <message>
        <source>repeats the title</source>
        <translation>repeats the title</translation>
    </message>
    <message>
        <source>section label above the title</source>
        <translation>section label above the title</translation>
    </message>
    <message>
        <source>navigation menu</source>
        <translation>navigation menu</translation>
    </message>
    <message>
        <source>breadcrumb navigation</source>
        <translation>breadcrumb navigation</translation>
    </message>
    <message>
        <source>no words (decoration or stray symbols)</source>
        <translation>no words (decoration or stray symbols)</translation>
    </message>
    <message>
        <source>stray number (a share or comment counter?)</source>
        <translation>stray number (a share or comment counter?)</translation>
    </message>
    <message>
        <source>byline (the article&apos;s byline is already “{author}”)</source>
        <translation>byline (the article&apos;s byline is already “{author}”)</translation>
    </message>
    <message>
        <source>dateline (the article&apos;s date is already {date})</source>
        <translation>dateline (the article&apos;s date is already {date})</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>A slug should be at most {limit} characters.</source>
        <translation>A slug should be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The file was read as {encoding}; it will be saved as UTF-8.</source>
        <translation>The file was read as {encoding}; it will be saved as UTF-8.</translation>
    </message>
    <message>
        <source>The file was read as {encoding}; the article is saved as UTF-8.</source>
        <translation>The file was read as {encoding}; the article is saved as UTF-8.</translation>
    </message>
    <message>
        <source>Line {line}: the front matter could not be read ({problem}); it was kept, unchanged, at the top of the article&apos;s text.</source>
        <translation>Line {line}: the front matter could not be read ({problem}); it was kept, unchanged, at the top of the article&apos;s text.</translation>
    </message>
    <message>
        <source>The “{field}” field was a list; its items were joined into one text.</source>
        <translation>The “{field}” field was a list; its items were joined into one text.</translation>
    </message>
    <message>
        <source>The “{field}” field had an unexpected structure; it was kept as text.</source>
        <translation>The “{field}” field had an unexpected structure; it was kept as text.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; expected one of: {choices}.</source>
        <translation>Unknown status “{status}”; expected one of: {choices}.</translation>
    </message>
    <message>
        <source>No title was found in the text; the file name “{name}” is the title for now.</source>
        <translation>No title was found in the text; the file name “{name}” is the title for now.</translation>
    </message>
    <message>
        <source>{count} garbled line(s) (Arabic UTF-8 once read with a wrong code page, like “ط§ظ„”) were restored.</source>
        <translation>{count} garbled line(s) (Arabic UTF-8 once read with a wrong code page, like “ط§ظ„”) were restored.</translation>
    </message>
    <message>
        <source>The document was created on {date}; that is not taken as the article&apos;s date.</source>
        <translation>The document was created on {date}; that is not taken as the article&apos;s date.</translation>
    </message>
    <message>
        <source>The text of {count} text box(es) was placed after the paragraph that holds it.</source>
        <translation>The text of {count} text box(es) was placed after the paragraph that holds it.</translation>
    </message>
    <message>
        <source>{count} picture(s) were left out: an article holds text only.</source>
        <translation>{count} picture(s) were left out: an article holds text only.</translation>
    </message>
    <message>
        <source>Invalid regular expression: {detail}</source>
        <translation>Invalid regular expression: {detail}</translation>
    </message>
    <message>
        <source>The replacement refers to a missing group: {group}</source>
        <translation>The replacement refers to a missing group: {group}</translation>
    </message>
    <message>
        <source>it is too large ({size} MB)</source>
        <translation>it is too large ({size} MB)</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>it could not be read ({reason})</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>it is damaged ({detail})</translation>
    </message>
    <message>
        <source>it holds {count} parts, far more than any Word document</source>
        <translation>it holds {count} parts, far more than any Word document</translation>
    </message>
    <message>
        <source>its part {part} would expand to {size} MB (a “zip bomb”?)</source>
        <translation>its part {part} would expand to {size} MB (a “zip bomb”?)</translation>
    </message>
    <message>
        <source>its part {part} is compressed {ratio} times over (a “zip bomb”?)</source>
        <translation>its part {part} is compressed {ratio} times over (a “zip bomb”?)</translation>
    </message>
    <message>
        <source>its text would expand to {size} MB (a “zip bomb”?)</source>
        <translation>its text would expand to {size} MB (a “zip bomb”?)</translation>
    </message>
    <message>
        <source>its part {part} is larger than it declares</source>
        <translation>its part {part} is larger than it declares</translation>
    </message>
    <message>
        <source>its part {part} declares a DOCTYPE or entities, which Word never writes (a hostile file?)</source>
        <translation>its part {part} declares a DOCTYPE or entities, which Word never writes (a hostile file?)</translation>
    </message>
</context>
</TS>
