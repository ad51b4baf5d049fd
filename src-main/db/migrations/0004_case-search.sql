-- Full-text search over cases. Rows are keyed by case_search_keys.key and kept by the case
-- service; neither table stores the text itself (contentless), only the index.
-- case_search: trigram tokens, for queries of three or more characters.
CREATE VIRTUAL TABLE `case_search` USING fts5(
	`number`, `names`, `rights`, `subject`, `initials`,
	tokenize = 'trigram', content = '', contentless_delete = 1
);
--> statement-breakpoint
-- case_search_chars: the same text with every character a token, for one- and two-character
-- queries (Chinese names are often two characters), matched as phrases.
CREATE VIRTUAL TABLE `case_search_chars` USING fts5(
	`number`, `names`, `rights`, `subject`, `initials`,
	tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1
);
