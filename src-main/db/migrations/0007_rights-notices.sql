CREATE TABLE `rights_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`party_id` text NOT NULL,
	`given_on` text NOT NULL,
	`manner` text NOT NULL,
	`acknowledged` integer NOT NULL,
	`note` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `case_parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rights_notices_case_idx` ON `rights_notices` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rights_notices_party_unique` ON `rights_notices` (`party_id`);