CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`party` text NOT NULL,
	`method` text NOT NULL,
	`served_on` text NOT NULL,
	`received_by` text,
	`note` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `generated_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_document_party_unique` ON `deliveries` (`document_id`,`party`);