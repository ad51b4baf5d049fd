PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_mediators` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mediator_no` text,
	`phone` text,
	`specialties` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_mediators`("id", "name", "mediator_no", "phone", "specialties", "active", "created_at", "updated_at") SELECT "id", "name", "mediator_no", "phone", "specialties", "active", "created_at", "updated_at" FROM `mediators`;--> statement-breakpoint
DROP TABLE `mediators`;--> statement-breakpoint
ALTER TABLE `__new_mediators` RENAME TO `mediators`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `mediators_mediator_no_unique` ON `mediators` (`mediator_no`);