// Tests of this target arrive with its first behaviour.
