"""The live preview: two engines behind one interface, and what keeps it in step."""
