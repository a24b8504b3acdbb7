"""cskg: a knowledge graph of English children's-services governance."""
