"""Rules: check kinds (Python), the rule catalog (YAML files), measurability analysis."""
