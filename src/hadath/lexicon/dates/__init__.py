"""Date vocabulary files (JSON Lines); a package only so that its data files ship in the wheel."""
