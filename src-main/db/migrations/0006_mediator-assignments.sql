CREATE TABLE `mediator_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`mediator_id` text NOT NULL,
	`role` text NOT NULL,
	`assigned_at` text NOT NULL,
	`assigned_by` text NOT NULL,
	`findings` text NOT NULL,
	`disclosure` text,
	`consent` text,
	`recusal_request` text,
	`recusal_decision` text,
	`ended_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mediator_id`) REFERENCES `mediators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediator_assignments_case_idx` ON `mediator_assignments` (`case_id`);--> statement-breakpoint
CREATE INDEX `mediator_assignments_mediator_idx` ON `mediator_assignments` (`mediator_id`);