"""Rule files: the rule model, loading and validation, embedded test cases."""
