"""Japanese text analysis used by the checks: tokens, numbers, predicates."""
