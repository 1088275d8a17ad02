"""Column lists of the tables khabar writes (the data contract in README.md).

Every table taken from text carries ``doc_id``, ``start``, ``end``: character offsets
into the article as read, so ``text[start:end]`` is the surface form. Extractors may
add columns after these; they never drop or reorder them.
"""
TOKENS = ["doc_id", "paragraph", "sentence", "index", "text", "norm", "kind", "start", "end"]
MENTIONS = ["doc_id", "paragraph", "sentence", "text", "entity", "label", "start", "end"]
ORGANISATIONS = ["organisation", "type", "aliases", "mentions", "documents"]
FUNDING = ["doc_id", "text", "amount", "currency", "approximate", "subject", "sentence",
           "start", "end"]
DATES = ["doc_id", "text", "date", "start", "end"]
QUOTES = ["doc_id", "kind", "quote", "speaker", "speaker_gender", "speaker_type",
          "affiliation", "cue", "words", "start", "end"]
DOCUMENTS = ["doc_id", "source", "encoding", "title", "language", "outlet", "date",
             "paragraphs", "sentences", "tokens", "boilerplate_lines"]
BOILERPLATE = ["doc_id", "text", "start", "end"]
PROBLEMS = ["source", "reason"]
