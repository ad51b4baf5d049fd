CREATE TABLE `document_wording` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`text` text,
	`saved_at` text NOT NULL,
	`saved_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_wording_version_unique` ON `document_wording` (`kind`,`key`,`version`);--> statement-breakpoint
CREATE TABLE `generated_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_label` text NOT NULL,
	`target_party` integer,
	`target_agent` integer,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`signed_scan_sha256` text,
	`signed_at` text,
	`signed_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `stored_files`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_scan_sha256`) REFERENCES `stored_files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `generated_documents_version_unique` ON `generated_documents` (`case_id`,`kind`,`target_label`,`version`);--> statement-breakpoint
CREATE INDEX `generated_documents_created_idx` ON `generated_documents` (`created_at`);