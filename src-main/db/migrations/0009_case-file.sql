CREATE TABLE `case_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`pages` integer NOT NULL,
	`note` text,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `stored_files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_attachments_case_idx` ON `case_attachments` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_file_pages` (
	`case_id` text NOT NULL,
	`item` integer NOT NULL,
	`pages` integer NOT NULL,
	PRIMARY KEY(`case_id`, `item`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `archived_by` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `filed_by` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `retention` text;--> statement-breakpoint
ALTER TABLE `stored_files` ADD `damaged_at` text;