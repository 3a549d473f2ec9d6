"""The `midad` command line: headless jobs on top of editor.core, and the GUI launcher."""
