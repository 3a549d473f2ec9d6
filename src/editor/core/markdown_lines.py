"""Line-level Markdown facts that several parts need to agree on."""

from __future__ import annotations

import re

# A fenced code block opens or closes here (up to three spaces of indent; four, or a tab, is
# indented code). The group is the fence itself: a closing one is at least as long, same kind.
FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
