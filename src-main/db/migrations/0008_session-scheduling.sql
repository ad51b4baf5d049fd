ALTER TABLE `case_sessions` ADD `ends_at` text;--> statement-breakpoint
ALTER TABLE `case_sessions` ADD `status` text DEFAULT 'held' NOT NULL;--> statement-breakpoint
-- sessions imported before this migration keep their end time in the exchange data
UPDATE `case_sessions` SET `ends_at` = json_extract(`data`, '$.endsAt') WHERE `ends_at` IS NULL;
