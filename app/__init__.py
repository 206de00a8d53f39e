"""govqa query side: settings, retrieval, answering, chain, CLI."""
