"""``python -m lansenger.cli``: the same as the ``lansenger`` console script."""

from . import main

main()
