CREATE TABLE `court_overrides` (
	`case_id` text PRIMARY KEY NOT NULL,
	`court` text NOT NULL,
	`reason` text NOT NULL,
	`set_at` text NOT NULL,
	`set_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
