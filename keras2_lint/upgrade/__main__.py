"""``python -m keras2_lint.upgrade``."""
import sys

from keras2_lint.upgrade.cli import main

sys.exit(main())
