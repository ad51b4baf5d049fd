CREATE TABLE `typical_cases` (
	`case_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`facts` text NOT NULL,
	`process` text NOT NULL,
	`result` text NOT NULL,
	`significance` text NOT NULL,
	`round_amounts` integer NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
