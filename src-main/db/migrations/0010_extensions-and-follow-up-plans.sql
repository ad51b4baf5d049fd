CREATE TABLE `follow_up_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`due_on` text NOT NULL,
	`method` text NOT NULL,
	`visitor` text,
	`note` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follow_up_plans_case_idx` ON `follow_up_plans` (`case_id`);--> statement-breakpoint
CREATE INDEX `follow_up_plans_due_idx` ON `follow_up_plans` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `mediation_extensions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`n` integer NOT NULL,
	`unit` text NOT NULL,
	`agreed_on` text NOT NULL,
	`consent` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mediation_extensions_case_idx` ON `mediation_extensions` (`case_id`);