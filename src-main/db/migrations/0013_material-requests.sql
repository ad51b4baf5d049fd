CREATE TABLE `material_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`requested_on` text NOT NULL,
	`due_on` text NOT NULL,
	`what` text NOT NULL,
	`supplied_on` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `material_requests_case_idx` ON `material_requests` (`case_id`);